package org.modekick.excite;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import org.modekick.system.ParticleVector;

/**
 * The child process of a {@link WatchedRelaxer}: one {@link Relaxer} (one LAMMPS instance in this process alone),
 * driven over standard input and output ({@link RelaxerWire}). A LAMMPS error ends this process, which is the
 * point: the parent sees the end of the stream, reads LAMMPS's message from the log and goes on. Java's own
 * output goes to standard error, so that nothing but the protocol reaches standard output.
 */
public final class RelaxerWorker {

    private RelaxerWorker() {}

    public static void main(String[] args) throws Exception {
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out),
                1 << 16));
        System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.err), true));
        DataInputStream in = new DataInputStream(new BufferedInputStream(new FileInputStream(FileDescriptor.in),
                1 << 16));
        try (Arena arena = Arena.ofConfined()) {
            RelaxerWire.Setup setup = RelaxerWire.readSetup(in, arena);
            MemorySegment start = ParticleVector.allocate(arena, setup.reference().particles()).segment();
            try (Relaxer relaxer = Relaxer.open(setup.reference(), setup.fire(), setup.thresholds(), setup.log())) {
                out.writeByte(RelaxerWire.OK); // LAMMPS is up: the interaction was accepted
                out.flush();
                serve(relaxer, in, out, start);
            } catch (RuntimeException e) {
                out.writeByte(RelaxerWire.ERROR);
                out.writeUTF(String.valueOf(e.getMessage()));
                out.flush();
            }
        }
    }

    private static void serve(Relaxer relaxer, DataInputStream in, DataOutputStream out, MemorySegment start)
            throws Exception {
        while (true) {
            byte request;
            try {
                request = in.readByte();
            } catch (EOFException e) {
                return; // the parent closed the stream: done
            }
            switch (request) {
                case RelaxerWire.RESTART_LOG -> {
                    relaxer.restartLog();
                    out.writeByte(RelaxerWire.OK);
                    out.flush();
                }
                case RelaxerWire.RELAX -> {
                    boolean early = in.readBoolean();
                    RelaxerWire.readSegment(in, start);
                    Relaxation r;
                    try {
                        r = relaxer.relax(start, early);
                    } catch (RuntimeException e) {
                        out.writeByte(RelaxerWire.ERROR);
                        out.writeUTF(e.getClass().getSimpleName() + ": " + e.getMessage());
                        out.flush();
                        continue;
                    }
                    RelaxerWire.writeRelaxation(out, r);
                }
                default -> throw new IllegalStateException("unknown request " + request);
            }
        }
    }
}
