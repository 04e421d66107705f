package org.modekick.cli;

import java.io.PrintStream;
import java.lang.foreign.Arena;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;
import org.modekick.mpi.MpiRuntime;
import org.modekick.mpi.TaskGroups;
import org.modekick.pipeline.ThermalRun;
import org.modekick.prepare.ModelSystem;
import org.modekick.store.ThermalFiles;
import org.modekick.thermal.ThermalSettings;

/** {@code modekick thermal}: NVT runs from r0 quenched at intervals; escape fraction against T / T_c. */
final class ThermalCommand implements Command {

    static final Flag TEMPERATURES = Flag.of("temperatures", "T1,T2,...", "temperatures k_B T (required)");
    static final Flag SEEDS = Flag.of("seeds", "S", "independent runs per temperature, seeds 1..S (default 4)");
    static final Flag INTERVAL = Flag.of("interval", "STEPS", "MD steps between quenches (default 2000)");
    static final Flag QUENCHES = Flag.of("quenches", "Q", "quenches per run (default 5)");
    static final Flag TIMESTEP = Flag.of("timestep", "DT", "MD timestep (default 0.02 harmonic, 0.005 LJ)");
    static final Flag EXCITE = Flag.of("excite", "DIR", "a finished excite run of this glass: its thresholds, T_c"
            + " and transitions (default: the criterion from the glass's lowest mode, no known transitions)");

    @Override
    public String name() {
        return "thermal";
    }

    @Override
    public String summary() {
        return "thermal test of T_c: NVT from r0, FIRE quenches, fraction that left r0's inherent structure";
    }

    @Override
    public String positional() {
        return "glass.data";
    }

    @Override
    public Options options() {
        Options o = CommonOptions.withInteractions(CommonOptions.base("output directory (required): quenches.csv,"
                + " escape.csv, summary.json; a killed run resumes there"));
        TEMPERATURES.addTo(o);
        SEEDS.addTo(o);
        INTERVAL.addTo(o);
        QUENCHES.addTo(o);
        TIMESTEP.addTo(o);
        EXCITE.addTo(o);
        CommonOptions.WORKERS.addTo(o);
        return o;
    }

    @Override
    public int run(CommandLine line, PrintStream out, PrintStream err) throws Exception {
        Path dir = CommonOptions.outputDirectory(line);
        if (!TEMPERATURES.isSet(line)) {
            throw new UsageException(TEMPERATURES + " is required, e.g. " + TEMPERATURES + " 1e-5,1e-4,1e-3");
        }
        List<Double> temperatures = positives(TEMPERATURES, line, "temperature");
        boolean harmonic = CommonOptions.SYSTEM.isSet(line) && CommonOptions.system(line) == ModelSystem.HARMONIC;
        double dt = TIMESTEP.doubleValue(line, ThermalSettings.defaultTimestep(harmonic));
        if (!(dt > 0)) {
            throw new UsageException(TIMESTEP + " must be > 0");
        }
        Path excite = null;
        if (EXCITE.isSet(line)) {
            excite = Path.of(EXCITE.value(line));
            if (!Files.isDirectory(excite)) {
                throw new UsageException(EXCITE + " " + excite + " is not a directory");
            }
        }
        int workers = CommonOptions.workers(line, new TaskGroups(MpiRuntime.world().size(), 1));
        Path data = ModesCommand.glassArgument(line);
        ThermalSettings settings = runs(line, temperatures, dt);
        try (Arena arena = Arena.ofShared()) {
            ThermalRun run = ThermalRun.open(data, types -> CommonOptions.interaction(line, types), excite, settings,
                    dir, arena);
            // under mpirun one (T, seed) run per rank at a time; rank 0 reports
            run.run(MpiRuntime.world(), workers).ifPresent(r -> out.print(report(r)));
        }
        return 0;
    }

    /** The comma-separated positive numbers of {@code flag}. */
    static List<Double> positives(Flag flag, CommandLine line, String what) {
        List<Double> values = new ArrayList<>();
        for (String t : flag.value(line).split(",", -1)) {
            double v;
            try {
                v = Double.parseDouble(t.strip());
            } catch (NumberFormatException e) {
                throw new UsageException(flag + ": '" + t + "' is not a number");
            }
            if (!(v > 0) || Double.isInfinite(v)) {
                throw new UsageException(flag + ": " + t + " is not a positive " + what);
            }
            values.add(v);
        }
        return values;
    }

    /** The runs --seeds, --interval and --quenches ask for at {@code temperatures}, MD timestep dt. */
    static ThermalSettings runs(CommandLine line, List<Double> temperatures, double dt) {
        int seeds = SEEDS.intValue(line, 4, 1, 100_000, "between 1 and 100000");
        List<Integer> seedList = new ArrayList<>();
        for (int s = 1; s <= seeds; s++) {
            seedList.add(s);
        }
        int interval = INTERVAL.intValue(line, 2000, 1, 1_000_000_000, "positive");
        int quenches = QUENCHES.intValue(line, 5, 1, 1_000_000, "positive");
        return new ThermalSettings(temperatures, seedList, interval, quenches, dt, 100 * dt);
    }

    static String report(ThermalRun.Report r) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "%d runs computed now (%s, %.1f s) in %s%n", r.computed(),
                r.ranks() > 1 ? r.ranks() + " MPI ranks" : r.workers() + " workers", r.wallSeconds(), r.dir()));
        b.append(String.format(Locale.ROOT, "%12s %9s %9s %9s %9s %s%n", "T", "T/T_c", "T/T_c_true", "quenches",
                "fraction", "transitions"));
        for (ThermalFiles.Escape e : r.escapes()) {
            b.append(String.format(Locale.ROOT, "%12.4e %9.3f %9.3f %9d %9.3f %s%s%n", e.temperature(),
                    e.overCritical(), e.overTrue(), e.quenches(), e.fraction(), e.transitions(),
                    e.newStates() > 0 ? " +" + e.newStates() + " new" : ""));
        }
        b.append(String.format(Locale.ROOT, "onset %.4e; T_c %.4e (Eq. 8), %.4e (true barriers)%n", r.onset(),
                r.criticalTemperature(), r.pathCriticalTemperature()));
        return b.toString();
    }
}
