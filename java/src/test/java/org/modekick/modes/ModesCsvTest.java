package org.modekick.modes;

import org.modekick.testing.Python;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModesCsvTest {

    @TempDir
    Path dir;

    /** Every double survives the text round trip exactly, in Java and in numpy. */
    @Test
    void roundTripIsExactInJavaAndNumpy() throws Exception {
        SplittableRandom random = new SplittableRandom(8);
        List<ModeSummary> rows = new ArrayList<>();
        for (int k = 1; k <= 25; k++) {
            double lambda = random.nextDouble() * Math.pow(10, random.nextInt(-12, 3));
            rows.add(new ModeSummary(k, lambda, Math.sqrt(lambda), random.nextDouble(), random.nextDouble()));
        }
        rows.add(new ModeSummary(26, -1e-13, -Math.sqrt(1e-13), 1.0 / 3.0, 0.0)); // an unstable mode
        Path file = dir.resolve("modes.csv");
        ModesCsv.write(file, rows);
        assertEquals(ModesCsv.HEADER, Files.readAllLines(file).get(0));
        assertEquals(rows, ModesCsv.read(file));

        String out = Python.run("""
                import sys, numpy as np
                a = np.genfromtxt(sys.argv[1], delimiter=',', names=True)
                print(','.join(a.dtype.names))
                for r in a:
                    print(int(r['k']), *[float(r[n]).hex() for n in ('lambda', 'omega', 'P', 'O')])
                """, file.toString());
        String[] lines = out.strip().split("\n");
        assertEquals(ModesCsv.HEADER, lines[0]);
        for (int i = 0; i < rows.size(); i++) {
            ModeSummary r = rows.get(i);
            String[] f = lines[i + 1].trim().split(" ");
            assertEquals(r.k(), Integer.parseInt(f[0]));
            double[] expected = {r.lambda(), r.omega(), r.participation(), r.phononOrder()};
            for (int c = 0; c < 4; c++) {
                // float.hex() is a Java hexadecimal floating-point literal: exact
                assertEquals(expected[c], Double.parseDouble(f[c + 1]), 0.0, "row " + (i + 1) + " column " + c);
            }
        }
    }
}
