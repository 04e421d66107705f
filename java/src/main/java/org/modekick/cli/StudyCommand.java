package org.modekick.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.modekick.mpi.MpiRuntime;
import org.modekick.prepare.ModelSystem;
import org.modekick.report.SampleResult;
import org.modekick.report.StudyReport;

/**
 * {@code modekick study}: the paper's analysis in one command. Prepares glasses (or takes the user's),
 * computes their modes, excites them, and writes report/report.html with figures, tables and data.
 * Each step is an ordinary modekick command, run in this process, so a study is exactly what the same
 * commands typed by hand would give, and it resumes wherever it was stopped. Under mpirun each step runs
 * on all ranks as that command does (excite with its default of one rank per task group).
 */
final class StudyCommand implements Command {

    @Override
    public String name() {
        return "study";
    }

    @Override
    public String summary() {
        return "prepare, modes, excite and report for several sizes and samples, resumably";
    }

    @Override
    public String positional() {
        return "";
    }

    @Override
    public Options options() {
        Options o = CommonOptions.withInteractions(CommonOptions.base("study directory (required)"));
        o.addOption(Option.builder().longOpt("sizes").hasArg().argName("N,N,...").desc("system sizes to prepare (default 1000)").get());
        o.addOption(Option.builder().longOpt("samples").hasArg().argName("S").desc("glasses per size (default 1)").get());
        o.addOption(Option.builder().longOpt("seed").hasArg().argName("SEED").desc("seed of the first sample; sample j uses SEED + j (default 1)").get());
        o.addOption(Option.builder().longOpt("data").hasArg().argName("FILE")
                .desc("study the user's own glass (a LAMMPS data file) instead of preparing ones; give its interactions"
                        + " with --system or --pair-style/--pair-coeff").get());
        ModesCommand.addSelection(o);
        o.addOption(Option.builder().longOpt(ModesCommand.BLAS_THREADS).hasArg().argName("T")
                .desc("modes: OpenBLAS threads for MUMPS's factorisations and solves (default 1)").get());
        o.addOption(Option.builder().longOpt("workers").hasArg().argName("W")
                .desc("excite: parallel workers (default: all cores; 1 under MPI)").get());
        o.addOption(Option.builder().longOpt(ExciteCommand.RANKS_PER_TASK).hasArg().argName("R")
                .desc("excite under MPI: ranks per task group (default 1)").get());
        o.addOption(Option.builder().longOpt("equilibration").hasArg().argName("STEPS").desc("lj: MD steps of the liquid (default 10000)").get());
        return o;
    }

    @Override
    public int run(CommandLine line, PrintStream console) throws Exception {
        Path dir = CommonOptions.output(line);
        Files.createDirectories(dir);
        StudyPlan plan = plan(line, dir);
        // Under mpirun every rank runs every step (each an MPI command of its own); rank 0 alone writes the
        // log and the report.
        boolean root = MpiRuntime.world().rank() == 0;
        try (OutputStream log = root ? Files.newOutputStream(dir.resolve("study.log"), StandardOpenOption.CREATE,
                StandardOpenOption.APPEND) : OutputStream.nullOutputStream();
             PrintStream out = new PrintStream(new Tee(console, log), true, StandardCharsets.UTF_8)) {
            Progress progress = new Progress(plan.stepCount(), out);
            for (StudyPlan.Sample sample : plan.samples()) {
                for (StudyPlan.Step step : sample.steps()) {
                    String what = sample.result().name() + ": " + step.label();
                    if (step.doneWhen() != null && Files.exists(step.doneWhen())) {
                        progress.skipped(what);
                        continue;
                    }
                    progress.starting(what);
                    int code = new Main().run(step.arguments().toArray(String[]::new), out, out);
                    if (code != 0) {
                        out.println("modekick study: step failed (exit " + code + "): modekick " + String.join(" ", step.arguments()));
                        return code;
                    }
                    progress.finished();
                }
            }
            if (!root) {
                return 0;
            }
            List<Path> written = StudyReport.write(plan.results(), dir.resolve("report"));
            out.printf(Locale.ROOT, "report: %s (%d files) after %s%n", dir.resolve("report").resolve("report.html"),
                    written.size(), Progress.duration(progress.elapsedSeconds()));
        }
        return 0;
    }

    private static StudyPlan plan(CommandLine line, Path dir) {
        List<String> selection = selectionArguments(line);
        List<String> excite = new ArrayList<>();
        for (String option : List.of("workers", ExciteCommand.RANKS_PER_TASK)) {
            if (line.hasOption(option)) {
                excite.addAll(List.of("--" + option, line.getOptionValue(option)));
            }
        }
        List<StudyPlan.Sample> samples = new ArrayList<>();
        if (line.hasOption("data")) {
            if (line.hasOption("sizes") || line.hasOption("samples")) {
                throw new UsageException("--data studies one given glass: --sizes and --samples do not apply");
            }
            Path glass = Path.of(line.getOptionValue("data")).toAbsolutePath();
            List<String> interactions = interactionArguments(line);
            String label = line.hasOption(CommonOptions.SYSTEM) ? CommonOptions.system(line).cliName() : "user";
            Path sampleDir = dir.resolve(stripExtension(glass.getFileName().toString()));
            int atoms = countAtoms(glass);
            samples.add(sample(new SampleResult(label, atoms, 0, sampleDir), glass, null, interactions, selection, excite));
            return new StudyPlan(samples);
        }
        ModelSystem system = CommonOptions.system(line);
        if (line.hasOption(CommonOptions.PAIR_STYLE)) {
            throw new UsageException("--pair-style applies to --data; prepared glasses use --system");
        }
        long seed = CommonOptions.longValue(line, "seed", 1);
        long count = CommonOptions.longValue(line, "samples", 1);
        if (count < 1 || count > 10_000) {
            throw new UsageException("--samples must be between 1 and 10000");
        }
        List<String> interactions = List.of("--system", system.cliName());
        for (int n : sizes(line)) {
            for (int j = 0; j < count; j++) {
                long s = seed + j;
                Path sampleDir = dir.resolve(String.format(Locale.ROOT, "%s-N%d-seed%d", system.cliName(), n, s));
                Path glass = sampleDir.resolve("glass.data");
                List<String> prepare = new ArrayList<>(List.of("prepare", "--system", system.cliName(), "-n",
                        Integer.toString(n), "--seed", Long.toString(s), "-o", glass.toString()));
                if (line.hasOption("equilibration")) {
                    prepare.add("--equilibration");
                    prepare.add(line.getOptionValue("equilibration"));
                }
                samples.add(sample(new SampleResult(system.cliName(), n, s, sampleDir), glass, prepare, interactions,
                        selection, excite));
            }
        }
        return new StudyPlan(samples);
    }

    private static StudyPlan.Sample sample(SampleResult result, Path glass, List<String> prepare,
                                           List<String> interactions, List<String> selection, List<String> excite) {
        // excite takes every mode of the modes step (--modes), so the selection is given to modes only
        Path modes = result.directory().resolve("modes");
        Path exciteDir = result.directory().resolve("excite");
        List<StudyPlan.Step> steps = new ArrayList<>();
        if (prepare != null) {
            steps.add(new StudyPlan.Step("prepare", prepare, glass));
        }
        List<String> m = new ArrayList<>(List.of("modes", glass.toString()));
        m.addAll(interactions);
        m.addAll(selection);
        m.addAll(List.of("-o", modes.toString()));
        steps.add(new StudyPlan.Step("modes", m, modes.resolve("summary.json")));
        List<String> e = new ArrayList<>(List.of("excite", glass.toString()));
        e.addAll(interactions);
        e.addAll(List.of("--modes", modes.toString(), "-o", exciteDir.toString()));
        e.addAll(excite);
        steps.add(new StudyPlan.Step("excite", e, exciteDir.resolve("summary.json")));
        return new StudyPlan.Sample(result, glass, steps);
    }

    /** The mode selection (default: the lowest 20 modes) and --blas-threads, passed on to modes. */
    private static List<String> selectionArguments(CommandLine line) {
        List<String> selection = new ArrayList<>();
        if (line.hasOption("count")) {
            selection.addAll(List.of("--count", line.getOptionValue("count")));
        } else if (line.hasOption("omega-max")) {
            selection.addAll(List.of("--omega-max", line.getOptionValue("omega-max")));
        } else if (line.hasOption("below-boson-peak")) {
            selection.add("--below-boson-peak");
        } else {
            selection.addAll(List.of("--count", "20"));
        }
        String threads = ModesCommand.BLAS_THREADS;
        if (line.hasOption(threads)) {
            selection.addAll(List.of("--" + threads, line.getOptionValue(threads)));
        }
        return selection;
    }

    private static List<String> interactionArguments(CommandLine line) {
        List<String> args = new ArrayList<>();
        if (line.hasOption(CommonOptions.SYSTEM)) {
            args.addAll(List.of("--system", line.getOptionValue(CommonOptions.SYSTEM)));
        }
        if (line.hasOption(CommonOptions.PAIR_STYLE)) {
            args.addAll(List.of("--pair-style", line.getOptionValue(CommonOptions.PAIR_STYLE)));
            for (String c : line.getOptionValues(CommonOptions.PAIR_COEFF) == null ? new String[0]
                    : line.getOptionValues(CommonOptions.PAIR_COEFF)) {
                args.addAll(List.of("--pair-coeff", c));
            }
        }
        if (args.isEmpty()) {
            throw new UsageException("--data needs its interactions: --system harmonic|lj or --pair-style/--pair-coeff");
        }
        return args;
    }

    private static List<Integer> sizes(CommandLine line) {
        List<Integer> sizes = new ArrayList<>();
        for (String s : line.getOptionValue("sizes", "1000").split(",")) {
            try {
                int n = Integer.parseInt(s.trim());
                if (n < 2) {
                    throw new NumberFormatException();
                }
                sizes.add(n);
            } catch (NumberFormatException e) {
                throw new UsageException("--sizes takes particle numbers separated by commas, got '" + s + "'");
            }
        }
        return sizes;
    }

    /** The header's atom count, for the report's labels (the data file itself is read by modes). */
    private static int countAtoms(Path glass) {
        try (var lines = Files.lines(glass)) {
            return lines.limit(50).map(String::trim).filter(l -> l.matches("\\d+\\s+atoms.*"))
                    .map(l -> Integer.parseInt(l.split("\\s+")[0])).findFirst()
                    .orElseThrow(() -> new UsageException(glass + ": no 'N atoms' line in the header"));
        } catch (IOException e) {
            throw new UsageException("cannot read " + glass + ": " + e.getMessage());
        }
    }

    private static String stripExtension(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** Writes to the console and the study log at once. */
    private static final class Tee extends OutputStream {
        private final OutputStream a;
        private final OutputStream b;

        Tee(OutputStream a, OutputStream b) {
            this.a = a;
            this.b = b;
        }

        @Override
        public void write(int c) throws IOException {
            a.write(c);
            b.write(c);
        }

        @Override
        public void write(byte[] buf, int off, int len) throws IOException {
            a.write(buf, off, len);
            b.write(buf, off, len);
        }

        @Override
        public void flush() throws IOException {
            a.flush();
            b.flush();
        }
    }
}
