package org.modekick.mpi;

/**
 * The ranks of a job split into task groups of {@code ranksPerTask} consecutive ranks: group g holds ranks
 * g R .. g R + R - 1 and its leader is the first of them. Each group runs one task at a time on its own
 * communicator ({@link Communicator#split} with color = {@link #groupOf} and key = the rank), e.g. one
 * LAMMPS instance domain-decomposed over its R ranks.
 *
 * @param ranks the ranks of the job (P)
 * @param ranksPerTask ranks per group (R); P must be a multiple of R
 */
public record TaskGroups(int ranks, int ranksPerTask) {

    public TaskGroups {
        if (ranks < 1 || ranksPerTask < 1) {
            throw new IllegalArgumentException("cannot split " + ranks + " ranks into groups of " + ranksPerTask);
        }
        if (ranks % ranksPerTask != 0) {
            throw new IllegalArgumentException(ranks + (ranks == 1 ? " MPI rank" : " MPI ranks")
                    + " cannot be split into task groups of " + ranksPerTask
                    + ": the number of ranks must be a multiple of the ranks per task");
        }
    }

    /** How many groups. */
    public int count() {
        return ranks / ranksPerTask;
    }

    /** The group that {@code rank} belongs to. */
    public int groupOf(int rank) {
        check(rank);
        return rank / ranksPerTask;
    }

    /** The rank that leads group {@code group}: the one that talks to the others on the group's behalf. */
    public int leaderOf(int group) {
        if (group < 0 || group >= count()) {
            throw new IndexOutOfBoundsException("group " + group + " of " + count());
        }
        return group * ranksPerTask;
    }

    public boolean isLeader(int rank) {
        check(rank);
        return rank % ranksPerTask == 0;
    }

    public String describe() {
        return ranks + (ranks == 1 ? " rank" : " ranks") + " in " + count()
                + (count() == 1 ? " task group" : " task groups") + " of " + ranksPerTask;
    }

    private void check(int rank) {
        if (rank < 0 || rank >= ranks) {
            throw new IndexOutOfBoundsException("rank " + rank + " of " + ranks);
        }
    }
}
