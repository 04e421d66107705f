package org.modekick.eigen;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.modekick.hessian.CsrMatrix;

/** A rank's block of rows: CsrMatrix with firstRow, the local part of the translations, results without vectors. */
class RowBlocksTest {

    @Test
    void aBlockOfRowsValidatesAgainstTheGlobalOrderAndReadsGlobalRows() {
        try (Arena arena = Arena.ofConfined()) {
            CsrMatrix whole = TestMatrices.localNetwork(4, 3).build(arena);
            CsrMatrix block = ParallelSolveProbe.rows(whole, 30, 90, arena);
            assertFalse(block.complete());
            assertTrue(whole.complete());
            block.validate(); // columns up to 191 in a block of 60 rows
            for (int r = 30; r < 90; r++) {
                for (int c = 0; c < whole.columns(); c += 7) {
                    assertEquals(whole.get(r, c), block.get(r, c));
                }
            }
            assertThrows(IndexOutOfBoundsException.class, () -> block.get(29, 0));
            double[] x = new double[whole.columns()];
            Arrays.fill(x, 1.0);
            double[] y = new double[block.rows()];
            block.multiply(x, y); // translations are null vectors: rows sum to zero
            for (double v : y) {
                assertEquals(0.0, v, 1e-12);
            }
            assertThrows(IllegalStateException.class, block::symmetryError);
            assertThrows(IllegalArgumentException.class,
                    () -> new CsrMatrix(150, 60, 192, block.rowPointers(), block.columnIndices(), block.values()));
            // a column beyond the global order is caught
            CsrMatrix bad = block.copyTo(arena);
            bad.columnIndices().setAtIndex(java.lang.foreign.ValueLayout.JAVA_INT, 0, 192);
            assertThrows(IllegalArgumentException.class, bad::validate);
        }
    }

    @Test
    void localTranslationsAreTheRowsOfTheWholeOnes() {
        try (Arena arena = Arena.ofConfined()) {
            DeflationSpace whole = DeflationSpace.translations(arena, 10);
            DeflationSpace part = DeflationSpace.translations(arena, 10, 3, 7);
            assertEquals(3, part.count());
            assertEquals(12, part.n());
            for (int a = 0; a < 3; a++) {
                assertArrayEquals(Arrays.copyOfRange(whole.toArray(a), 9, 21), part.toArray(a));
            }
            assertEquals(0, DeflationSpace.translations(arena, 10, 4, 4).n());
            assertThrows(IllegalArgumentException.class, () -> DeflationSpace.translations(arena, 10, 5, 11));
        }
    }

    @Test
    void aResultWithoutVectorsSaysSo() {
        EigenResult r = new EigenResult(6, new double[] {1, 2}, new double[] {0, 0}, MemorySegment.NULL,
                new EigenResult.Diagnostics("test", 1, 2, -1, java.util.List.of(), 0));
        assertFalse(r.hasEigenvectors());
        assertEquals(2.0, r.eigenvalue(1));
        assertThrows(IllegalStateException.class, () -> r.eigenvector(0));
    }
}
