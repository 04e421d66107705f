package org.modekick.prepare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.modekick.potential.Interaction;

class KobAndersenTest {

    private static final Path INPUTS = Path.of(System.getProperty("modekick.lammps.inputs", "../lammps-inputs"));

    /** The words of a command line, white space normalised, comments dropped. */
    private static String normalised(String line) {
        int hash = line.indexOf('#');
        return String.join(" ", (hash >= 0 ? line.substring(0, hash) : line).strip().split("\\s+"));
    }

    @Test
    void thePreparationScriptDefinesTheInteractionOfKaPot() throws IOException {
        List<String> script = Files.readAllLines(INPUTS.resolve("prepare-ka.in")).stream()
                .map(KobAndersenTest::normalised).toList();
        Interaction ka = ModelSystem.KA.interaction();
        assertEquals(2, ka.atomTypes());
        assertTrue(ka.analytic().isEmpty(), "KA goes through LAMMPS's forces");
        assertFalse(ka.manyBody());
        for (String c : ka.lammpsCommands()) {
            assertTrue(script.contains(normalised(c)), "prepare-ka.in runs '" + c + "' as ka.pot does");
        }
        // the paper's parameters: eps_AB 1.5, sigma_AB 0.8, eps_BB 0.5, sigma_BB 0.88, cutoffs 2.5 sigma_ab
        assertEquals(List.of("pair_style lj/cut 2.5", "pair_coeff 1 1 1.0 1.0 2.5", "pair_coeff 1 2 1.5 0.8 2.0",
                "pair_coeff 2 2 0.5 0.88 2.2", "pair_modify shift yes", "mass * 1.0"),
                ka.lammpsCommands().stream().map(KobAndersenTest::normalised).toList());
        assertEquals(Math.cbrt(1000 / 1.2), ModelSystem.KA.boxLength(1000), 1e-12);
    }
}
