/**
 * SLEPc 3.18 ({@code <slepc.h>}, Debian libslepc-real3.18): initialisation, the EPS eigensolver (Krylov-Schur,
 * spectrum slicing) and the ST spectral transformation. Class {@link org.modekick.bindings.slepc.slepc_h}.
 */
package org.modekick.bindings.slepc;
