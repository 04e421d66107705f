/**
 * The eigensolver service: vibrational modes of a Hessian with SLEPc (through the FFM bindings). Entry
 * points: {@link org.modekick.eigen.EigenSolver} ({@code lowest}: the K lowest non-zero modes;
 * {@code belowFrequency}/{@code inInterval}: every mode in a frequency window by spectrum slicing), taking
 * the Hessian's sparse rows as a {@link org.modekick.hessian.CsrMatrix} (owned by {@code hessian}) and a
 * {@link org.modekick.eigen.DeflationSpace}, and returning an {@link org.modekick.eigen.EigenResult} whose
 * eigenvectors are a row-major native block. PETSc errors become {@link org.modekick.eigen.PetscException}s
 * carrying PETSc's message; {@link org.modekick.eigen.SlepcRuntime} initialises SLEPc once per process.
 * {@link org.modekick.eigen.JacobiEigen} is the one dense symmetric solver (cyclic Jacobi): the tests' dense
 * references; it throws when it does not converge. (The NEB's Lanczos tridiagonal has its own O(m) solver,
 * path's Tridiagonal.)
 */
package org.modekick.eigen;
