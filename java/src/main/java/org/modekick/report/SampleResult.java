package org.modekick.report;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One sample of a study as the caller names it: which potential, how many particles, which seed, and
 * the directory holding its {@code modes/} and {@code excite/} outputs.
 *
 * @param system "harmonic" or "lj" (any other name is carried through as a label)
 * @param n the particle number N
 * @param seed the seed that made the glass
 * @param directory the sample's directory
 */
public record SampleResult(String system, int n, long seed, Path directory) {

    public SampleResult {
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(directory, "directory");
        if (system.isBlank()) {
            throw new IllegalArgumentException("blank system name");
        }
        if (n <= 0) {
            throw new IllegalArgumentException("N must be positive: " + n);
        }
    }

    /** The sample's name in tables: its directory's last component. */
    public String name() {
        Path file = directory.toAbsolutePath().normalize().getFileName();
        return file == null ? directory.toString() : file.toString();
    }
}
