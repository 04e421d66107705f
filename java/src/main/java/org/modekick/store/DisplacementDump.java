package org.modekick.store;

import java.io.IOException;
import java.nio.file.Path;
import org.modekick.excite.DisplacementField;
import org.modekick.io.AtomicFile;
import org.modekick.system.Box;
import org.modekick.system.Configuration;

/**
 * A transition's displacement field as a LAMMPS text dump that OVITO reads: one frame,
 * {@code ITEM: ATOMS id type x y z dx dy dz} with r0 (wrapped) and dr = r1 - r0 (rigid translation
 * removed) of every particle, in atom-ID order.
 */
public final class DisplacementDump {

    private DisplacementDump() {}

    /** The name of transition {@code id}'s dump in an excite directory. */
    public static String name(int id) {
        return "transition-" + id + ".dump";
    }

    public static void write(Path file, Configuration r0, DisplacementField d) throws IOException {
        Box b = r0.box();
        AtomicFile.writeText(file, out -> {
            out.write("ITEM: TIMESTEP\n0\nITEM: NUMBER OF ATOMS\n" + r0.size() + "\n");
            out.write("ITEM: BOX BOUNDS pp pp pp\n");
            out.write(b.xlo() + " " + b.xhi() + "\n" + b.ylo() + " " + b.yhi() + "\n" + b.zlo() + " " + b.zhi() + "\n");
            out.write("ITEM: ATOMS id type x y z dx dy dz\n");
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < r0.size(); i++) {
                line.setLength(0);
                line.append(i + 1).append(' ').append(r0.type(i));
                for (int a = 0; a < 3; a++) {
                    line.append(' ').append(r0.x(i, a));
                }
                for (int a = 0; a < 3; a++) {
                    line.append(' ').append(d.vector().get(i, a));
                }
                out.write(line.append('\n').toString());
            }
        });
    }
}
