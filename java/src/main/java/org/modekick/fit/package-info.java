/**
 * Least-squares fits that several analyses share: {@link org.modekick.fit.LinearFit}, the one straight line
 * under the Debye fit of the vDOS (modes), the decay exponent a of a rearrangement (excite) and the
 * power laws of the report.
 */
package org.modekick.fit;
