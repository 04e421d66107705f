package org.modekick.cli;

import java.io.PrintStream;
import java.lang.foreign.Arena;
import java.util.List;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

/**
 * {@code modekick bench TARGET glass.data ...}: prints timings, memory and work counts for a target
 * (modes). Benchmarks print figures for people to compare; they assert nothing.
 */
final class BenchCommand implements Command {

    @Override
    public String name() {
        return "bench";
    }

    @Override
    public String summary() {
        return "benchmarks: 'bench modes glass.data ...' (time and memory of the lowest K modes, and scipy's eigsh)";
    }

    @Override
    public String positional() {
        return "modes glass.data";
    }

    @Override
    public Options options() {
        Options o = CommonOptions.withInteractions(CommonOptions.base("unused by benchmarks"));
        o.addOption(Option.builder().longOpt("count").hasArg().argName("K").desc("modes: the K lowest modes (default 100)").get());
        o.addOption(Option.builder().longOpt("petsc-options").hasArg().argName("OPTS").desc("PETSc/SLEPc options").get());
        o.addOption(Option.builder().longOpt("no-baseline").desc("modes: skip scipy's eigsh").get());
        return o;
    }

    @Override
    public int run(CommandLine line, PrintStream out) throws Exception {
        List<String> args = line.getArgList();
        if (args.size() != 2 || !args.get(0).equals("modes")) {
            throw new UsageException("usage: modekick bench modes glass.data --system harmonic|lj [--count K]");
        }
        long count = CommonOptions.longValue(line, "count", 100);
        if (count < 1 || count > Integer.MAX_VALUE) {
            throw new UsageException("--count must be a positive integer");
        }
        try (Arena arena = Arena.ofShared()) {
            InputGlass glass = InputGlass.read(java.nio.file.Path.of(args.get(1)), line, arena);
            ModesBenchmark.run(glass.contents().configuration(), glass.forceField(), (int) count,
                    line.getOptionValue("petsc-options", ""), !line.hasOption("no-baseline"), out);
        }
        return 0;
    }
}
