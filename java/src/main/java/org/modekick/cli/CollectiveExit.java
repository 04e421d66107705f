package org.modekick.cli;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.modekick.mpi.Communicator;

/**
 * One command run by every rank of an MPI job, ending as one: rank 0 alone prints the report, every rank
 * returns the same exit code, and errors are printed once, by rank 0, with the ranks they came from.
 * <p>
 * Each rank runs the command with its standard output discarded (except on rank 0) and its error stream
 * captured. The ranks then agree on the exit code (the maximum) on a duplicate of the world communicator,
 * so that this agreement can never be mistaken for one of the command's own collective calls. A rank that
 * failed waits for the others only {@code patience}: if some rank has not arrived by then it is most likely
 * blocked for good in a collective call the failed rank will never make, and the failed rank prints its
 * error itself and ends the job with MPI_Abort. A rank that died outright (killed, or LAMMPS's exit(1))
 * never gets here; mpirun then ends the others and says which rank exited.
 */
final class CollectiveExit {

    /** Runs a command with the given output and error streams; returns its exit code. */
    interface Body {
        int run(PrintStream out, PrintStream err);
    }

    private CollectiveExit() {}

    static int run(Communicator world, Duration patience, Body body, PrintStream out, PrintStream err) {
        int rank = world.rank();
        int size = world.size();
        Communicator control = world.duplicate();
        try {
            ByteArrayOutputStream captured = new ByteArrayOutputStream();
            PrintStream rankErr = new PrintStream(captured, true, StandardCharsets.UTF_8);
            PrintStream rankOut = rank == 0 ? out : new PrintStream(OutputStream.nullOutputStream());
            int code;
            try {
                code = body.run(rankOut, rankErr);
            } catch (Throwable t) { // OutOfMemoryError and the like: still agree, or the others would hang
                rankErr.println("modekick: " + t);
                code = Main.FAILED;
            }
            rankOut.flush();
            rankErr.flush();
            OptionalInt agreed = control.maxWithin(code, code == Main.OK ? null : patience);
            if (agreed.isEmpty()) {
                err.print(prefixed(captured.toString(StandardCharsets.UTF_8), "[rank " + rank + "] "));
                err.printf("modekick: rank %d of %d failed (exit code %d) and the other ranks did not finish within"
                        + " %d s, most likely waiting for it in a collective operation: aborting the MPI job%n",
                        rank, size, code, patience.toSeconds());
                err.flush();
                world.abort(code);
            }
            List<byte[]> messages = control.gather(captured.toByteArray(), 0);
            if (rank == 0) {
                err.print(merge(messages));
                err.flush();
            }
            return agreed.getAsInt();
        } finally {
            control.free();
        }
    }

    /**
     * The ranks' error texts as one: a text every rank wrote alike once as it is, otherwise each distinct
     * text with the ranks that wrote it in front of every line.
     */
    static String merge(List<byte[]> messages) {
        Map<String, List<Integer>> byText = new LinkedHashMap<>();
        for (int r = 0; r < messages.size(); r++) {
            byText.computeIfAbsent(new String(messages.get(r), StandardCharsets.UTF_8), t -> new ArrayList<>()).add(r);
        }
        if (byText.size() == 1) {
            return byText.keySet().iterator().next();
        }
        StringBuilder sb = new StringBuilder();
        byText.forEach((text, ranks) -> {
            if (!text.isEmpty()) {
                String who = ranks.size() == 1 ? "rank " + ranks.getFirst() : "ranks " + ranges(ranks);
                sb.append(prefixed(text, "[" + who + "] "));
            }
        });
        return sb.toString();
    }

    /** 0,1,2,5 as "0-2,5" (ranks, or modes). */
    static String ranges(List<Integer> ranks) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < ranks.size(); i++) {
            int start = ranks.get(i);
            int end = start;
            while (i + 1 < ranks.size() && ranks.get(i + 1) == end + 1) {
                end = ranks.get(++i);
            }
            sb.append(sb.isEmpty() ? "" : ",").append(start).append(end > start ? "-" + end : "");
        }
        return sb.toString();
    }

    private static String prefixed(String text, String prefix) {
        if (text.isEmpty()) {
            return text;
        }
        StringBuilder sb = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            if (!line.isEmpty()) {
                sb.append(prefix).append(line).append('\n');
            }
        }
        return sb.toString();
    }
}
