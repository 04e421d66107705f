package org.modekick.io;

import java.io.IOException;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Streams a (rows, columns) array of doubles to a .npy file one row at a time, straight from each row's
 * segment (native little-endian memory goes to disk without a copy), so K x 3N eigenvectors never have
 * to fit in one Java array. Closing checks that every declared row was written.
 */
public final class NpyWriter implements AutoCloseable {

    private final Path file;
    private final FileChannel channel;
    private final Npy shape;
    private long written;
    private byte[] stage;

    private NpyWriter(Path file, FileChannel channel, Npy shape) {
        this.file = file;
        this.channel = channel;
        this.shape = shape;
    }

    public static NpyWriter create(Path file, long rows, long columns) throws IOException {
        byte[] header = Npy.header(rows, columns);
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING);
        try {
            ByteBuffer b = ByteBuffer.wrap(header);
            while (b.hasRemaining()) {
                channel.write(b);
            }
        } catch (IOException e) {
            channel.close();
            throw e;
        }
        return new NpyWriter(file, channel, new Npy(rows, columns, header.length));
    }

    /**
     * Writes a whole 1-D array of little-endian ints ('&lt;i4') or doubles ('&lt;f8') from native memory,
     * e.g. a CSR matrix's arrays for scipy.
     */
    public static void writeVector(Path file, MemorySegment data, ValueLayout layout, long length) throws IOException {
        if (!Npy.RAW) {
            throw new UnsupportedOperationException("1-D export needs a little-endian machine");
        }
        String descr = layout.carrier() == int.class ? "<i4" : layout.carrier() == double.class ? "<f8" : null;
        if (descr == null || layout.byteSize() * length > data.byteSize()) {
            throw new IllegalArgumentException("need ints or doubles, and " + length + " of them");
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            for (ByteBuffer b : new ByteBuffer[] {ByteBuffer.wrap(Npy.header(descr, length + ",")),
                    data.asSlice(0, layout.byteSize() * length).asByteBuffer()}) {
                while (b.hasRemaining()) {
                    channel.write(b);
                }
            }
        }
    }

    /** Appends one row: {@code columns} doubles. */
    public void writeRow(MemorySegment row) throws IOException {
        if (written == shape.rows()) {
            throw new IllegalStateException(file + ": all " + shape.rows() + " rows already written");
        }
        long bytes = shape.columns() * Double.BYTES;
        if (row.byteSize() != bytes) {
            throw new IllegalArgumentException("row has " + row.byteSize() / Double.BYTES + " doubles, expected "
                    + shape.columns());
        }
        if (Npy.rawAccess(row)) {
            for (long off = 0; off < bytes; off += Integer.MAX_VALUE & ~7L) {
                ByteBuffer b = row.asSlice(off, Math.min(bytes - off, Integer.MAX_VALUE & ~7L)).asByteBuffer();
                while (b.hasRemaining()) {
                    channel.write(b);
                }
            }
        } else {
            if (stage == null) {
                stage = new byte[Npy.STAGE];
            }
            MemorySegment staged = MemorySegment.ofArray(stage);
            long perStage = Npy.STAGE / Double.BYTES;
            for (long first = 0; first < shape.columns(); first += perStage) {
                long count = Math.min(perStage, shape.columns() - first);
                MemorySegment.copy(row, ValueLayout.JAVA_DOUBLE_UNALIGNED, first * Double.BYTES, staged, Npy.LITTLE, 0,
                        count);
                ByteBuffer b = ByteBuffer.wrap(stage, 0, (int) (count * Double.BYTES));
                while (b.hasRemaining()) {
                    channel.write(b);
                }
            }
        }
        written++;
    }

    public long rowsWritten() {
        return written;
    }

    /** Closes the file; an error if fewer rows were written than declared (the file is then invalid). */
    @Override
    public void close() throws IOException {
        channel.close();
        if (written != shape.rows()) {
            throw new IllegalStateException(file + ": " + written + " of " + shape.rows() + " rows written");
        }
    }
}
