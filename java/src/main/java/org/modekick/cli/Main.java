package org.modekick.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.DefaultParser;
import org.apache.commons.cli.HelpFormatter;
import org.apache.commons.cli.ParseException;
import org.modekick.mpi.Communicator;
import org.modekick.mpi.MpiRuntime;
import org.modekick.pipeline.RequestException;

/**
 * {@code modekick COMMAND [OPTIONS] [INPUT]}. Exit codes: 0 success, 1 the work failed (with the
 * reason on stderr), 2 the command line was wrong: an option Commons CLI or a command refuses
 * ({@link UsageException}), or a request the inputs cannot satisfy ({@link RequestException}). Any other
 * exception, an IllegalArgumentException from deep in the work included, is a failure (1) with its message.
 * <p>
 * Under mpirun (or srun) every rank runs the same command; MPI is initialised once per process, here, before
 * anything else. Rank 0 alone prints, and all ranks end with the same exit code ({@link CollectiveExit}).
 */
public final class Main {

    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;

    /** Seconds a failed rank waits for the others before it aborts the MPI job (see {@link CollectiveExit}). */
    static final String ABORT_AFTER_VARIABLE = "MODEKICK_MPI_ABORT_AFTER";
    private static final Duration DEFAULT_ABORT_AFTER = Duration.ofSeconds(30);

    private final Map<String, Command> commands = new LinkedHashMap<>();
    /** Commands for tests and diagnostics: they run like the others but are not listed. */
    private final Map<String, Command> hidden = hiddenCommands();

    Main() {
        for (Command c : List.<Command>of(new PrepareCommand(), new ModesCommand(), new ExciteCommand(), new BarriersCommand(), new ThermalCommand(), new StudyCommand(), new BenchCommand())) {
            commands.put(c.name(), c);
        }
    }

    private static Map<String, Command> hiddenCommands() {
        Map<String, Command> map = new LinkedHashMap<>();
        for (Command c : List.<Command>of(new MpiCheckCommand(), new CompareGlassesCommand(),
                new CompareModesCommand(), new CompareExciteCommand())) {
            map.put(c.name(), c);
        }
        return map;
    }

    public static void main(String[] args) {
        int code = new Main().run(args, System.out, System.err);
        try {
            MpiRuntime.finish();
        } catch (RuntimeException e) {
            System.err.println("modekick: " + e.getMessage());
        }
        System.exit(code);
    }

    int run(String[] args, PrintStream out, PrintStream err) {
        Communicator world = MpiRuntime.world();
        if (world.size() == 1) {
            return runHere(args, out, err);
        }
        return CollectiveExit.run(world, abortAfter(System.getenv(ABORT_AFTER_VARIABLE)),
                (rankOut, rankErr) -> runHere(args, rankOut, rankErr), out, err);
    }

    /** The patience of a failed rank: the variable's whole seconds if positive, 30 s otherwise. */
    static Duration abortAfter(String value) {
        try {
            long seconds = Long.parseLong(value == null ? "" : value.strip());
            return seconds > 0 ? Duration.ofSeconds(seconds) : DEFAULT_ABORT_AFTER;
        } catch (NumberFormatException e) {
            return DEFAULT_ABORT_AFTER;
        }
    }

    /** This process's part: the command as if it ran alone. */
    private int runHere(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h") || args[0].equals("help")) {
            printCommands(args.length == 0 ? err : out);
            return args.length == 0 ? USAGE : OK;
        }
        Command command = commands.getOrDefault(args[0], hidden.get(args[0]));
        if (command == null) {
            err.println("modekick: unknown command '" + args[0] + "'");
            printCommands(err);
            return USAGE;
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        try {
            CommandLine line = DefaultParser.builder().get().parse(command.options(), rest);
            if (CommonOptions.HELP.isSet(line)) {
                printHelp(command, out);
                return OK;
            }
            return command.run(line, out, err);
        } catch (ParseException | UsageException | RequestException e) {
            err.println("modekick " + command.name() + ": " + e.getMessage());
            err.println("see 'modekick " + command.name() + " --help'");
            return USAGE;
        } catch (Exception | Error e) {
            // an Error too (out of memory, a missing native library): a message, never a bare stack trace
            String hint = e instanceof OutOfMemoryError
                    ? " (the Java heap is set by MODEKICK_JAVA_OPTS, e.g. -Xmx8g)" : "";
            err.println("modekick " + command.name() + ": error: " + describe(e) + hint);
            if (System.getenv("MODEKICK_DEBUG") != null) {
                e.printStackTrace(err);
            }
            return FAILED;
        }
    }

    private static String describe(Throwable e) {
        String message = e.getMessage();
        String name = e.getClass().getSimpleName();
        StringBuilder sb = new StringBuilder(message == null ? name
                : e instanceof Error ? name + ": " + message : message);
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null && !sb.toString().contains(cause.getMessage())) {
                sb.append(": ").append(cause.getMessage());
            }
        }
        return sb.toString();
    }

    private void printCommands(PrintStream stream) {
        stream.println("usage: modekick COMMAND [OPTIONS]   (modekick COMMAND --help for its options)");
        stream.println();
        for (Command c : commands.values()) {
            stream.printf("  %-10s %s%n", c.name(), c.summary());
        }
    }

    @SuppressWarnings("deprecation") // the classic formatter prints to a PrintWriter in one call
    private static void printHelp(Command command, PrintStream out) {
        PrintWriter writer = new PrintWriter(out, true);
        String syntax = "modekick " + command.name() + " [OPTIONS]" + (command.positional().isEmpty() ? "" : " " + command.positional());
        new HelpFormatter().printHelp(writer, 100, syntax, command.summary(), command.options(), 2, 4, "", false);
        writer.flush();
    }
}
