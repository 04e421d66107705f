package org.modekick.io;

import java.io.IOException;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The NumPy .npy format as used for eigenvectors: a 2-D array of little-endian doubles ('&lt;f8') in C
 * order, shape (K, 3N), one mode per row. Files are written in format version 1.0 with the header padded
 * to a multiple of 64 bytes (so the data are aligned); versions 2.0 and 3.0 are read too.
 *
 * @param rows K
 * @param columns 3N
 * @param dataOffset where the first double starts in the file
 */
public record Npy(long rows, long columns, long dataOffset) {

    static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
    /** A double as stored in the file. */
    public static final ValueLayout.OfDouble LITTLE = ValueLayout.JAVA_DOUBLE_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    /** Whether native doubles are already the file's bytes, so segments go to and from disk uncopied. */
    static final boolean RAW = ByteOrder.nativeOrder() == ByteOrder.LITTLE_ENDIAN;
    /** Bytes staged at a time when a segment cannot be written or read as it is. */
    static final int STAGE = 1 << 20;

    private static final Pattern DESCR = Pattern.compile("'descr'\\s*:\\s*'([^']*)'");
    private static final Pattern FORTRAN = Pattern.compile("'fortran_order'\\s*:\\s*(True|False)");
    private static final Pattern SHAPE = Pattern.compile("'shape'\\s*:\\s*\\(([^)]*)\\)");

    public Npy {
        if (rows < 0 || columns < 0) {
            throw new IllegalArgumentException("negative shape");
        }
    }

    /** The version 1.0 preamble and header for a (rows, columns) '&lt;f8' C-order array. */
    static byte[] header(long rows, long columns) {
        return header("<f8", rows + ", " + columns);
    }

    /** The version 1.0 preamble and header for a C-order array of dtype {@code descr} and shape "(shape)". */
    static byte[] header(String descr, String shape) {
        String dict = "{'descr': '" + descr + "', 'fortran_order': False, 'shape': (" + shape + "), }";
        int unpadded = MAGIC.length + 2 + 2 + dict.length() + 1; // + '\n'
        int total = (unpadded + 63) / 64 * 64;
        String text = dict + " ".repeat(total - unpadded) + "\n";
        byte[] out = new byte[total];
        System.arraycopy(MAGIC, 0, out, 0, MAGIC.length);
        out[6] = 1;
        out[7] = 0;
        int length = text.length();
        out[8] = (byte) (length & 0xff);
        out[9] = (byte) (length >>> 8);
        byte[] t = text.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(t, 0, out, 10, t.length);
        return out;
    }

    /** Reads and checks the header at the start of a channel. */
    static Npy readHeader(FileChannel channel, String name) throws IOException {
        ByteBuffer pre = ByteBuffer.allocate(12).order(ByteOrder.LITTLE_ENDIAN);
        readFully(channel, pre, 0, name);
        pre.flip();
        for (byte b : MAGIC) {
            if (pre.get() != b) {
                throw new IOException(name + ": not a .npy file");
            }
        }
        int major = pre.get() & 0xff;
        pre.get(); // minor
        long headerLength;
        int preamble;
        if (major == 1) {
            headerLength = pre.getShort(8) & 0xffff;
            preamble = 10;
        } else if (major == 2 || major == 3) {
            headerLength = pre.getInt(8) & 0xffffffffL;
            preamble = 12;
        } else {
            throw new IOException(name + ": unsupported .npy version " + major);
        }
        ByteBuffer h = ByteBuffer.allocate(Math.toIntExact(headerLength));
        readFully(channel, h, preamble, name);
        String text = new String(h.array(), major == 3 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
        String descr = find(DESCR, text, name);
        if (!descr.equals("<f8")) {
            throw new IOException(name + ": dtype " + descr + ", expected little-endian float64 '<f8'");
        }
        if (find(FORTRAN, text, name).equals("True")) {
            throw new IOException(name + ": Fortran order, expected C order");
        }
        String[] dims = find(SHAPE, text, name).split(",");
        long[] shape = new long[2];
        int count = 0;
        for (String d : dims) {
            if (!d.isBlank()) {
                if (count == 2) {
                    throw new IOException(name + ": more than 2 dimensions");
                }
                shape[count++] = Long.parseLong(d.trim());
            }
        }
        if (count != 2) {
            throw new IOException(name + ": " + count + "-D array, expected 2-D (modes x 3N)");
        }
        Npy npy = new Npy(shape[0], shape[1], preamble + headerLength);
        long needed = npy.dataOffset() + npy.rows() * npy.columns() * Double.BYTES;
        if (channel.size() < needed) {
            throw new IOException(name + ": truncated, " + channel.size() + " bytes, shape needs " + needed);
        }
        return npy;
    }

    private static String find(Pattern p, String text, String name) throws IOException {
        Matcher m = p.matcher(text);
        if (!m.find()) {
            throw new IOException(name + ": header lacks " + p.pattern() + ": " + text.strip());
        }
        return m.group(1);
    }

    static void readFully(FileChannel channel, ByteBuffer buffer, long position, String name) throws IOException {
        while (buffer.hasRemaining()) {
            int read = channel.read(buffer, position);
            if (read < 0) {
                throw new IOException(name + ": unexpected end of file");
            }
            position += read;
        }
    }

    static boolean rawAccess(MemorySegment segment) {
        return RAW && segment.isNative();
    }
}
