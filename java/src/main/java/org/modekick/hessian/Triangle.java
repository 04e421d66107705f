package org.modekick.hessian;

/** Which entries of the symmetric Hessian a matrix stores. */
public enum Triangle {
    /** Every non-zero entry: PETSc AIJ or BAIJ. */
    FULL,
    /** Entries with column &gt;= row (block column &gt;= block row for block storage): PETSc SBAIJ. */
    UPPER
}
