package org.modekick.potential;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Which pair potential acts between each pair of atom types (symmetric). The paper's systems have a
 * single type; a user's own glass may have several.
 */
public final class ForceField {

    private final int atomTypes;
    private final PairPotential[] pairs; // upper triangle, index(a, b) with a <= b, 1-based types

    private ForceField(int atomTypes, PairPotential[] pairs) {
        this.atomTypes = atomTypes;
        this.pairs = pairs;
    }

    /** One type, one potential. */
    public static ForceField single(PairPotential potential) {
        return new ForceField(1, new PairPotential[] {Objects.requireNonNull(potential)});
    }

    /** A builder for several types; every pair a <= b must be set before {@link Builder#build()}. */
    public static Builder builder(int atomTypes) {
        return new Builder(atomTypes);
    }

    public int atomTypes() {
        return atomTypes;
    }

    /** The potential between types a and b (1-based). */
    public PairPotential pair(int a, int b) {
        return pairs[index(atomTypes, a, b)];
    }

    /** The largest cutoff of all pairs: the neighbour-list range. */
    public double maxCutoff() {
        double c = 0;
        for (PairPotential p : pairs) {
            c = Math.max(c, p.cutoff());
        }
        return c;
    }

    /**
     * The LAMMPS pair_style and pair_coeff commands that set up the same interactions. All pairs must
     * share one style name (the pair_style's first word); its arguments are taken from the pair with
     * the largest cutoff, which matters only as a default, since each pair_coeff line states its pair's
     * coefficients in full (for lj/smooth/linear including its own cutoff).
     */
    public List<String> lammpsCommands() {
        String name = styleName(pairs[0]);
        PairPotential longest = pairs[0];
        for (PairPotential p : pairs) {
            if (!styleName(p).equals(name)) {
                throw new IllegalStateException("all type pairs must share one pair style, got "
                        + p.lammpsPairStyle() + " and " + pairs[0].lammpsPairStyle());
            }
            if (p.cutoff() > longest.cutoff()) {
                longest = p;
            }
        }
        List<String> commands = new ArrayList<>();
        commands.add("pair_style " + longest.lammpsPairStyle());
        for (int a = 1; a <= atomTypes; a++) {
            for (int b = a; b <= atomTypes; b++) {
                commands.add("pair_coeff " + a + " " + b + " " + pair(a, b).lammpsPairCoeff());
            }
        }
        return commands;
    }

    private static String styleName(PairPotential p) {
        return p.lammpsPairStyle().strip().split("\\s+", 2)[0];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ForceField f && f.atomTypes == atomTypes && java.util.Arrays.equals(f.pairs, pairs);
    }

    @Override
    public int hashCode() {
        return 31 * atomTypes + java.util.Arrays.hashCode(pairs);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("ForceField[atomTypes=" + atomTypes);
        for (int a = 1; a <= atomTypes; a++) {
            for (int b = a; b <= atomTypes; b++) {
                sb.append(", ").append(a).append(' ').append(b).append(": ").append(pair(a, b));
            }
        }
        return sb.append(']').toString();
    }

    private static int index(int n, int a, int b) {
        if (a < 1 || b < 1 || a > n || b > n) {
            throw new IllegalArgumentException("atom type out of range 1.." + n + ": " + a + ", " + b);
        }
        int i = Math.min(a, b) - 1;
        int j = Math.max(a, b) - 1;
        return i * n - i * (i - 1) / 2 + (j - i);
    }

    /** Collects the potential of every type pair. */
    public static final class Builder {
        private final int atomTypes;
        private final PairPotential[] pairs;

        private Builder(int atomTypes) {
            if (atomTypes < 1) {
                throw new IllegalArgumentException("atomTypes must be >= 1");
            }
            this.atomTypes = atomTypes;
            this.pairs = new PairPotential[atomTypes * (atomTypes + 1) / 2];
        }

        public Builder pair(int a, int b, PairPotential potential) {
            pairs[index(atomTypes, a, b)] = Objects.requireNonNull(potential);
            return this;
        }

        public ForceField build() {
            for (int a = 1; a <= atomTypes; a++) {
                for (int b = a; b <= atomTypes; b++) {
                    if (pairs[index(atomTypes, a, b)] == null) {
                        throw new IllegalStateException("no pair coefficients for types " + a + " " + b);
                    }
                }
            }
            return new ForceField(atomTypes, pairs.clone());
        }
    }
}
