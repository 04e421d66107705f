package org.modekick.excite;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.modekick.lammps.FireSettings;
import org.modekick.system.ParticleVector;

/**
 * A {@link KickRelaxer} whose LAMMPS runs in a child JVM ({@link RelaxerWorker}), for interactions that modekick
 * cannot screen in Java: LAMMPS in this build ends its process on an error ("Pair distance &lt; table inner cutoff",
 * "Lost atoms", an EAM density beyond its table), and here that process is the child. The parent sees the stream
 * end, reads LAMMPS's ERROR line from the child's log, keeps that log as {@code NAME-failed-K.log}, and throws
 * {@link LammpsFailedException}: the mode being searched ends as failed with LAMMPS's message, and the next
 * relaxation starts a fresh child (about a second: a JVM and LAMMPS defining r0 again). Nothing else is lost: the
 * journal and the other modes live in the parent.
 *
 * <p>The child runs the same {@link Relaxer} on the same numbers (r0, FIRE, thresholds as raw doubles), so a watched
 * relaxation is bit for bit an in-process one. It is started with this JVM's executable, options, class path and
 * modekick's system properties; MPI's variables are removed from its environment, so that its MPI is a singleton of
 * its own rather than a second copy of this rank.
 */
public final class WatchedRelaxer implements KickRelaxer {

    private final Reference reference;
    private final FireSettings fire;
    private final Thresholds thresholds;
    private final Path log;
    private final Arena arena = Arena.ofConfined();
    private final MemorySegment buffer;
    private Process child;
    private DataOutputStream toChild;
    private DataInputStream fromChild;
    private int failures;

    private WatchedRelaxer(Reference reference, FireSettings fire, Thresholds thresholds, Path log) {
        this.reference = reference;
        this.fire = fire;
        this.thresholds = thresholds;
        this.log = log.toAbsolutePath();
        this.buffer = ParticleVector.allocate(arena, reference.particles()).segment();
    }

    /** Starts the child (LAMMPS with r0 defined in it, logging to {@code log}). */
    public static WatchedRelaxer open(Reference reference, FireSettings fire, Thresholds thresholds, Path log) {
        WatchedRelaxer r = new WatchedRelaxer(reference, fire, thresholds, log);
        r.start();
        return r;
    }

    @Override
    public Reference reference() {
        return reference;
    }

    @Override
    public Path logFile() {
        return log;
    }

    @Override
    public void restartLog() {
        ensureChild();
        try {
            toChild.writeByte(RelaxerWire.RESTART_LOG);
            toChild.flush();
            answer("restarting its log");
        } catch (IOException e) {
            throw died("restarting its log", e);
        }
    }

    @Override
    public Relaxation relax(MemorySegment start, boolean earlyStop) {
        ensureChild();
        try {
            toChild.writeByte(RelaxerWire.RELAX);
            toChild.writeBoolean(earlyStop);
            RelaxerWire.writeSegment(toChild, start);
            toChild.flush();
            answer("relaxing a kicked state");
            return RelaxerWire.readRelaxation(fromChild, buffer);
        } catch (IOException e) {
            throw died("relaxing a kicked state", e);
        }
    }

    /** Reads the status byte of an answer; a Java failure in the child is rethrown here with its message. */
    private void answer(String what) throws IOException {
        byte status = fromChild.readByte();
        if (status == RelaxerWire.ERROR) {
            throw new IllegalStateException("the relaxer process failed " + what + ": " + fromChild.readUTF());
        }
    }

    private void ensureChild() {
        if (child == null) {
            start();
        }
    }

    private void start() {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin",
                "java").toString()));
        command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> !a.startsWith("-agentlib") && !a.startsWith("-javaagent")).toList());
        command.add("--enable-native-access=ALL-UNNAMED");
        for (String name : System.getProperties().stringPropertyNames()) {
            if (name.startsWith("modekick.") || name.equals("java.library.path")) {
                command.add("-D" + name + "=" + System.getProperty(name));
            }
        }
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(RelaxerWorker.class.getName());
        ProcessBuilder pb = new ProcessBuilder(command);
        Map<String, String> env = pb.environment();
        env.keySet().removeIf(k -> k.startsWith("OMPI_") || k.startsWith("PMIX_") || k.startsWith("PMI_")
                || k.startsWith("MODEKICK_LAMMPS_LOGS"));
        Path errors = log.resolveSibling(log.getFileName() + ".stderr");
        try {
            Files.createDirectories(log.getParent());
            pb.redirectError(ProcessBuilder.Redirect.to(errors.toFile()));
            child = pb.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the relaxer process (" + command.getFirst() + "): "
                    + e.getMessage(), e);
        }
        toChild = new DataOutputStream(new BufferedOutputStream(child.getOutputStream(), 1 << 16));
        fromChild = new DataInputStream(new BufferedInputStream(child.getInputStream(), 1 << 16));
        try {
            RelaxerWire.writeSetup(toChild, reference, fire, thresholds, log);
            answer("setting up r0");
        } catch (IOException e) {
            throw died("setting up r0", e);
        }
    }

    /**
     * The child ended (or its stream broke): LAMMPS's message from the log, the log kept under another name, and
     * the next call starts afresh.
     */
    private LammpsFailedException died(String what, IOException cause) {
        int exit;
        try {
            child.getOutputStream().close();
        } catch (IOException ignored) {
            // the stream of a dead process
        }
        try {
            if (!child.waitFor(30, TimeUnit.SECONDS)) {
                child.destroyForcibly();
                child.waitFor();
            }
            exit = child.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            child.destroyForcibly();
            exit = -1;
        }
        child = null;
        failures++;
        Path kept = log.resolveSibling(stem(log) + "-failed-" + failures + ".log");
        String error = lammpsError(log);
        try {
            Files.move(log, kept, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            kept = log;
        }
        String message = error != null ? "LAMMPS stopped " + what + ": " + error + " (log " + kept + ")"
                : "the relaxer process ended (exit " + exit + ") " + what + " without a LAMMPS error in its log " + kept
                        + " (" + cause.getClass().getSimpleName() + ")";
        return new LammpsFailedException(message);
    }

    private static String stem(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".log") ? name.substring(0, name.length() - 4) : name;
    }

    /** The first ERROR line of a LAMMPS log, and the last command if it names one. */
    static String lammpsError(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            String error = null;
            String last = null;
            for (String l : lines) {
                if (error == null && l.startsWith("ERROR")) {
                    error = l.strip();
                }
                if (l.startsWith("Last command:")) {
                    last = l.substring("Last command:".length()).strip();
                }
            }
            if (error == null) {
                return null;
            }
            return last == null ? error : error + "; last command: " + last;
        } catch (IOException e) {
            return null;
        }
    }

    @Override
    public void close() {
        if (child != null) {
            try {
                toChild.close();
                if (!child.waitFor(30, TimeUnit.SECONDS)) {
                    child.destroyForcibly();
                }
            } catch (IOException e) {
                child.destroyForcibly();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                child.destroyForcibly();
            }
            child = null;
        }
        try {
            Path errors = log.resolveSibling(log.getFileName() + ".stderr");
            if (Files.isRegularFile(errors) && Files.size(errors) == 0) {
                Files.delete(errors); // nothing said: no file to leave behind
            }
        } catch (IOException e) {
            // an empty file left behind harms nothing
        }
        arena.close();
    }
}
