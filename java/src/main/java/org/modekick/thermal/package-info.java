/**
 * The thermal test of T_c (beyond the paper): short NVT runs from r0 at several temperatures and seeds,
 * quenched by FIRE at regular intervals, each quench judged with excite's permutation-aware comparison
 * ({@link org.modekick.excite.StructureMatch}): still r0 (maybe relabelled), one of the known transitions
 * of an excite run, or a state not seen before. The escape fraction against T / T_c tests the paper's
 * onset temperature T_c = 2 min_k Delta Phi_barrier and the one from true barriers.
 */
package org.modekick.thermal;
