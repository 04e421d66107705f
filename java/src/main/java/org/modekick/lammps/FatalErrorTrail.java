package org.modekick.lammps;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * This LAMMPS build has no C++ exceptions: a LAMMPS error calls exit(1) and the JVM dies with it,
 * before any Java code can react. Its message still lands in the instance's own log file. The
 * launcher names a trail file in MODEKICK_LAMMPS_LOGS; each session appends its log's path there, and
 * when the process ends with a failure the launcher prints the ERROR lines of those logs.
 */
final class FatalErrorTrail {

    static final String ENVIRONMENT_VARIABLE = "MODEKICK_LAMMPS_LOGS";

    private FatalErrorTrail() {}

    static void record(Path logFile) {
        String trail = System.getenv(ENVIRONMENT_VARIABLE);
        if (trail == null || trail.isBlank()) {
            return;
        }
        try {
            Files.writeString(Path.of(trail), logFile.toAbsolutePath() + System.lineSeparator(),
                    StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            // The trail only improves a crash message; failing to write it must not stop the run.
            System.err.println("modekick: could not note the LAMMPS log in " + trail + ": " + e.getMessage());
        }
    }
}
