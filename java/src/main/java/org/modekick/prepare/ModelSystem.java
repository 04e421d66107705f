package org.modekick.prepare;

import java.util.Locale;
import java.util.Map;
import org.modekick.lammps.FireSettings;
import org.modekick.potential.AnalyticInteraction;
import org.modekick.potential.ForceField;
import org.modekick.potential.Interaction;
import org.modekick.potential.HarmonicContact;
import org.modekick.potential.LennardJonesSmoothLinear;

/**
 * The two glasses of Mizuno, Shimada &amp; Ikeda (2020), section II.A, in units of m, sigma, eps, and the standard
 * model glass of everyone else, Kob-Andersen 80:20 binary LJ, whose interaction (lammps-inputs/ka.pot) goes through
 * LAMMPS's forces.
 */
public enum ModelSystem {

    /** Eq. (1), packing fraction 0.73, quenched from random positions; p near 5e-2. */
    HARMONIC("prepare-harmonic.in") {
        @Override
        public ForceField forceField() {
            return ForceField.single(new HarmonicContact(1.0, 1.0));
        }

        @Override
        public FireSettings fireSettings() {
            return FireSettings.harmonic();
        }

        @Override
        public double boxLength(int n) {
            return Math.cbrt(n * Math.PI / (6.0 * 0.73));
        }
    },

    /** Eq. (2) truncated and shifted at 2.5, number density 0.997, liquid at T = 2 quenched; p near 0. */
    LJ("prepare-lj.in") {
        @Override
        public ForceField forceField() {
            return ForceField.single(new LennardJonesSmoothLinear(1.0, 1.0, 2.5));
        }

        @Override
        public FireSettings fireSettings() {
            return FireSettings.lennardJones();
        }

        @Override
        public double boxLength(int n) {
            return Math.cbrt(n / 0.997);
        }
    },

    /**
     * Kob-Andersen 80:20 (Phys. Rev. E 51, 4626 (1995)): lj/cut, eps_AB = 1.5, sigma_AB = 0.8, eps_BB = 0.5,
     * sigma_BB = 0.88, each pair truncated at 2.5 sigma_ab and shifted; number density 1.2; the liquid at T = 1
     * quenched by FIRE.
     */
    KA("prepare-ka.in") {
        @Override
        public Interaction interaction() {
            return KobAndersen.interaction();
        }

        @Override
        public double cutoff() {
            return 2.5;
        }

        @Override
        public FireSettings fireSettings() {
            return FireSettings.lennardJones();
        }

        @Override
        public double boxLength(int n) {
            return Math.cbrt(n / 1.2);
        }
    };

    private final String script;

    ModelSystem(String script) {
        this.script = script;
    }

    /** The Java force field of the paper's glasses; KA has none (its interaction goes through LAMMPS). */
    public ForceField forceField() {
        throw new IllegalStateException(cliName() + " has no Java formulas: its interaction is " + interaction().label());
    }

    /** The interaction: analytic for the paper's glasses, LAMMPS's commands for KA. */
    public Interaction interaction() {
        return new AnalyticInteraction(forceField(), cliName());
    }

    /** The largest pair cutoff. */
    public double cutoff() {
        return forceField().maxCutoff();
    }

    /** FIRE settings that suit this glass (platform notes). */
    public abstract FireSettings fireSettings();

    /** Cubic box edge for n particles at this system's density. */
    public abstract double boxLength(int n);

    /** The preparation input script's file name in lammps-inputs/. */
    public String script() {
        return script;
    }

    /** The name used on the command line: harmonic, lj or ka. */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses harmonic or lj (case-insensitive), naming the choices otherwise. */
    public static ModelSystem parse(String name) {
        for (ModelSystem s : values()) {
            if (s.cliName().equalsIgnoreCase(name.trim())) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown system '" + name + "': choose harmonic, lj or ka");
    }

    /** Variables every preparation script takes besides FIRE's. */
    static Map<String, String> scriptVariables(int n, long seed, String out) {
        return Map.of("N", Integer.toString(n), "seed", Long.toString(seed), "out", out);
    }
}
