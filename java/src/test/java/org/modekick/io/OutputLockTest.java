package org.modekick.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modekick.testing.Python;

/**
 * The lock of an output against another process: Python's fcntl.lockf takes the same POSIX lock as Java's
 * FileChannel.lock, so a Python process stands for another run (and, killed, for a run that died).
 */
class OutputLockTest {

    @TempDir
    Path dir;

    /** Whether another process can take the POSIX lock of {@code file} now. */
    static boolean lockableFromPython(Path file) throws Exception {
        String script = "import fcntl, sys\n"
                + "f = open(sys.argv[1], 'a+')\n"
                + "try:\n    fcntl.lockf(f, fcntl.LOCK_EX | fcntl.LOCK_NB); print('free')\n"
                + "except OSError:\n    print('held')\n";
        return Python.run(script, file.toString()).strip().equals("free");
    }

    @Test
    void aSecondProcessIsRefusedNamingTheHolderAndGetsTheLockOnceTheHolderIsKilled() throws Exception {
        Path out = dir.resolve("run");
        Process other = Python.holdLock(out.resolve(OutputLock.FILE), "modekick excite, pid 4242 on host elsewhere");
        try {
            OutputLock.HeldException e = assertThrows(OutputLock.HeldException.class,
                    () -> OutputLock.directory(out, "modekick excite"));
            assertTrue(e.getMessage().contains(out + " is in use by another run")
                    && e.getMessage().contains("pid 4242 on host elsewhere"), e.getMessage());
        } finally {
            other.destroyForcibly(); // SIGKILL: the OS releases its lock, its lock file stays
            assertTrue(other.waitFor(10, TimeUnit.SECONDS));
        }
        assertTrue(Files.exists(out.resolve(OutputLock.FILE)), "a killed holder leaves its lock file");
        try (OutputLock lock = OutputLock.directory(out, "modekick excite")) {
            assertFalse(lockableFromPython(out.resolve(OutputLock.FILE)), "held against other processes");
            // read by another process: a descriptor of the lock file opened and closed here would release it
            String holder = Python.run("import sys; print(open(sys.argv[1]).read(), end='')",
                    out.resolve(OutputLock.FILE).toString());
            assertTrue(holder.startsWith("modekick excite, pid " + ProcessHandle.current().pid() + " on host "), holder);
            assertTrue(holder.contains(", started 20"), holder);
            assertFalse(lockableFromPython(out.resolve(OutputLock.FILE)), "still held");
        }
        assertFalse(Files.exists(out.resolve(OutputLock.FILE)), "released: the lock file is gone");
    }

    @Test
    void aSecondRunInTheSameProcessIsRefusedToo() throws Exception {
        Path out = dir.resolve("run");
        try (OutputLock lock = OutputLock.directory(out, "modekick modes")) {
            OutputLock.HeldException e = assertThrows(OutputLock.HeldException.class,
                    () -> OutputLock.directory(out.resolve(".").resolve("..").resolve("run"), "modekick modes"));
            assertTrue(e.getMessage().contains("(this process)"), e.getMessage());
            assertFalse(lockableFromPython(out.resolve(OutputLock.FILE)), "the refusal did not release the lock");
        }
        try (OutputLock again = OutputLock.directory(out, "modekick modes")) {
            assertTrue(Files.exists(out.resolve(OutputLock.FILE)));
        }
    }

    @Test
    void aDirectoryMadeForTheLockAndLeftEmptyIsRemoved() throws Exception {
        Path fresh = dir.resolve("a").resolve("fresh");
        OutputLock.directory(fresh, "modekick modes").close();
        assertFalse(Files.exists(fresh), "a refused or empty run leaves no directory");
        Path used = dir.resolve("used");
        try (OutputLock lock = OutputLock.directory(used, "modekick modes")) {
            Files.writeString(used.resolve("modes.csv"), "k\n");
        }
        assertTrue(Files.exists(used.resolve("modes.csv")));
        assertFalse(Files.exists(used.resolve(OutputLock.FILE)));
    }

    @Test
    void aSingleFileIsLockedBesideIt() throws Exception {
        Path glass = dir.resolve("glasses").resolve("g.data");
        Process other = Python.holdLock(dir.resolve("glasses").resolve("g.data.lock"), "modekick prepare, pid 7");
        try {
            OutputLock.HeldException e = assertThrows(OutputLock.HeldException.class,
                    () -> OutputLock.file(glass, "modekick prepare"));
            assertTrue(e.getMessage().contains("modekick prepare, pid 7"), e.getMessage());
        } finally {
            other.destroyForcibly();
            other.waitFor(10, TimeUnit.SECONDS);
        }
        try (OutputLock lock = OutputLock.file(glass, "modekick prepare")) {
            assertTrue(Files.exists(dir.resolve("glasses").resolve("g.data.lock")));
        }
        assertFalse(Files.exists(dir.resolve("glasses").resolve("g.data.lock")));
    }
}
