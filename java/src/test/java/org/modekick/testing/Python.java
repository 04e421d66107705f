package org.modekick.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
