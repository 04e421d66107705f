package org.modekick.prepare;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.modekick.io.OutputLock;
import org.modekick.lammps.CommandPath;
import org.modekick.lammps.FireSettings;
import org.modekick.lammps.LammpsSession;
import org.modekick.lammps.MinimizationResult;
import org.modekick.mpi.Communicator;

/**
 * Runs a preparation protocol of lammps-inputs/ in LAMMPS and keeps the result only if FIRE
 * converged: a non-converged minimisation is not an inherent structure, so no data file is left.
 * The script that ran is written beside the output, so the run can be repeated with plain lmp.
 */
public final class GlassPreparation {

    /** How the scripts of lammps-inputs/ take the seed, as LAMMPS echoes it into the log. */
    private static final Pattern SEED = Pattern.compile("^variable\\s+seed\\s+index\\s+(\\S+)", Pattern.MULTILINE);

    private final ModelSystem system;
    private final FireSettings fire;
    private final Map<String, String> extraVariables;

    public GlassPreparation(ModelSystem system, FireSettings fire, Map<String, String> extraVariables) {
        this.system = system;
        this.fire = fire;
        this.extraVariables = Map.copyOf(extraVariables);
    }

    /**
     * Prepares the glass into {@code output}, which is locked for the while ({@link OutputLock}: FILE.lock beside it),
     * so that two preparations of one file never write it at once.
     */
    public PreparationResult run(Communicator communicator, int atoms, long seed, Path output) {
        validate(atoms, seed);
        try (OutputLock lock = OutputLock.file(communicator, output, "modekick prepare")) {
            return prepare(communicator, atoms, seed, output);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot release the lock of " + output + ": " + e.getMessage(), e);
        }
    }

    private PreparationResult prepare(Communicator communicator, int atoms, long seed, Path output) {
        long start = System.nanoTime();
        Path dir = output.toAbsolutePath().getParent();
        if (communicator.isRoot()) {
            try {
                Files.createDirectories(dir);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create output directory " + dir, e);
            }
        }
        Path script = dir.resolve(system.script());
        if (communicator.isRoot()) {
            copyScript(script);
        }
        communicator.barrier(); // every rank reads the script rank 0 wrote
        Path partial = dir.resolve(partialName(output));
        Path log = log(output);
        MinimizationResult result;
        // write_data gets the partial file through a name LAMMPS's parser takes whatever the user's path holds
        try (CommandPath out = CommandPath.of(partial);
             LammpsSession lammps = LammpsSession.open(communicator, log)) {
            Map<String, String> variables = new LinkedHashMap<>(ModelSystem.scriptVariables(atoms, seed, out.text()));
            variables.putAll(extraVariables);
            lammps.commands(fire.asScriptVariables());
            lammps.runScript(script, variables);
            // the script resets the timestep to 0 right before minimize: the step is the FIRE count
            long iterations = lammps.timestep();
            // write_data re-initialises the system, after which thermo needs a fresh evaluation
            lammps.evaluate();
            result = lammps.lastMinimization(iterations, fire.forceTolerance());
        }
        try {
            if (communicator.isRoot() && !result.converged()) {
                Files.deleteIfExists(partial);
            }
            // the same words on every rank, so that an MPI job reports the failure once
            result.requireConverged("the " + system.cliName() + " quench (log " + log + ")");
            if (communicator.isRoot()) {
                Files.move(partial, output.toAbsolutePath(), StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + output, e);
        }
        return new PreparationResult(system, atoms, seed, output, log, result, (System.nanoTime() - start) * 1e-9);
    }

    /**
     * Refuses what this protocol cannot prepare (run does the same first): fewer than 2 particles, a box not
     * more than twice the cutoff, a seed outside LAMMPS's range.
     */
    public void validate(int atoms, long seed) {
        double cutoff = system.cutoff();
        double length = system.boxLength(atoms);
        if (atoms < 2) {
            throw new IllegalArgumentException("need at least 2 particles, got " + atoms);
        }
        if (!(length > 2 * cutoff)) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                    "N = %d gives a box of edge %.3f, not more than twice the cutoff %.3f; the minimum-image"
                            + " Hessian needs a larger system (at least N = %d)",
                    atoms, length, cutoff, smallestAtoms(cutoff)));
        }
        if (seed < 1 || seed > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("seed must be between 1 and " + Integer.MAX_VALUE + " (LAMMPS's range), got " + seed);
        }
    }

    /**
     * The name LAMMPS writes the glass under before it is moved to {@code output}: OUTPUT.partial, or, when the
     * output's name has characters LAMMPS's parser would act on, a plain name made from it.
     */
    static String partialName(Path output) {
        String name = output.getFileName() + ".partial";
        if (CommandPath.SAFE.matcher(name).matches()) {
            return name;
        }
        byte[] digest;
        try {
            digest = java.security.MessageDigest.getInstance("SHA-256").digest(name.getBytes(
                    java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
        return "prepare-" + java.util.HexFormat.of().formatHex(digest, 0, 6) + ".partial";
    }

    /** LAMMPS's log of the preparation that writes {@code output}, beside it. */
    public static Path log(Path output) {
        return output.toAbsolutePath().resolveSibling(output.getFileName() + ".lammps.log");
    }

    /** The seed that the preparation of {@code glass} ran with, as its log records it; empty without a log. */
    public static Optional<String> seedOf(Path glass) {
        Path log = log(glass);
        try {
            if (Files.isRegularFile(log)) {
                Matcher m = SEED.matcher(Files.readString(log));
                if (m.find()) {
                    return Optional.of(m.group(1));
                }
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // provenance only
        }
        return Optional.empty();
    }

    private int smallestAtoms(double cutoff) {
        int n = 2;
        while (!(system.boxLength(n) > 2 * cutoff)) {
            n++;
        }
        return n;
    }

    /**
     * The script beside the output, written under a name of its own and moved into place: preparations of other
     * outputs in the same directory share the file, and one must never read it half written by another.
     */
    private void copyScript(Path target) {
        String resource = "/lammps-inputs/" + system.script();
        try (InputStream in = GlassPreparation.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the LAMMPS input " + resource + " is missing from modekick's jar");
            }
            Path partial = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".partial");
            try {
                Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(partial);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
    }
}
