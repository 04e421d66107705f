package org.modekick.mpi;

/**
 * {@code items} items split into {@code parts} contiguous blocks whose sizes differ by at most one, the
 * larger ones first: part p holds [first(p), end(p)). Used to give each rank a range of particles (and so
 * of Hessian rows); contiguous ranges keep each rank's rows one block of PETSc's row ownership.
 */
public record BlockSplit(int items, int parts) {

    public BlockSplit {
        if (items < 0 || parts < 1) {
            throw new IllegalArgumentException("cannot split " + items + " items into " + parts + " parts");
        }
    }

    public int first(int part) {
        check(part);
        int base = items / parts;
        int extra = items % parts;
        return part * base + Math.min(part, extra);
    }

    public int end(int part) {
        return part == parts - 1 ? items : first(part + 1);
    }

    public int count(int part) {
        return end(part) - first(part);
    }

    private void check(int part) {
        if (part < 0 || part >= parts) {
            throw new IndexOutOfBoundsException("part " + part + " of " + parts);
        }
    }
}
