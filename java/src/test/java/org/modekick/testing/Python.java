package org.modekick.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs Debian's system Python with numpy (/usr/bin/python3, python3-numpy) for cross-checks. A missing
 * interpreter or numpy fails the calling test: it must not pass without the check.
 */
public final class Python {

    public static final String INTERPRETER = "/usr/bin/python3";

    private Python() {}

    /**
     * A Python process holding the POSIX lock of {@code file} (fcntl.lockf: the lock Java's FileChannel.lock takes)
     * with {@code holder} written in it, until it is killed: another run, as far as the lock is concerned.
     */
    public static Process holdLock(Path file, String holder) throws IOException {
        String script = "import fcntl, sys, time\n"
                + "f = open(sys.argv[1], 'a+')\n"
                + "fcntl.lockf(f, fcntl.LOCK_EX | fcntl.LOCK_NB)\n"
                + "f.truncate(0); f.write(sys.argv[2] + '\\n'); f.flush()\n"
                + "print('held', flush=True)\n"
                + "time.sleep(600)\n";
        Files.createDirectories(file.toAbsolutePath().getParent());
        Process p = new ProcessBuilder(INTERPRETER, "-c", script, file.toString(), holder).redirectErrorStream(true)
                .start();
        String first = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8)).readLine();
        if (!"held".equals(first)) {
            p.destroyForcibly();
            throw new AssertionError("python could not take the lock of " + file + ": " + first);
        }
        return p;
    }

    /** Runs a script with arguments and returns its standard output; fails on a non-zero exit. */
    public static String run(String script, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(INTERPRETER, "-c", script));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("python timed out");
        }
        if (p.exitValue() != 0) {
            throw new AssertionError(INTERPRETER + " failed (is python3-numpy installed?):\n" + out);
        }
        return out;
    }
}
