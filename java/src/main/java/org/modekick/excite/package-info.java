/**
 * Mode excitation, section II.C and III of Mizuno, Shimada &amp; Ikeda (2020): kick an inherent
 * structure r0 along a vibrational mode, r = r0 + A sqrt(N) e_k (Eq. 5), relax it with FIRE in LAMMPS,
 * and find the critical amplitude A_c at which it no longer returns to r0; then measure the transition
 * it triggers (Eqs. 6-10), group the modes that reach the same final state (section III.B), and
 * compare with the third-order estimate of Eq. (A3).
 *
 * <p>The pieces: {@link org.modekick.excite.Thresholds} (when a relaxed state is r0, derived from the
 * force tolerance and the softest mode), {@link org.modekick.excite.Relaxer} (one LAMMPS instance per
 * worker, FIRE with early termination), {@link org.modekick.excite.AmplitudeSearch} (log-scale bracket
 * and bisection), {@link org.modekick.excite.ModeExcitation} (one mode, start to finish),
 * {@link org.modekick.pipeline.ExciteRun} (all modes on parallel workers, durable and resumable output).
 *
 * <p>Parallel runs: {@link org.modekick.dispatch.ModeDispatcher} keeps the one list of modes to do and
 * records every result; workers reach it through a {@link org.modekick.dispatch.ModeQueue}: directly as
 * threads of one process, or as MPI task groups ({@link org.modekick.dispatch.TaskGroupRun}) whose leaders
 * talk to a {@link org.modekick.dispatch.DispatchServer} on rank 0 ({@link org.modekick.dispatch.RemoteModeQueue},
 * {@link org.modekick.dispatch.DispatchRequest} over a {@link org.modekick.dispatch.Transport}) and share each
 * mode with the other ranks of their group ({@link org.modekick.dispatch.GroupModeQueue}).
 */
package org.modekick.excite;
