package org.modekick.excite;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.modekick.lammps.FireSettings;
import org.modekick.potential.Interaction;
import org.modekick.potential.LammpsInteraction;
import org.modekick.potential.PotentialFile;
import org.modekick.system.Box;
import org.modekick.system.Configuration;

/**
 * What {@link WatchedRelaxer} and its child {@link RelaxerWorker} say to each other over the child's standard input
 * and output: first the set-up (r0, the interaction's commands, FIRE, the thresholds, the log), then requests, each
 * answered before the next. Vectors travel as raw native-order doubles: both ends are the same machine, and the
 * child must relax bit for bit the state the parent kicked.
 */
final class RelaxerWire {

    static final byte RELAX = 'R';
    static final byte RESTART_LOG = 'L';
    static final byte OK = 0;
    static final byte ERROR = 1;

    private RelaxerWire() {}

    static void writeSetup(DataOutputStream out, Reference ref, FireSettings fire, Thresholds t, Path log)
            throws IOException {
        if (!(ref.interaction() instanceof LammpsInteraction li)) {
            throw new IllegalArgumentException("a watched relaxer runs interactions given as LAMMPS commands");
        }
        Configuration c = ref.structure();
        Box b = c.box();
        out.writeInt(c.size());
        out.writeInt(c.atomTypes());
        for (double v : new double[] {b.xlo(), b.xhi(), b.ylo(), b.yhi(), b.zlo(), b.zhi()}) {
            out.writeDouble(v);
        }
        writeSegment(out, c.types());
        writeSegment(out, c.positions());
        out.writeInt(ref.masses().length);
        for (double m : ref.masses()) {
            out.writeDouble(m);
        }
        out.writeDouble(ref.energy());
        out.writeDouble(ref.forceNorm());
        out.writeInt(ref.lammpsVersion());
        PotentialFile f = li.file();
        out.writeUTF(f.path().toString());
        out.writeUTF(f.units());
        out.writeUTF(li.label());
        writeStrings(out, f.pairStyle());
        out.writeInt(f.commands().size());
        for (PotentialFile.Command cmd : f.commands()) {
            out.writeUTF(cmd.text());
            out.writeUTF(cmd.file().toString());
            out.writeInt(cmd.line());
        }
        writeStrings(out, f.referencedFiles().stream().map(Path::toString).toList());
        for (double v : new double[] {fire.timestep(), fire.tmax(), fire.alpha0(), fire.dmax(), fire.forceTolerance()}) {
            out.writeDouble(v);
        }
        out.writeInt(fire.maxIterations());
        for (double v : new double[] {t.forceTolerance(), t.initialForce(), t.lambdaMin(), t.safety(),
                t.referenceEnergy()}) {
            out.writeDouble(v);
        }
        out.writeUTF(log.toAbsolutePath().toString());
        out.flush();
    }

    /** The set-up as the child reads it. */
    record Setup(Reference reference, FireSettings fire, Thresholds thresholds, Path log) {}

    static Setup readSetup(DataInputStream in, Arena arena) throws IOException {
        int n = in.readInt();
        int types = in.readInt();
        Box box = new Box(in.readDouble(), in.readDouble(), in.readDouble(), in.readDouble(), in.readDouble(),
                in.readDouble());
        Configuration c = Configuration.allocate(arena, box, types, n);
        readSegment(in, c.types());
        readSegment(in, c.positions());
        double[] masses = new double[in.readInt()];
        for (int k = 0; k < masses.length; k++) {
            masses[k] = in.readDouble();
        }
        double energy = in.readDouble();
        double forceNorm = in.readDouble();
        int version = in.readInt();
        Path path = Path.of(in.readUTF());
        String units = in.readUTF();
        String label = in.readUTF();
        List<String> style = readStrings(in);
        int count = in.readInt();
        List<PotentialFile.Command> commands = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            commands.add(new PotentialFile.Command(in.readUTF(), Path.of(in.readUTF()), in.readInt()));
        }
        List<Path> files = readStrings(in).stream().map(Path::of).toList();
        Interaction interaction = new LammpsInteraction(new PotentialFile(path, units, commands, style, List.of(),
                files), types, label);
        FireSettings fire = new FireSettings(in.readDouble(), in.readDouble(), in.readDouble(), in.readDouble(),
                in.readDouble(), in.readInt());
        Thresholds t = new Thresholds(in.readDouble(), in.readDouble(), in.readDouble(), in.readDouble(),
                in.readDouble());
        Path log = Path.of(in.readUTF());
        return new Setup(new Reference(c, interaction, masses, energy, forceNorm, version), fire, t, log);
    }

    static void writeRelaxation(DataOutputStream out, Relaxation r) throws IOException {
        out.writeByte(OK);
        out.writeInt(r.ending().ordinal());
        out.writeDouble(r.distance());
        out.writeDouble(r.forceNorm());
        out.writeDouble(r.energy());
        out.writeLong(r.iterations());
        out.writeInt(r.minimizations());
        writeSegment(out, r.positions());
        out.flush();
    }

    /** A relaxation into {@code positions} (3N doubles), after the OK byte. */
    static Relaxation readRelaxation(DataInputStream in, MemorySegment positions) throws IOException {
        Relaxation.Ending ending = Relaxation.Ending.values()[in.readInt()];
        double distance = in.readDouble();
        double forceNorm = in.readDouble();
        double energy = in.readDouble();
        long iterations = in.readLong();
        int minimizations = in.readInt();
        readSegment(in, positions);
        return new Relaxation(ending, distance, forceNorm, energy, iterations, minimizations, positions);
    }

    static void writeSegment(DataOutputStream out, MemorySegment s) throws IOException {
        out.write(s.toArray(ValueLayout.JAVA_BYTE));
    }

    static void readSegment(DataInputStream in, MemorySegment s) throws IOException {
        byte[] bytes = new byte[Math.toIntExact(s.byteSize())];
        in.readFully(bytes);
        MemorySegment.copy(bytes, 0, s, ValueLayout.JAVA_BYTE, 0, bytes.length);
    }

    private static void writeStrings(DataOutputStream out, List<String> strings) throws IOException {
        out.writeInt(strings.size());
        for (String s : strings) {
            out.writeUTF(s);
        }
    }

    private static List<String> readStrings(DataInputStream in) throws IOException {
        int n = in.readInt();
        List<String> s = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            s.add(in.readUTF());
        }
        return s;
    }
}
