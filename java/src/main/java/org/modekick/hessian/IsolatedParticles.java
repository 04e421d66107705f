package org.modekick.hessian;

/**
 * Particles without a single contact (rattlers, which large harmonic glasses have): their three rows of H
 * are zero and decoupled from the rest, and each adds three exact zero modes that shift-and-invert near
 * zero cannot tell from vibrations. {@link #pinAbove} moves those modes above the spectrum of the others,
 * leaving every other eigenpair unchanged.
 */
public final class IsolatedParticles {

    private IsolatedParticles() {}

    /**
     * Which particles of the stored rows (particle i: local rows 3i, 3i + 1, 3i + 2; {@code h} holds whole
     * particles) have all three rows zero.
     */
    public static boolean[] of(CsrMatrix h) {
        if (h.rows() % 3 != 0 || h.firstRow() % 3 != 0) {
            throw new IllegalArgumentException("rows [" + h.firstRow() + ", " + (h.firstRow() + h.rows())
                    + ") are not whole particles");
        }
        boolean[] isolated = new boolean[h.rows() / 3];
        for (int i = 0; i < isolated.length; i++) {
            isolated[i] = h.zeroRow(3 * i) && h.zeroRow(3 * i + 1) && h.zeroRow(3 * i + 2);
        }
        return isolated;
    }

    /**
     * Sets the stored diagonal of the isolated particles' rows to {@code value} (above every eigenvalue of
     * the others, e.g. twice the Gershgorin bound); returns how many particles it pinned.
     */
    public static int pinAbove(CsrMatrix h, boolean[] isolated, double value) {
        int count = 0;
        for (int i = 0; i < isolated.length; i++) {
            if (isolated[i]) {
                count++;
                for (int row = 3 * i; row < 3 * i + 3; row++) {
                    h.setDiagonal(h.firstRow() + row, value);
                }
            }
        }
        return count;
    }
}
