package org.modekick.excite;

/**
 * One kick of mode k at amplitude A and the relaxation that followed: a row of trials.csv (Fig. 2).
 * dr and dPhi are those of the converged state; a relaxation stopped early once its outcome was certain
 * (see {@link Relaxer}) has no converged state, so they are NaN (written empty) unless it stopped back
 * at r0, where they are those of the stopped state (|dr| &lt; delta).
 *
 * @param distance |dr|, Eq. (6)
 * @param energyChange Phi(r1) - Phi(r0), signed
 * @param early whether the relaxation was stopped early
 * @param iterations FIRE iterations
 * @param minimizations LAMMPS minimize commands
 */
public record Trial(int k, double amplitude, double distance, double energyChange, Outcome outcome, boolean early,
                    long iterations, int minimizations) {}
