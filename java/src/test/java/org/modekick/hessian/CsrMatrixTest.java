package org.modekick.hessian;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.Arena;
import org.junit.jupiter.api.Test;

/** The row operations the mode analysis uses, on a matrix small enough to check by hand. */
class CsrMatrixTest {

    /**
     * Particles 0 and 2 share a spring along x (rows 0 and 6), particle 1 has no contact: rows 3, 4, 5 are
     * zero but store their diagonal, as HessianBuilder's rows do; rows 1, 2, 7, 8 store a zero diagonal only.
     */
    private static CsrMatrix threeParticles(Arena arena) {
        int[] rowPointers = {0, 2, 3, 4, 5, 6, 7, 9, 10, 11};
        int[] columns = {0, 6, 1, 2, 3, 4, 5, 0, 6, 7, 8};
        double[] values = {2, -2, 0, 0, 0, 0, 0, -2, 2, 0, 0};
        return CsrMatrix.copyOf(arena, 9, rowPointers, columns, values).validate();
    }

    @Test
    void gershgorinBoundIsTheLargestAbsoluteRowSum() {
        try (Arena arena = Arena.ofConfined()) {
            CsrMatrix h = threeParticles(arena);
            assertEquals(4.0, h.gershgorinBound(), 0.0);
            assertEquals(2.0, h.maxAbsDiagonal(), 0.0);
            assertEquals(0.0, h.symmetryError(), 0.0);
        }
    }

    @Test
    void isolatedParticlesAreFoundAndPinnedOnTheirDiagonalOnly() {
        try (Arena arena = Arena.ofConfined()) {
            CsrMatrix h = threeParticles(arena);
            boolean[] isolated = IsolatedParticles.of(h);
            assertArrayEquals(new boolean[] {false, true, false}, isolated);
            assertEquals(1, IsolatedParticles.pinAbove(h, isolated, 8.0));
            double[][] dense = h.toDense();
            for (int r = 0; r < 9; r++) {
                for (int c = 0; c < 9; c++) {
                    double expected = r == c && r >= 3 && r < 6 ? 8.0
                            : (r == 0 || r == 6) && (c == 0 || c == 6) ? (r == c ? 2 : -2) : 0;
                    assertEquals(expected, dense[r][c], 0.0, "(" + r + ", " + c + ")");
                }
            }
            assertArrayEquals(new boolean[3], IsolatedParticles.of(h), "pinned rows are no longer zero");
        }
    }

    @Test
    void rowsOfPartParticlesAndMissingDiagonalsAreErrors() {
        try (Arena arena = Arena.ofConfined()) {
            CsrMatrix whole = threeParticles(arena);
            CsrMatrix twoRows = new CsrMatrix(1, 2, 9, whole.rowPointers().asSlice(4, 12), whole.columnIndices(),
                    whole.values());
            assertThrows(IllegalArgumentException.class, () -> IsolatedParticles.of(twoRows));
            CsrMatrix noDiagonal = CsrMatrix.copyOf(arena, 2, new int[] {0, 1, 2}, new int[] {1, 0},
                    new double[] {1, 1});
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> noDiagonal.setDiagonal(1, 3.0));
            assertTrue(e.getMessage().contains("row 1"), e.getMessage());
        }
    }
}
