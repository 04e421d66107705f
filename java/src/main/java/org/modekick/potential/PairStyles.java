package org.modekick.potential;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads LAMMPS {@code pair_style} and {@code pair_coeff} commands for the supported styles into a
 * {@link ForceField}, checking them before anything reaches LAMMPS (this LAMMPS build has no exception
 * support: any error it finds ends the process).
 *
 * <ul>
 *   <li>{@code pair_style harmonic/contact} (no arguments); {@code pair_coeff I J eps sigma}: Eq. (1).
 *   <li>{@code pair_style lj/smooth/linear rc}; {@code pair_coeff I J eps sigma [rc]}: Eq. (2), shifted.
 * </ul>
 *
 * <p>As in LAMMPS (Input::pair_coeff, utils::bounds): the leading command word is optional here; I and
 * J may be {@code n}, {@code *}, {@code n*}, {@code *n} or {@code m*n}; two plain numbers are swapped if
 * J &lt; I; a wildcard sets the pairs I &lt;= J in the ranges; a later line overrides an earlier one.
 * A cross pair I != J that no line sets is mixed in LAMMPS's default (geometric) way from I I and J J:
 * eps = sqrt(eps_I eps_J), sigma = sqrt(sigma_I sigma_J), and for lj/smooth/linear also
 * rc = sqrt(rc_I rc_J) (PairLJSmoothLinear::init_one mixes the cutoff with mix_distance). The resulting
 * force field lists every pair explicitly, so LAMMPS never mixes on its own.
 */
public final class PairStyles {

    /** The pair styles this tool can drive, in LAMMPS's spelling. */
    public static final List<String> SUPPORTED = List.of(HarmonicContact.STYLE, LennardJonesSmoothLinear.STYLE);

    // LAMMPS's utils::is_double: optional sign, digits with an optional point, optional exponent
    private static final Pattern NUMBER = Pattern.compile("[+-]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][+-]?\\d+)?");

    private PairStyles() {}

    /**
     * Parses one pair_style line and its pair_coeff lines for {@code atomTypes} atom types.
     *
     * @throws IllegalArgumentException naming the line and the problem: unknown style, wrong argument
     *     count, a value that is not a number, eps &lt; 0, sigma &lt;= 0, rc &lt;= 0, a type outside
     *     1..atomTypes, or type pairs left without coefficients
     */
    public static ForceField parse(String pairStyleLine, List<String> pairCoeffLines, int atomTypes) {
        if (atomTypes < 1) {
            throw new IllegalArgumentException("atom types must be >= 1, got " + atomTypes);
        }
        Style style = parseStyle(pairStyleLine);
        double[][][] coeffs = new double[atomTypes + 1][atomTypes + 1][];
        for (int k = 0; k < pairCoeffLines.size(); k++) {
            String line = pairCoeffLines.get(k);
            String[] words = words(line, "pair_coeff");
            if (words.length == 0) {
                continue;
            }
            String where = "pair_coeff line " + (k + 1) + " \"" + line.strip() + "\"";
            applyCoeff(style, words, atomTypes, coeffs, where);
        }
        ForceField.Builder builder = ForceField.builder(atomTypes);
        List<String> missing = new ArrayList<>();
        for (int a = 1; a <= atomTypes; a++) {
            if (coeffs[a][a] == null) {
                missing.add(a + " " + a);
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("no pair_coeff for type pair(s) " + String.join(", ", missing)
                    + " (every type I needs coefficients for I I; a cross pair I J that is not given is mixed from"
                    + " I I and J J)");
        }
        for (int a = 1; a <= atomTypes; a++) {
            for (int b = a; b <= atomTypes; b++) {
                double[] c = coeffs[a][b] != null ? coeffs[a][b] : mix(coeffs[a][a], coeffs[b][b]);
                builder.pair(a, b, style.potential(c));
            }
        }
        return builder.build();
    }

    /** The supported styles; each pair's coefficients are held as {eps, sigma[, rc]}. */
    private sealed interface Style {
        int minCoeffs();

        int maxCoeffs();

        /** Fills in defaults (the global cutoff) and builds the potential. */
        PairPotential potential(double[] coeffs);

        double[] complete(double[] given);
    }

    private record Harmonic() implements Style {
        public int minCoeffs() { return 2; }
        public int maxCoeffs() { return 2; }
        public double[] complete(double[] given) { return given; }
        public PairPotential potential(double[] c) { return new HarmonicContact(c[0], c[1]); }
    }

    private record LennardJones(double globalCutoff) implements Style {
        public int minCoeffs() { return 2; }
        public int maxCoeffs() { return 3; }
        public double[] complete(double[] given) {
            return given.length == 3 ? given : new double[] {given[0], given[1], globalCutoff};
        }
        public PairPotential potential(double[] c) { return new LennardJonesSmoothLinear(c[0], c[1], c[2]); }
    }

    private static Style parseStyle(String line) {
        String[] words = words(line == null ? "" : line, "pair_style");
        String where = "pair_style \"" + (line == null ? "" : line.strip()) + "\"";
        if (words.length == 0) {
            throw new IllegalArgumentException(where + ": no pair style given; supported: " + String.join(", ", SUPPORTED));
        }
        String name = words[0];
        int args = words.length - 1;
        if (name.equals(HarmonicContact.STYLE)) {
            if (args != 0) {
                throw new IllegalArgumentException(where + ": harmonic/contact takes no arguments, got " + args);
            }
            return new Harmonic();
        }
        if (name.equals(LennardJonesSmoothLinear.STYLE)) {
            if (args != 1) {
                throw new IllegalArgumentException(where + ": lj/smooth/linear takes 1 argument (the global cutoff rc), got "
                        + args);
            }
            double rc = number(words[1], "cutoff rc", where);
            if (!(rc > 0)) {
                throw new IllegalArgumentException(where + ": cutoff rc must be > 0, got " + words[1]);
            }
            return new LennardJones(rc);
        }
        throw new IllegalArgumentException(where + ": unknown pair style '" + name + "'; supported: "
                + String.join(", ", SUPPORTED));
    }

    private static void applyCoeff(Style style, String[] words, int atomTypes, double[][][] coeffs, String where) {
        int given = words.length - 2;
        if (given < style.minCoeffs() || given > style.maxCoeffs()) {
            String expected = style instanceof Harmonic ? "I J eps sigma" : "I J eps sigma [rc]";
            throw new IllegalArgumentException(where + ": expected " + expected + ", got " + words.length + " values");
        }
        String first = words[0];
        String second = words[1];
        if (first.matches("\\d+") && second.matches("\\d+") && Long.parseLong(second) < Long.parseLong(first)) {
            String t = first;
            first = second;
            second = t;
        }
        int[] is = bounds(first, atomTypes, where);
        int[] js = bounds(second, atomTypes, where);
        String[] names = {"eps", "sigma", "rc"};
        double[] values = new double[given];
        for (int k = 0; k < given; k++) {
            values[k] = number(words[2 + k], names[k], where);
        }
        if (values[0] < 0) {
            throw new IllegalArgumentException(where + ": eps must be >= 0, got " + words[2]);
        }
        if (!(values[1] > 0)) {
            throw new IllegalArgumentException(where + ": sigma must be > 0, got " + words[3]);
        }
        if (given == 3 && !(values[2] > 0)) {
            throw new IllegalArgumentException(where + ": rc must be > 0, got " + words[4]);
        }
        double[] complete = style.complete(values);
        int count = 0;
        for (int i = is[0]; i <= is[1]; i++) {
            for (int j = Math.max(js[0], i); j <= js[1]; j++) {
                coeffs[i][j] = complete;
                count++;
            }
        }
        if (count == 0) {
            throw new IllegalArgumentException(where + ": the type ranges " + words[0] + " " + words[1]
                    + " contain no pair I <= J");
        }
    }

    /** LAMMPS's utils::bounds ({@link TypeRange}) as {lo, hi}, the error prefixed with where. */
    private static int[] bounds(String word, int max, String where) {
        try {
            TypeRange r = TypeRange.parse(word, max);
            return new int[] {r.lo(), r.hi()};
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": " + e.getMessage());
        }
    }

    private static double number(String word, String what, String where) {
        if (!NUMBER.matcher(word).matches()) {
            throw new IllegalArgumentException(where + ": " + what + " '" + word + "' is not a number");
        }
        double v = Double.parseDouble(word);
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException(where + ": " + what + " '" + word + "' is not finite");
        }
        return v;
    }

    /** LAMMPS's default (geometric) mixing of two diagonal entries, element by element. */
    private static double[] mix(double[] a, double[] b) {
        double[] m = new double[a.length];
        for (int k = 0; k < a.length; k++) {
            m[k] = Math.sqrt(a[k] * b[k]);
        }
        return m;
    }

    /** The words of a command, without a trailing # comment and without the optional command word. */
    private static String[] words(String line, String command) {
        int hash = line.indexOf('#');
        String s = (hash >= 0 ? line.substring(0, hash) : line).strip();
        if (s.isEmpty()) {
            return new String[0];
        }
        String[] w = s.split("\\s+");
        if (w[0].equals(command)) {
            String[] rest = new String[w.length - 1];
            System.arraycopy(w, 1, rest, 0, rest.length);
            return rest;
        }
        return w;
    }
}
