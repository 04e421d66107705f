package org.modekick.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.DefaultParser;
import org.apache.commons.cli.HelpFormatter;
import org.apache.commons.cli.ParseException;
import org.modekick.mpi.MpiRuntime;

/**
 * {@code modekick COMMAND [OPTIONS] [INPUT]}. Exit codes: 0 success, 1 the work failed (with the
 * reason on stderr), 2 the command line was wrong.
 */
public final class Main {

    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;

    private final Map<String, Command> commands = new LinkedHashMap<>();

    Main() {
        for (Command c : List.<Command>of(new PrepareCommand(), new ModesCommand(), new ExciteCommand(), new StudyCommand(), new BenchCommand())) {
            commands.put(c.name(), c);
        }
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
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h") || args[0].equals("help")) {
            printCommands(args.length == 0 ? err : out);
            return args.length == 0 ? USAGE : OK;
        }
        Command command = commands.get(args[0]);
        if (command == null) {
            err.println("modekick: unknown command '" + args[0] + "'");
            printCommands(err);
            return USAGE;
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        try {
            CommandLine line = DefaultParser.builder().get().parse(command.options(), rest);
            if (line.hasOption(CommonOptions.HELP)) {
                printHelp(command, out);
                return OK;
            }
            return command.run(line, out);
        } catch (ParseException | UsageException e) {
            err.println("modekick " + command.name() + ": " + e.getMessage());
            err.println("see 'modekick " + command.name() + " --help'");
            return USAGE;
        } catch (Exception e) {
            err.println("modekick " + command.name() + ": error: " + describe(e));
            if (System.getenv("MODEKICK_DEBUG") != null) {
                e.printStackTrace(err);
            }
            return FAILED;
        }
    }

    private static String describe(Throwable e) {
        String message = e.getMessage();
        StringBuilder sb = new StringBuilder(message != null ? message : e.getClass().getSimpleName());
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
