/**
 * PETSc 3.18 ({@code <petsc.h>}, Debian libpetsc-real3.18: real double scalars, 32-bit PetscInt, MUMPS):
 * matrices, vectors, KSP/PC and the MUMPS controls the eigensolver's factorisation needs.
 * Class {@link org.modekick.bindings.petsc.petsc_h}. {@code PETSC_COMM_WORLD} is a variable in the library
 * (read it after initialisation); {@code PETSC_COMM_SELF} is a macro for {@code MPI_COMM_SELF}.
 */
package org.modekick.bindings.petsc;
