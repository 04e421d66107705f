package org.modekick.cli;

import java.io.PrintStream;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;

/** One modekick subcommand: its options, and what it does with a parsed command line. */
interface Command {

    String name();

    /** One line for the list of commands. */
    String summary();

    /** The positional arguments, for the usage line (e.g. "glass.data"), or "". */
    String positional();

    Options options();

    /**
     * Runs the command, printing its report to {@code out} and warnings to {@code err}; throws
     * {@link UsageException} for bad arguments. Returns the exit code.
     */
    int run(CommandLine line, PrintStream out, PrintStream err) throws Exception;
}
