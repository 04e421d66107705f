package org.modekick.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;
import org.modekick.store.Excitation;
import org.modekick.store.ExcitationsCsv;
import org.modekick.verify.ExcitationComparison;

/**
 * {@code modekick compare-excite DIR_A DIR_B} (not listed): whether two excite directories hold the same
 * results, e.g. a serial run and one under mpirun. Prints the figures; exit code 1 when a mode is missing from
 * one, a status or a final-state group differs, or an A_c differs by more than the tolerance (relative).
 */
final class CompareExciteCommand implements Command {

    static final Flag AMPLITUDE_TOLERANCE = Flag.of("amplitude-tolerance", "TOL",
            "largest relative difference of an A_c (default 1e-2, excite's default --precision)");

    @Override
    public String name() {
        return "compare-excite";
    }

    @Override
    public String summary() {
        return "compare two excite directories (status, A_c, final-state groups); for tests";
    }

    @Override
    public String positional() {
        return "DIR_A DIR_B";
    }

    @Override
    public Options options() {
        Options o = CommonOptions.base("unused");
        AMPLITUDE_TOLERANCE.addTo(o);
        return o;
    }

    @Override
    public int run(CommandLine line, PrintStream out, PrintStream err) throws Exception {
        List<String> dirs = line.getArgList();
        if (dirs.size() != 2) {
            throw new UsageException("expected two excite directories, got " + dirs);
        }
        double tolerance = AMPLITUDE_TOLERANCE.doubleValue(line, 1e-2);
        ExcitationComparison c = ExcitationComparison.of(read(Path.of(dirs.get(0))), read(Path.of(dirs.get(1))));
        out.print(c.report());
        boolean ok = c.agrees(tolerance);
        out.printf(Locale.ROOT, "  %s (tolerance: A_c %.1e)%n", ok ? "same" : "DIFFERENT", tolerance);
        return ok ? Main.OK : Main.FAILED;
    }

    private static List<Excitation> read(Path dir) throws IOException {
        Path csv = dir.resolve(ExcitationsCsv.FILE);
        if (!Files.isRegularFile(csv)) {
            throw new UsageException("no excitations.csv in " + dir);
        }
        return ExcitationsCsv.read(csv);
    }
}
