package org.modekick.io;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Reads a 2-D '&lt;f8' C-order .npy file (see {@link Npy}) row by row into segments, or maps its data
 * read-only, so that files of many GB need no Java arrays.
 */
public final class NpyReader implements AutoCloseable {

    private final Path file;
    private final FileChannel channel;
    private final Npy shape;

    private NpyReader(Path file, FileChannel channel, Npy shape) {
        this.file = file;
        this.channel = channel;
        this.shape = shape;
    }

    public static NpyReader open(Path file) throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
        try {
            return new NpyReader(file, channel, Npy.readHeader(channel, file.toString()));
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    public long rows() {
        return shape.rows();
    }

    public long columns() {
        return shape.columns();
    }

    /** Copies row k (0-based) into {@code destination}, which holds {@code columns()} doubles. */
    public void readRow(long k, MemorySegment destination) throws IOException {
        if (k < 0 || k >= shape.rows()) {
            throw new IndexOutOfBoundsException("row " + k + " of " + shape.rows());
        }
        long bytes = shape.columns() * Double.BYTES;
        if (destination.byteSize() != bytes) {
            throw new IllegalArgumentException("destination holds " + destination.byteSize() / Double.BYTES
                    + " doubles, expected " + shape.columns());
        }
        long position = shape.dataOffset() + k * bytes;
        if (Npy.rawAccess(destination)) {
            for (long off = 0; off < bytes; off += Integer.MAX_VALUE & ~7L) {
                ByteBuffer b = destination.asSlice(off, Math.min(bytes - off, Integer.MAX_VALUE & ~7L)).asByteBuffer();
                Npy.readFully(channel, b, position + off, file.toString());
            }
        } else {
            byte[] stage = new byte[(int) Math.min(Npy.STAGE, bytes)];
            MemorySegment staged = MemorySegment.ofArray(stage);
            long perStage = stage.length / Double.BYTES;
            for (long first = 0; first < shape.columns(); first += perStage) {
                long count = Math.min(perStage, shape.columns() - first);
                Npy.readFully(channel, ByteBuffer.wrap(stage, 0, (int) (count * Double.BYTES)),
                        position + first * Double.BYTES, file.toString());
                MemorySegment.copy(staged, Npy.LITTLE, 0, destination, ValueLayout.JAVA_DOUBLE_UNALIGNED,
                        first * Double.BYTES, count);
            }
        }
    }

    /**
     * The data, rows x columns little-endian doubles, mapped read-only for the arena's lifetime: row k is
     * {@code asSlice(k * columns * 8, columns * 8)}; read it with {@link Npy#LITTLE}-ordered layouts (on
     * little-endian machines, plain JAVA_DOUBLE).
     */
    public MemorySegment map(Arena arena) throws IOException {
        return channel.map(FileChannel.MapMode.READ_ONLY, shape.dataOffset(),
                shape.rows() * shape.columns() * Double.BYTES, arena);
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
