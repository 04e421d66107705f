package org.modekick.cli;

import java.io.PrintStream;
import java.lang.foreign.Arena;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;
import org.modekick.mpi.MpiRuntime;
import org.modekick.mpi.TaskGroups;
import org.modekick.path.BandSettings;
import org.modekick.pipeline.BarriersRun;
import org.modekick.store.PathFiles;
import org.modekick.store.TransitionPath;

/** {@code modekick barriers}: the true barrier of every distinct transition of an excite run, by NEB. */
final class BarriersCommand implements Command {

    static final Flag IMAGES = Flag.of("images", "M", "images between the ends of a band (default 9)");
    static final Flag BAND_FTOL = Flag.of("band-ftol", "F",
            "NEB force tolerance per image, 2-norm (default 1e-9 harmonic, 1e-6 LJ)");
    static final Flag BAND_ITERATIONS = Flag.of("band-iterations", "K", "FIRE iterations allowed per band"
            + " (default 30000)");

    @Override
    public String name() {
        return "barriers";
    }

    @Override
    public String summary() {
        return "true barriers of an excite run's transitions: climbing-image NEB between r0 and each final state";
    }

    @Override
    public String positional() {
        return "EXCITE_DIR";
    }

    @Override
    public Options options() {
        Options o = new Options();
        CommonOptions.HELP.addTo(o);
        CommonOptions.withInteractions(o);
        CommonOptions.WORKERS.addTo(o);
        IMAGES.addTo(o);
        BAND_FTOL.addTo(o);
        BAND_ITERATIONS.addTo(o);
        return o;
    }

    @Override
    public int run(CommandLine line, PrintStream out, PrintStream err) throws Exception {
        if (line.getArgList().size() != 1) {
            throw new UsageException("expected exactly one excite directory, got " + line.getArgList());
        }
        Path dir = Path.of(line.getArgList().getFirst());
        if (!Files.isDirectory(dir)) {
            throw new UsageException(dir + " is not a directory: give the -o directory of 'modekick excite'");
        }
        int workers = CommonOptions.workers(line, new TaskGroups(MpiRuntime.world().size(), 1));
        try (Arena arena = Arena.ofShared()) {
            BarriersRun run = BarriersRun.open(dir, types -> CommonOptions.interaction(line, types), null, arena);
            BandSettings s = run.settings();
            if (IMAGES.isSet(line)) {
                s = s.withImages(IMAGES.intValue(line, 9, 1, 1000, "between 1 and 1000"));
            }
            if (BAND_FTOL.isSet(line)) {
                double f = BAND_FTOL.doubleValue(line, s.forceTolerance());
                if (!(f > 0)) {
                    throw new UsageException(BAND_FTOL + " must be > 0");
                }
                s = s.withForceTolerance(f);
            }
            if (BAND_ITERATIONS.isSet(line)) {
                s = s.withMaxIterations(BAND_ITERATIONS.intValue(line, 30_000, 1, Integer.MAX_VALUE, "positive"));
            }
            // under mpirun one transition per rank at a time; rank 0 reports
            run.withSettings(s).run(MpiRuntime.world(), workers).ifPresent(r -> out.print(report(r)));
        }
        return 0;
    }

    static String report(BarriersRun.Report r) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "%d transitions (%d computed now, %s, %.1f s) in %s%n",
                r.paths().size(), r.computed(), r.ranks() > 1 ? r.ranks() + " MPI ranks" : r.workers() + " workers",
                r.wallSeconds(), r.dir().resolve(PathFiles.DIR)));
        b.append(String.format(Locale.ROOT, "%4s %5s %13s %13s %13s %10s %7s %7s %9s %s%n", "id", "k", "forward",
                "backward", "escape", "|r_s-r0|", "P_s", "pieces", "calls", "state"));
        for (TransitionPath t : r.paths()) {
            b.append(String.format(Locale.ROOT, "%4d %5d %13.6e %13.6e %13.6e %10.4f %7.4f %7d %9d %s%n", t.id(),
                    t.representative(), t.forward(), t.backward(), t.escape(), t.saddleDistance(),
                    t.saddleParticipation(), t.pieces(), t.forceCalls(), state(t)));
        }
        b.append(String.format(Locale.ROOT, "T_c from true barriers %.6e, from escape barriers %.6e, from Eq. (8)"
                + " %.6e%n", r.pathCriticalTemperature(), r.escapeCriticalTemperature(), r.criticalTemperature()));
        return b.toString();
    }

    private static String state(TransitionPath t) {
        if (t.verified()) {
            return t.newtonSteps() > 0 ? "saddle (" + t.newtonSteps() + " Newton steps)" : "saddle";
        }
        String first = t.escapeVerified() ? ", escape verified" : "";
        if (t.ranAway()) {
            return "RAN AWAY (a climbing image rose above the straight line's maximum)" + first;
        }
        return (t.converged() ? "converged, not verified" : "NOT CONVERGED") + first;
    }
}
