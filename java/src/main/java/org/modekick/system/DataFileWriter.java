package org.modekick.system;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes {@link DataFile.Contents} in the layout of LAMMPS's write_data for atom_style atomic. Numbers
 * are written with {@link Double#toString(double)}: the shortest decimal that reads back as the same
 * double, in a form ({@code 1.0E-5}) that LAMMPS's number check accepts.
 */
final class DataFileWriter {

    private DataFileWriter() {}

    static void write(Path file, DataFile.Contents contents, String title) throws IOException {
        Path absolute = file.toAbsolutePath();
        Path temporary = absolute.resolveSibling(absolute.getFileName() + ".partial");
        try (BufferedWriter out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
            writeTo(out, contents, title);
        }
        try {
            Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    static void writeTo(Appendable out, DataFile.Contents contents, String title) throws IOException {
        Configuration c = contents.configuration();
        Box box = c.box();
        String oneLine = (title == null ? "" : title).replaceAll("[\\r\\n]+", " ").strip();
        out.append("LAMMPS data file (atom_style atomic) written by modekick")
                .append(oneLine.isEmpty() ? "" : ": " + oneLine).append("\n\n");
        out.append(Integer.toString(c.size())).append(" atoms\n");
        out.append(Integer.toString(c.atomTypes())).append(" atom types\n\n");
        String[] axes = {"x", "y", "z"};
        for (int a = 0; a < 3; a++) {
            out.append(Double.toString(box.lo(a))).append(' ')
                    .append(Double.toString(hi(box, a)))
                    .append(' ').append(axes[a]).append("lo ").append(axes[a]).append("hi\n");
        }
        if (contents.hasMasses()) {
            out.append("\nMasses\n\n");
            double[] m = contents.masses();
            for (int t = 0; t < m.length; t++) {
                out.append(Integer.toString(t + 1)).append(' ').append(Double.toString(m[t])).append('\n');
            }
        }
        out.append("\nAtoms # atomic\n\n");
        int[] images = contents.imageFlags();
        StringBuilder line = new StringBuilder(128);
        for (int i = 0; i < c.size(); i++) {
            line.setLength(0);
            line.append(i + 1).append(' ').append(c.type(i));
            for (int a = 0; a < 3; a++) {
                line.append(' ').append(Double.toString(c.x(i, a)));
            }
            for (int a = 0; a < 3; a++) {
                line.append(' ').append(images[3 * i + a]);
            }
            out.append(line).append('\n');
        }
    }

    /** The stored upper bound itself, not lo + length, which need not round back to it. */
    private static double hi(Box box, int axis) {
        return switch (axis) {
            case 0 -> box.xhi();
            case 1 -> box.yhi();
            default -> box.zhi();
        };
    }
}
