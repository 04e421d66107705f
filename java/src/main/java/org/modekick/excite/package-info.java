/**
 * The physics of mode excitation, section II.C and III of Mizuno, Shimada &amp; Ikeda (2020): kick an inherent
 * structure r0 along a vibrational mode, r = r0 + A sqrt(N) e_k (Eq. 5), relax it with FIRE in LAMMPS, and
 * find the critical amplitude A_c at which it no longer returns to r0; then measure the transition it triggers
 * (Eqs. 6-10), group the modes that reach the same final state (section III.B), and compare with the
 * third-order estimate of Eq. (A3).
 *
 * <p>The pieces: {@link org.modekick.excite.Thresholds} (when a relaxed state is r0, derived from the force
 * tolerance and the softest mode), {@link org.modekick.excite.Relaxer} (one LAMMPS instance per worker, FIRE
 * with early termination; {@link org.modekick.excite.WatchedRelaxer} runs it in a child process for interactions
 * Java cannot screen, so that a LAMMPS error fails one mode, not the run), {@link org.modekick.excite.KickGuard}
 * (kicks that diverge: {@link org.modekick.excite.Divergence} for the analytic styles,
 * {@link org.modekick.excite.ProximityGuard} from r0's closest approaches otherwise),
 * {@link org.modekick.excite.Landscape} (energy changes and tau_k: Java formulas or LAMMPS),
 * {@link org.modekick.excite.AmplitudeSearch} (log-scale bracket and bisection, and the fine scan that verifies
 * A_c), {@link org.modekick.excite.AnharmonicOnset} (where the scan starts, from the energy along the kick),
 * {@link org.modekick.excite.StructureMatch} (the same structure whatever the labels),
 * {@link org.modekick.excite.Observables}, {@link org.modekick.excite.EnergyChange} and
 * {@link org.modekick.excite.DecayFit} (Eqs. 6-10, Fig. 9b), {@link org.modekick.excite.TransitionGroups}
 * (distinct final states), {@link org.modekick.excite.ModeExcitation} (one mode, start to finish) and the values
 * it produces ({@link org.modekick.excite.ModeResult}, {@link org.modekick.excite.Trial},
 * {@link org.modekick.excite.Status}, {@link org.modekick.excite.Outcome}). What a run of many modes is made of
 * ({@link org.modekick.excite.ExcitePlan}) is here too; running it on workers is
 * {@link org.modekick.pipeline.ExciteRun}'s, handing modes out {@link org.modekick.dispatch}'s, and keeping the
 * results {@link org.modekick.store}'s.
 */
package org.modekick.excite;
