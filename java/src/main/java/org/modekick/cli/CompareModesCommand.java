package org.modekick.cli;

import java.io.PrintStream;
import java.lang.foreign.Arena;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;
import org.modekick.modes.ModeFiles;
import org.modekick.modes.Modes;
import org.modekick.verify.ModeComparison;

/**
 * {@code modekick compare-modes DIR_A DIR_B} (not listed): whether two modes directories hold the same modes
 * to solver accuracy, e.g. a serial and an MPI run. Prints the figures; exit code 1 on a different count, an
 * eigenvalue differing by more than the tolerance, or an eigenvector whose angle to its level exceeds its.
 */
final class CompareModesCommand implements Command {

    static final Flag EIGENVALUE_TOLERANCE = Flag.of("eigenvalue-tolerance", "TOL",
            "largest relative difference of an eigenvalue (default 1e-10)");
    static final Flag VECTOR_TOLERANCE = Flag.of("vector-tolerance", "TOL",
            "largest sine of the angle between an eigenvector and its level in the other (default 1e-6)");
    static final Flag WINDOW = Flag.of("window", "REL",
            "eigenvalues this close (relative) form one level whose vectors may rotate (default 1e-6)");

    @Override
    public String name() {
        return "compare-modes";
    }

    @Override
    public String summary() {
        return "compare two modes directories (eigenvalues, eigenvectors up to sign); for tests";
    }

    @Override
    public String positional() {
        return "DIR_A DIR_B";
    }

    @Override
    public Options options() {
        Options o = CommonOptions.base("unused");
        EIGENVALUE_TOLERANCE.addTo(o);
        VECTOR_TOLERANCE.addTo(o);
        WINDOW.addTo(o);
        return o;
    }

    @Override
    public int run(CommandLine line, PrintStream out, PrintStream err) throws Exception {
        List<String> dirs = line.getArgList();
        if (dirs.size() != 2) {
            throw new UsageException("expected two modes directories, got " + dirs);
        }
        double valueTolerance = EIGENVALUE_TOLERANCE.doubleValue(line, 1e-10);
        double vectorTolerance = VECTOR_TOLERANCE.doubleValue(line, 1e-6);
        double window = WINDOW.doubleValue(line, 1e-6);
        try (Arena arena = Arena.ofShared()) {
            Modes a = read(Path.of(dirs.get(0)), arena);
            Modes b = read(Path.of(dirs.get(1)), arena);
            ModeComparison c = ModeComparison.of(a, b, window);
            out.print(c.report(window));
            boolean ok = c.sameCount() && c.maxEigenvalueDifference() <= valueTolerance
                    && c.maxVectorDeviation() <= vectorTolerance;
            out.printf(Locale.ROOT, "  %s (tolerances: eigenvalues %.1e, eigenvectors %.1e)%n",
                    ok ? "same" : "DIFFERENT", valueTolerance, vectorTolerance);
            return ok ? Main.OK : Main.FAILED;
        }
    }

    private static Modes read(Path dir, Arena arena) throws java.io.IOException {
        if (!Files.isDirectory(dir)) {
            throw new UsageException("modes directory not found: " + dir);
        }
        return ModeFiles.read(dir, arena);
    }
}
