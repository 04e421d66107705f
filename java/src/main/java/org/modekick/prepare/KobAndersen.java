package org.modekick.prepare;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.modekick.potential.Interaction;
import org.modekick.potential.LammpsInteraction;
import org.modekick.potential.PotentialFile;

/** The interaction of the Kob-Andersen glass: lammps-inputs/ka.pot, as modekick's jar carries it. */
final class KobAndersen {

    static final String RESOURCE = "/lammps-inputs/ka.pot";

    private KobAndersen() {}

    static Interaction interaction() {
        try (InputStream in = KobAndersen.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the KA potential " + RESOURCE + " is missing from modekick's jar");
            }
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            PotentialFile f = PotentialFile.of(Path.of("lammps-inputs/ka.pot"), lines, 2, Map.of());
            return new LammpsInteraction(f, 2, "ka");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE + " from modekick's jar", e);
        }
    }
}
