package org.modekick.system;

/** Receives each pair (i < j) within the cutoff, with the minimum-image separation r_i - r_j. */
@FunctionalInterface
public interface PairVisitor {
    void visit(int i, int j, double dx, double dy, double dz, double r2);
}
