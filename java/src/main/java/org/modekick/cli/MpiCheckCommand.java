package org.modekick.cli;

import java.io.PrintStream;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.modekick.mpi.Communicator;
import org.modekick.mpi.MpiRuntime;

/**
 * {@code modekick mpi-check} (not listed): which ranks run where, with which MPI thread level; and, for the
 * tests of how a job ends, failures injected on purpose: an exception on one rank (--fail-on-rank, the others
 * finishing or, with --stall, blocked in a barrier the failed rank never joins) or a rank that dies at once
 * (--exit-on-rank, as LAMMPS's exit(1) would end it).
 */
final class MpiCheckCommand implements Command {

    @Override
    public String name() {
        return "mpi-check";
    }

    @Override
    public String summary() {
        return "ranks, hosts and MPI thread level; injected failures for tests";
    }

    @Override
    public String positional() {
        return "";
    }

    @Override
    public Options options() {
        Options o = CommonOptions.base("unused");
        o.addOption(Option.builder().longOpt("fail-on-rank").hasArg().argName("R")
                .desc("rank R throws an exception").get());
        o.addOption(Option.builder().longOpt("stall")
                .desc("with --fail-on-rank: the other ranks wait in a barrier rank R never joins").get());
        o.addOption(Option.builder().longOpt("exit-on-rank").hasArg().argName("R")
                .desc("rank R ends its process at once with exit code 3, the others wait in a barrier").get());
        return o;
    }

    @Override
    public int run(CommandLine line, PrintStream out) {
        Communicator world = MpiRuntime.world();
        int rank = world.rank();
        int size = world.size();
        long failOn = CommonOptions.longValue(line, "fail-on-rank", -1);
        long exitOn = CommonOptions.longValue(line, "exit-on-rank", -1);
        if (line.hasOption("stall") && failOn < 0) {
            throw new UsageException("--stall needs --fail-on-rank");
        }
        String where = "rank " + rank + " of " + size + " on " + host() + ", pid " + ProcessHandle.current().pid();
        List<byte[]> all = world.gather(where.getBytes(StandardCharsets.UTF_8), 0);
        out.println("MPI_COMM_WORLD: " + size + " ranks, thread level " + MpiRuntime.threadLevelName());
        for (byte[] b : all) {
            out.println("  " + new String(b, StandardCharsets.UTF_8));
        }
        if (rank == exitOn) {
            out.flush();
            Runtime.getRuntime().halt(3);
        }
        if (rank == failOn) {
            throw new IllegalStateException("failure injected on rank " + rank + " by --fail-on-rank");
        }
        if (exitOn >= 0 || line.hasOption("stall")) {
            world.barrier(); // never completes: a rank is missing
        }
        return Main.OK;
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown host";
        }
    }
}
