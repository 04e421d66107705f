package org.modekick.dispatch;

import java.lang.foreign.Arena;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.IntStream;
import org.modekick.excite.ModeOutcome;
import org.modekick.mpi.Communicator;
import org.modekick.mpi.MpiRuntime;
import org.modekick.mpi.ReduceOp;
import org.modekick.mpi.TaskGroups;

/**
 * Run under {@code mpirun -np P} by {@link ParallelDispatchTest}: the task groups' queue over real MPI, with
 * made-up work instead of LAMMPS (a collective call per mode on the group's communicator, as LAMMPS makes
 * them, and final states of 6000 doubles). Arguments: ranks per task, and the rank whose worker fails after
 * its first mode (-1: none). Prints "dispatch probe passed" on rank 0 and exits 0, or what failed and exits 1.
 */
public final class DispatchProbe {

    private static final List<Integer> MODES = IntStream.rangeClosed(1, 15).boxed().toList();
    private static final int PARTICLES = 2000;

    public static void main(String[] args) {
        Communicator world = MpiRuntime.world();
        int rank = world.rank();
        TaskGroups groups = new TaskGroups(world.size(), Integer.parseInt(args[0]));
        int failing = Integer.parseInt(args[1]);
        List<String> failures = new ArrayList<>();
        List<Integer> recorded = Collections.synchronizedList(new ArrayList<>());
        int[] done = {0};
        Throwable thrown = null;
        try (Arena expected = Arena.ofShared()) {
            ModeDispatcher.Recorder recorder = o -> {
                int k = o.result().k();
                ModeOutcome sent = outcome(k, expected);
                if (!sent.result().equals(o.result()) || (sent.finalState() == null) != (o.finalState() == null)
                        || (sent.finalState() != null && sent.finalState().mismatch(o.finalState()) != -1)) {
                    failures.add("mode " + k + " arrived changed");
                }
                recorded.add(k);
            };
            TaskGroupRun.run(world, groups, rank == 0 ? MODES : List.of(), rank == 0 ? recorder : null,
                    (group, index, queue) -> {
                        try (Arena arena = Arena.ofConfined()) {
                            OptionalInt k = queue.next(null);
                            while (k.isPresent()) {
                                int mode = k.getAsInt();
                                // every rank of a group must work on the same mode, in step
                                if (group.allreduce(mode, ReduceOp.MAX) != group.allreduce(mode, ReduceOp.MIN)) {
                                    failures.add("the ranks of group " + index + " got different modes");
                                }
                                Thread.sleep(mode % 3 == 0 ? 40 : 5); // modes differ in cost
                                done[0]++;
                                if (rank == failing) {
                                    throw new IllegalStateException("probe failure on rank " + rank);
                                }
                                k = queue.next(outcome(mode, arena));
                            }
                        }
                    });
        } catch (Throwable e) {
            thrown = e;
        }
        if (failing < 0) {
            if (thrown != null) {
                failures.add("threw " + thrown);
            }
            if (rank == 0 && !MODES.equals(recorded.stream().sorted().toList())) {
                failures.add("recorded " + recorded + ", expected each of " + MODES + " once");
            }
            int[] counts = world.allgather(done[0]);
            if (rank == 0) {
                for (int r = 0; r < counts.length; r++) {
                    int leader = groups.leaderOf(groups.groupOf(r));
                    if (counts[r] != counts[leader]) {
                        failures.add("rank " + r + " did " + counts[r] + " modes, its leader " + counts[leader]);
                    }
                }
                if (IntStream.of(counts).sum() != MODES.size() * groups.ranksPerTask()) {
                    failures.add("modes done per rank " + java.util.Arrays.toString(counts));
                }
            }
        } else if (rank == 0 || rank == failing) {
            String expected = rank == failing ? "probe failure on rank " + rank : "rank " + failing + " failed";
            if (thrown == null || !String.valueOf(thrown.getMessage()).contains(expected)) {
                failures.add("rank " + rank + " should have thrown '" + expected + "', threw " + thrown);
            }
        } else if (thrown != null) {
            failures.add("rank " + rank + " threw " + thrown);
        }
        int bad = world.allreduce(failures.isEmpty() ? 0 : 1, ReduceOp.SUM);
        failures.forEach(f -> System.out.println("FAILED on rank " + rank + ": " + f));
        if (rank == 0 && bad == 0) {
            System.out.println("dispatch probe passed on " + groups.describe()
                    + (failing >= 0 ? ", rank " + failing + " failing" : ""));
        }
        System.out.flush();
        MpiRuntime.finish();
        System.exit(bad == 0 ? 0 : 1);
    }

    private static ModeOutcome outcome(int k, Arena arena) {
        return new ModeOutcome(Outcomes.result(k), k % 2 == 0 ? Outcomes.state(k, PARTICLES, arena) : null);
    }
}
