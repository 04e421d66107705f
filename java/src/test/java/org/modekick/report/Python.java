package org.modekick.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs Debian's python3 with numpy (python3-numpy, installed by ci/install-packages.sh) to read the
 * report's files as a Python user would. A missing interpreter fails the test: the check must happen.
 */
final class Python {

    static final String INTERPRETER = "/usr/bin/python3";

    private Python() {}

    static String run(String script, String... args) throws IOException, InterruptedException {
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
