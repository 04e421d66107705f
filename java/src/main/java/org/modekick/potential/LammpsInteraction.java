package org.modekick.potential;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Any interaction the linked LAMMPS computes, as checked commands ({@link PotentialFile}); modekick knows nothing
 * of it but what LAMMPS returns: forces, energies, masses and its cutoff.
 */
public record LammpsInteraction(PotentialFile file, int atomTypes, String label) implements Interaction {

    /** Styles that are sums over pairs (LAMMPS's pair styles without many-body terms), by name. */
    private static final Set<String> PAIRWISE = Set.of("lj/cut", "lj/smooth/linear", "lj/smooth", "lj/expand",
            "lj96/cut", "lj/gromacs", "lj/mdf", "lj/cubic", "mie/cut", "harmonic/contact", "table", "morse",
            "morse/smooth/linear", "soft", "yukawa", "born", "buck", "gauss", "beck", "born/gauss", "ufm", "zbl",
            "coul/cut", "lj/cut/coul/cut", "lj/cut/coul/debye", "nm/cut", "dpd/tstat", "zero", "lennard/mdf", "python");

    public LammpsInteraction {
        Objects.requireNonNull(file);
        Objects.requireNonNull(label);
    }

    /** An interaction named after its potential file. */
    public static LammpsInteraction of(PotentialFile file, int atomTypes) {
        Path name = file.path().getFileName();
        return new LammpsInteraction(file, atomTypes, name == null ? "custom" : name.toString());
    }

    @Override
    public String units() {
        return file.units();
    }

    @Override
    public List<String> lammpsCommands() {
        return file.lammpsCommands();
    }

    @Override
    public Optional<ForceField> analytic() {
        return Optional.empty();
    }

    @Override
    public boolean manyBody() {
        return !PAIRWISE.contains(file.styleName());
    }

    @Override
    public List<String> provenance() {
        List<String> p = new ArrayList<>();
        p.add("units " + units());
        p.addAll(lammpsCommands());
        for (Path f : file.referencedFiles()) {
            p.add("# " + f + " sha256 " + sha256(f));
        }
        return p;
    }

    private static String sha256(Path f) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(java.nio.file.Files.readAllBytes(f)));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot read " + f + " (named by " + f + ")", e);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
