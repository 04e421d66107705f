package org.modekick.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.modekick.mpi.Agreement;
import org.modekick.mpi.Communicator;

/**
 * The exclusive hold of one run on an output for the life of the run: an OS file lock (fcntl, through
 * {@link FileChannel#tryLock}) on DIR/modekick.lock for a directory, FILE.lock for a single file. A second run is
 * refused with a message naming the holder, whose pid, host, start time and command the lock file holds. The OS
 * releases the lock of a process that ends in any way (killed, out of memory, LAMMPS's exit(1)), so a lock file
 * left by a dead run never blocks: the next run takes it over. A run that ends normally deletes the file.
 *
 * <p>Deleting a lock file races with a run that opened it just before: that run would then lock a file no longer
 * in the directory while a third creates and locks a new one. So the holder deletes the file while it still holds
 * the lock, and a run that has just got a lock checks that the name still names the file it opened (the same file
 * key, from stat, before the open, after it and after the lock); otherwise it tries again.
 *
 * <p>POSIX locks belong to the process, and closing <em>any</em> descriptor of the file, in any thread, releases
 * them. So nothing in this process opens a lock file it holds: the locks held here are also kept in a table of the
 * process (the one piece of process-wide state, mirroring the OS's own), and a second run in the same JVM is
 * refused from that table before it opens anything.
 *
 * <p>On a file system without POSIX locks (some parallel file systems) the lock cannot be taken: the run then goes
 * on with a warning on stderr, since refusing would make modekick unusable there.
 */
public final class OutputLock implements AutoCloseable {

    /** The lock file of a directory. */
    public static final String FILE = "modekick.lock";

    private static final int ATTEMPTS = 5;

    /** The lock files this process holds, with their holder line: the OS's table of this process's locks. */
    private static final ConcurrentMap<Path, String> HELD_HERE = new ConcurrentHashMap<>();

    /** Refused: another run holds the output. */
    public static final class HeldException extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        HeldException(String message) {
            super(message);
        }
    }

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;
    /**
     * The directories that taking the lock created, innermost first: removed again on release as far as nothing else
     * was written there.
     */
    private java.util.List<Path> created = java.util.List.of();

    private OutputLock(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    /** No lock: what the ranks that do not write hold, and a file system that has no locks. */
    public static OutputLock none() {
        return new OutputLock(null, null, null);
    }

    /**
     * Locks directory {@code dir} for {@code command} (e.g. "modekick excite"); the directories created here and
     * left empty by the run (refused, say) are removed again on release.
     */
    public static OutputLock directory(Path dir, String command) throws IOException {
        return inDirectory(dir, dir.resolve(FILE), dir, command);
    }

    /** Locks {@code lockFile} in {@code dir}, which is created if needed (and removed again if left empty). */
    private static OutputLock inDirectory(Path dir, Path lockFile, Path output, String command) throws IOException {
        java.util.List<Path> missing = new java.util.ArrayList<>();
        for (Path p = dir.toAbsolutePath().normalize(); p != null && !Files.isDirectory(p); p = p.getParent()) {
            missing.add(p);
        }
        Files.createDirectories(dir);
        OutputLock lock;
        try {
            lock = acquire(lockFile, output, command);
        } catch (IOException | RuntimeException e) {
            removeIfEmpty(missing);
            throw e;
        }
        lock.created = missing;
        return lock;
    }

    /** Removes {@code dirs}, innermost first, as long as they are empty. */
    private static void removeIfEmpty(java.util.List<Path> dirs) {
        for (Path d : dirs) {
            try {
                Files.deleteIfExists(d);
            } catch (IOException e) {
                return; // not empty (the run wrote there): neither is anything above it
            }
        }
    }

    /** Locks the single output {@code file} through FILE.lock beside it (its directory is created if needed). */
    public static OutputLock file(Path file, String command) throws IOException {
        Path absolute = file.toAbsolutePath();
        return inDirectory(absolute.getParent(), absolute.resolveSibling(absolute.getFileName() + ".lock"), file,
                command);
    }

    /**
     * {@link #directory} under MPI: rank 0, the one writer, takes the lock, and every rank learns whether it got it
     * (the others hold {@link #none()}); every rank of {@code world} calls this.
     */
    public static OutputLock directory(Communicator world, Path dir, String command) {
        return Agreement.run(world, "locking " + dir, () -> world.isRoot() ? unchecked(() -> directory(dir, command))
                : none());
    }

    /** {@link #file} under MPI, as {@link #directory(Communicator, Path, String)}. */
    public static OutputLock file(Communicator world, Path file, String command) {
        return Agreement.run(world, "locking " + file, () -> world.isRoot() ? unchecked(() -> file(file, command))
                : none());
    }

    private interface Acquisition {
        OutputLock get() throws IOException;
    }

    private static OutputLock unchecked(Acquisition a) {
        try {
            return a.get();
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        }
    }

    private static OutputLock acquire(Path lockFile, Path output, String command) throws IOException {
        Path key = lockFile.getParent().toRealPath().resolve(lockFile.getFileName());
        String holder = holder(command);
        String here = HELD_HERE.putIfAbsent(key, holder);
        if (here != null) {
            throw held(output, key, here + " (this process)");
        }
        try {
            OutputLock lock = lock(key, output, holder);
            if (lock.channel == null) {
                HELD_HERE.remove(key);
            }
            return lock;
        } catch (IOException | RuntimeException e) {
            HELD_HERE.remove(key);
            throw e;
        }
    }

    private static OutputLock lock(Path lockFile, Path output, String holder) throws IOException {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Object before = key(lockFile);
            FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            Object opened = key(lockFile);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                channel.close(); // another holder in this JVM, outside the table: cannot happen
                throw held(output, lockFile, "this process");
            } catch (IOException e) {
                channel.close();
                System.err.println("modekick: warning: cannot lock " + output + " (" + e.getMessage() + "; the file"
                        + " system may not support locks): make sure no other run writes there");
                return none();
            }
            if (lock == null) {
                channel.close();
                throw held(output, lockFile, readQuietly(lockFile).strip());
            }
            Object locked = key(lockFile);
            if (opened != null && opened.equals(locked) && (before == null || before.equals(opened))) {
                channel.truncate(0);
                channel.write(ByteBuffer.wrap((holder + "\n").getBytes(StandardCharsets.UTF_8)), 0);
                channel.force(true);
                return new OutputLock(lockFile, channel, lock);
            }
            lock.release(); // the file we locked was deleted by its last holder meanwhile: take the new one
            channel.close();
        }
        throw new IOException("could not lock " + output + ": " + lockFile + " kept changing under " + ATTEMPTS
                + " attempts (several runs starting at once?)");
    }

    /** The file key (device and inode) of what {@code file} names now, from stat (no descriptor); null if none. */
    private static Object key(Path file) throws IOException {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class).fileKey();
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    private static HeldException held(Path output, Path lockFile, String holder) {
        String who = holder.isEmpty() ? "another run (just starting)" : holder;
        return new HeldException(output + " is in use by another run: " + who + " holds its lock (" + lockFile
                + "); wait for that run to end, or write to another -o");
    }

    /** "modekick excite, pid 1234 on host h, started 2026-12-02T15:40:01Z". */
    private static String holder(String command) {
        return command + ", pid " + ProcessHandle.current().pid() + " on host " + host() + ", started "
                + Instant.now().truncatedTo(ChronoUnit.SECONDS);
    }

    /** The host name without a name-service lookup, which can hang where DNS is broken. */
    private static String host() {
        String name = System.getenv("HOSTNAME");
        if (name == null || name.isBlank()) {
            try {
                name = Files.readString(Path.of("/proc/sys/kernel/hostname")).strip();
            } catch (IOException | RuntimeException e) {
                name = "";
            }
        }
        return name.isBlank() ? "unknown" : name;
    }

    private static String readQuietly(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return ""; // gone meanwhile, or unreadable: the message then says less
        }
    }

    /** Deletes the lock file while still holding the lock, then lets go. */
    @Override
    public void close() throws IOException {
        if (channel == null || !channel.isOpen()) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } finally {
            lock.release();
            channel.close();
            HELD_HERE.remove(file);
        }
        removeIfEmpty(created);
    }
}
