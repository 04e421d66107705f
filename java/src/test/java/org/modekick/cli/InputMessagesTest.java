package org.modekick.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Messages that say what is wrong with a file a user gave: not text, a directory, a file where a directory goes. */
class InputMessagesTest {

    @TempDir
    Path dir;

    @Test
    void aBinaryDataFileIsNamedAndSaidNotToBeText() throws Exception {
        Path binary = dir.resolve("glass.bin");
        Files.write(binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, (byte) 0xff, (byte) 0xfe, 10, 1, 2});
        for (String command : new String[] {"modes", "excite"}) {
            CommandRun r = CommandRun.of(command, binary.toString(), "--system", "harmonic", "--count", "3", "-o",
                    dir.resolve("out-" + command).toString());
            assertEquals(1, r.code(), r.err());
            assertTrue(r.err().contains(binary + ":1: not a text file"), r.err());
            assertFalse(r.err().contains("Input length"), r.err());
        }
        // valid UTF-8 with a NUL byte further down is binary too, and the line is named
        Path nul = dir.resolve("nul.data");
        Files.write(nul, "LAMMPS data file\n\n2 atoms\n\0\0\0\n".getBytes());
        CommandRun r = CommandRun.of("modes", nul.toString(), "--system", "harmonic", "--count", "3", "-o",
                dir.resolve("m").toString());
        assertTrue(r.err().contains(nul + ":4: not a text file"), r.err());
    }

    @Test
    void aBinaryFileInAModesDirectoryIsNamed() throws Exception {
        Path glass = dir.resolve("g.data");
        Files.writeString(glass, "LAMMPS data file\n\n2 atoms\n1 atom types\n\n0 5 xlo xhi\n0 5 ylo yhi\n0 5 zlo zhi\n\n"
                + "Atoms # atomic\n\n1 1 0.5 0.5 0.5\n2 1 2.5 2.5 2.5\n");
        Path modes = Files.createDirectories(dir.resolve("modes"));
        // the bad bytes on line 2: a Reader, decoding ahead, blamed line 1
        byte[] header = "k,lambda,omega,P,O\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] csv = java.util.Arrays.copyOf(header, header.length + 3);
        csv[header.length] = (byte) 0xc3;
        csv[header.length + 1] = (byte) 0x28;
        csv[header.length + 2] = '\n';
        Files.write(modes.resolve("modes.csv"), csv);
        CommandRun r = CommandRun.of("excite", glass.toString(), "--system", "harmonic", "--modes", modes.toString(),
                "-o", dir.resolve("ex").toString());
        assertTrue(r.code() != 0, r.err());
        assertTrue(r.err().contains(modes.resolve("modes.csv") + ":2: not a text file"), r.err());
        assertFalse(r.err().contains("Input length"), r.err());
    }

    @Test
    void aDirectoryGivenAsInputIsSaidToBeOne() throws Exception {
        Path input = Files.createDirectories(dir.resolve("glasses"));
        for (String[] args : new String[][] {
            {"modes", input.toString(), "--system", "harmonic", "--count", "3", "-o", dir.resolve("m").toString()},
            {"excite", input.toString(), "--system", "harmonic", "--count", "3", "-o", dir.resolve("e").toString()},
            {"study", "--data", input.toString(), "--system", "harmonic", "-o", dir.resolve("s").toString()},
        }) {
            CommandRun r = CommandRun.of(args);
            assertEquals(2, r.code(), r.err());
            assertTrue(r.err().contains(input + " is a directory, not a LAMMPS data file"), r.err());
        }
        assertFalse(Files.exists(dir.resolve("m")) || Files.exists(dir.resolve("e")) || Files.exists(dir.resolve("s")));
    }

    @Test
    void anExistingFileWhereADirectoryIsWrittenIsRefusedUpFront() throws Exception {
        Path glass = dir.resolve("g.data");
        Files.writeString(glass, "LAMMPS data file\n\n2 atoms\n1 atom types\n\n0 5 xlo xhi\n0 5 ylo yhi\n0 5 zlo zhi\n\n"
                + "Atoms # atomic\n\n1 1 0.5 0.5 0.5\n2 1 2.5 2.5 2.5\n");
        Path file = dir.resolve("results.txt");
        Files.writeString(file, "keep me\n");
        for (String command : new String[] {"modes", "excite"}) {
            CommandRun r = CommandRun.of(command, glass.toString(), "--system", "harmonic", "--count", "3", "-o",
                    file.toString());
            assertEquals(2, r.code(), r.err());
            assertTrue(r.err().contains("-o " + file + " is an existing file, not a directory"), r.err());
        }
        CommandRun below = CommandRun.of("modes", glass.toString(), "--system", "harmonic", "--count", "3", "-o",
                file.resolve("sub").toString());
        assertEquals(2, below.code(), below.err());
        assertTrue(below.err().contains(file + " is a file"), below.err());
        assertEquals("keep me\n", Files.readString(file));
    }

    @Test
    void prepareRefusesADirectoryAsItsOutputFile() throws Exception {
        Path out = Files.createDirectories(dir.resolve("glasses"));
        CommandRun r = CommandRun.of("prepare", "--system", "harmonic", "-n", "300", "-o", out.toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("-o " + out + " is a directory"), r.err());
        try (var s = Files.list(out)) {
            assertEquals(0, s.count(), "nothing written into it");
        }
    }
}
