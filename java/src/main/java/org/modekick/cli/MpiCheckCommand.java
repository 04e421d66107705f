package org.modekick.cli;

import java.io.PrintStream;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.cli.CommandLine;
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

    static final Flag FAIL_ON_RANK = Flag.of("fail-on-rank", "R", "rank R throws an exception");
    static final Flag STALL = Flag.toggle("stall",
            "with --fail-on-rank: the other ranks wait in a barrier rank R never joins");
    static final Flag EXIT_ON_RANK = Flag.of("exit-on-rank", "R",
            "rank R ends its process at once with exit code 3, the others wait in a barrier");

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
        FAIL_ON_RANK.addTo(o);
        STALL.addTo(o);
        EXIT_ON_RANK.addTo(o);
        return o;
    }

    @Override
    public int run(CommandLine line, PrintStream out, PrintStream err) {
        Communicator world = MpiRuntime.world();
        int rank = world.rank();
        int size = world.size();
        long failOn = FAIL_ON_RANK.longValue(line, -1);
        long exitOn = EXIT_ON_RANK.longValue(line, -1);
        if (STALL.isSet(line) && failOn < 0) {
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
            // an IllegalArgumentException, as a bug deep in the work would throw it: a failure (exit 1), not a usage error
            throw new IllegalArgumentException("failure injected on rank " + rank + " by --fail-on-rank");
        }
        if (exitOn >= 0 || STALL.isSet(line)) {
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
