package org.modekick.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.modekick.potential.ForceField;
import org.modekick.potential.PairStyles;
import org.modekick.prepare.ModelSystem;

/**
 * The conventions every command shares: --system names one of the paper's glasses, or
 * --pair-style/--pair-coeff give a user's own interactions in LAMMPS syntax; -o the output; --help.
 */
final class CommonOptions {

    static final String SYSTEM = "system";
    static final String PAIR_STYLE = "pair-style";
    static final String PAIR_COEFF = "pair-coeff";
    static final String OUTPUT = "o";
    static final String HELP = "help";

    private CommonOptions() {}

    static Options base(String outputDescription) {
        Options options = new Options();
        options.addOption(Option.builder("h").longOpt(HELP).desc("print this help and exit").get());
        options.addOption(Option.builder(OUTPUT).longOpt("output").hasArg().argName("PATH").desc(outputDescription).get());
        return options;
    }

    /** Adds --system, --pair-style and --pair-coeff. */
    static Options withInteractions(Options options) {
        options.addOption(Option.builder().longOpt(SYSTEM).hasArg().argName("harmonic|lj")
                .desc("one of the paper's glasses: harmonic (Eq. 1) or lj (Eq. 2, lj/smooth/linear at 2.5)").get());
        options.addOption(Option.builder().longOpt(PAIR_STYLE).hasArg().argName("STYLE")
                .desc("a user's own interactions: LAMMPS pair_style arguments, e.g. \"lj/smooth/linear 2.5\" "
                        + "(supported: " + String.join(", ", PairStyles.SUPPORTED) + ")").get());
        options.addOption(Option.builder().longOpt(PAIR_COEFF).hasArg().argName("COEFF")
                .desc("LAMMPS pair_coeff arguments, e.g. \"* * 1.0 1.0\"; repeat for several type pairs").get());
        return options;
    }

    static Path output(CommandLine line) {
        String o = line.getOptionValue(OUTPUT);
        if (o == null) {
            throw new UsageException("the output (-o) is required");
        }
        return Path.of(o);
    }

    static ModelSystem system(CommandLine line) {
        String s = line.getOptionValue(SYSTEM);
        if (s == null) {
            throw new UsageException("--system harmonic|lj is required");
        }
        try {
            return ModelSystem.parse(s);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    /** The interactions: --system, or --pair-style with --pair-coeff (not both). */
    static ForceField forceField(CommandLine line, int atomTypes) {
        boolean system = line.hasOption(SYSTEM);
        boolean style = line.hasOption(PAIR_STYLE);
        if (system == style) {
            throw new UsageException("give either --system harmonic|lj or --pair-style with --pair-coeff");
        }
        if (system) {
            return system(line).forceField();
        }
        String[] coeffs = line.getOptionValues(PAIR_COEFF);
        if (coeffs == null) {
            throw new UsageException("--pair-style needs at least one --pair-coeff");
        }
        List<String> coeffLines = Arrays.asList(coeffs);
        try {
            return PairStyles.parse(line.getOptionValue(PAIR_STYLE), coeffLines, atomTypes);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    static long longValue(CommandLine line, String option, long fallback) {
        String v = line.getOptionValue(option);
        if (v == null) {
            return fallback;
        }
        try {
            return Long.parseLong(v.trim());
        } catch (NumberFormatException e) {
            throw new UsageException("--" + option + " needs an integer, got '" + v + "'");
        }
    }

    static double doubleValue(CommandLine line, String option, double fallback) {
        String v = line.getOptionValue(option);
        if (v == null) {
            return fallback;
        }
        try {
            double d = Double.parseDouble(v.trim());
            if (!Double.isFinite(d)) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException e) {
            throw new UsageException("--" + option + " needs a finite number, got '" + v + "'");
        }
    }
}
