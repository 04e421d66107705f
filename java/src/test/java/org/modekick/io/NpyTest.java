package org.modekick.io;

import org.modekick.testing.Python;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NpyTest {

    @TempDir
    Path dir;

    /** Rows from native and heap segments, read back row by row and mapped, bit for bit. */
    @Test
    void roundTripFromNativeAndHeapMemory() throws IOException {
        int rows = 5, columns = 3 * 1237;
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment data = randomRows(arena, rows, columns, 1);
            Path file = dir.resolve("e.npy");
            try (NpyWriter w = NpyWriter.create(file, rows, columns)) {
                for (int k = 0; k < rows; k++) {
                    MemorySegment row = row(data, k, columns);
                    // odd rows from a heap double[] (the staged path), even rows from native memory
                    w.writeRow(k % 2 == 0 ? row : MemorySegment.ofArray(row.toArray(ValueLayout.JAVA_DOUBLE)));
                }
            }
            assertEquals(0, headerLength(file) % 64, "data aligned to 64 bytes");
            try (NpyReader r = NpyReader.open(file)) {
                assertEquals(rows, r.rows());
                assertEquals(columns, r.columns());
                MemorySegment mapped = r.map(arena);
                for (int k = rows - 1; k >= 0; k--) {
                    MemorySegment nativeRow = arena.allocate(ValueLayout.JAVA_DOUBLE, columns);
                    r.readRow(k, nativeRow);
                    double[] heapRow = new double[columns];
                    r.readRow(k, MemorySegment.ofArray(heapRow));
                    for (int c = 0; c < columns; c++) {
                        double expected = row(data, k, columns).getAtIndex(ValueLayout.JAVA_DOUBLE, c);
                        assertEquals(Double.doubleToRawLongBits(expected),
                                Double.doubleToRawLongBits(nativeRow.getAtIndex(ValueLayout.JAVA_DOUBLE, c)));
                        assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(heapRow[c]));
                        assertEquals(Double.doubleToRawLongBits(expected),
                                Double.doubleToRawLongBits(mapped.getAtIndex(Npy.LITTLE, (long) k * columns + c)));
                    }
                }
            }
        }
    }

    /** numpy.load reads the file (version 1.0, '<f8', C order, shape (K, 3N)) to the same bytes. */
    @Test
    void numpyReadsWhatWeWrite() throws Exception {
        int rows = 3, columns = 3 * 50;
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment data = randomRows(arena, rows, columns, 2);
            Path file = dir.resolve("modes.npy");
            try (NpyWriter w = NpyWriter.create(file, rows, columns)) {
                for (int k = 0; k < rows; k++) {
                    w.writeRow(row(data, k, columns));
                }
            }
            String out = Python.run("""
                    import sys, numpy as np
                    from numpy.lib import format as f
                    with open(sys.argv[1], 'rb') as h:
                        version = f.read_magic(h)
                    a = np.load(sys.argv[1], allow_pickle=False)
                    print(version, a.dtype.str, a.flags['C_CONTIGUOUS'], a.shape)
                    print(a.astype('<f8').tobytes().hex())
                    """, file.toString()).strip();
            String[] lines = out.split("\n");
            assertEquals("(1, 0) <f8 True (" + rows + ", " + columns + ")", lines[0]);
            assertEquals(HexFormat.of().formatHex(data.toArray(java.lang.foreign.ValueLayout.JAVA_BYTE)), lines[1].strip());
        }
    }

    /** We read what numpy.save writes, including a version 2.0 header. */
    @Test
    void weReadWhatNumpyWrites() throws Exception {
        Path v1 = dir.resolve("np1.npy");
        Path v2 = dir.resolve("np2.npy");
        String hex = Python.run("""
                import sys, numpy as np
                from numpy.lib import format as f
                a = np.sin(np.arange(4 * 9, dtype='<f8') * 0.7).reshape(4, 9) * 1e3
                np.save(sys.argv[1], a)
                with open(sys.argv[2], 'wb') as h:
                    f.write_array(h, a, version=(2, 0))
                print(a.tobytes().hex())
                """, v1.toString(), v2.toString()).strip();
        byte[] expected = HexFormat.of().parseHex(hex);
        for (Path file : new Path[] {v1, v2}) {
            try (NpyReader r = NpyReader.open(file); Arena arena = Arena.ofConfined()) {
                assertEquals(4, r.rows());
                assertEquals(9, r.columns());
                for (int k = 0; k < 4; k++) {
                    MemorySegment row = arena.allocate(ValueLayout.JAVA_DOUBLE, 9);
                    r.readRow(k, row);
                    for (int c = 0; c < 9; c++) {
                        double want = MemorySegment.ofArray(expected).get(Npy.LITTLE, 8L * (9 * k + c));
                        assertEquals(want, row.getAtIndex(ValueLayout.JAVA_DOUBLE, c), 0.0, file + " [" + k + "," + c + "]");
                    }
                }
            }
        }
    }

    @Test
    void rejectsOtherArraysAndIncompleteFiles() throws Exception {
        Path fortran = dir.resolve("f.npy");
        Path ints = dir.resolve("i.npy");
        Python.run("""
                import sys, numpy as np
                np.save(sys.argv[1], np.asfortranarray(np.ones((3, 4))))
                np.save(sys.argv[2], np.ones((3, 4), dtype='<i4'))
                """, fortran.toString(), ints.toString());
        assertThrows(IOException.class, () -> NpyReader.open(fortran).close());
        assertThrows(IOException.class, () -> NpyReader.open(ints).close());
        Path partial = dir.resolve("partial.npy");
        try (Arena arena = Arena.ofConfined()) {
            NpyWriter w = NpyWriter.create(partial, 2, 6);
            w.writeRow(arena.allocate(ValueLayout.JAVA_DOUBLE, 6));
            assertThrows(IllegalStateException.class, w::close, "one of two rows");
            assertThrows(IOException.class, () -> NpyReader.open(partial).close(), "truncated data");
        }
    }

    private static long headerLength(Path file) throws IOException {
        byte[] b = Files.readAllBytes(file);
        return 10 + ((b[8] & 0xff) | (b[9] & 0xff) << 8);
    }

    private static MemorySegment randomRows(Arena arena, int rows, int columns, long seed) {
        MemorySegment data = arena.allocate(ValueLayout.JAVA_DOUBLE, (long) rows * columns);
        SplittableRandom random = new SplittableRandom(seed);
        for (long i = 0; i < (long) rows * columns; i++) {
            data.setAtIndex(ValueLayout.JAVA_DOUBLE, i, random.nextGaussian() * Math.pow(10, random.nextInt(-300, 300)));
        }
        return data;
    }

    private static MemorySegment row(MemorySegment data, int k, int columns) {
        return data.asSlice((long) k * columns * Double.BYTES, (long) columns * Double.BYTES);
    }
}
