/**
 * Minimum-energy paths between two inherent structures: the climbing-image nudged elastic band (NEB),
 * driven from Java over an {@link org.modekick.path.EnergySurface} (LAMMPS forces for a glass, an analytic
 * surface in the tests), and the checks that make its highest image a saddle of the transition.
 *
 * <p>Why a band in Java rather than LAMMPS's {@code neb}: this LAMMPS build ends the process on an error,
 * its {@code neb} needs one MPI partition per image and a fixed image count, and it cannot split a band
 * at an intermediate minimum. Here one band is computed by one thread over one LAMMPS instance, so
 * the same input gives the same path bit for bit whatever the number of workers, and a band that finds a
 * minimum between its ends is split there into two bands, each with its own saddle.
 *
 * <p>The method: images interpolated linearly (minimum image) between the ends; the improved tangent and
 * perpendicular spring force of Henkelman &amp; Jonsson (J. Chem. Phys. 113, 9978, 2000); the climbing
 * image of Henkelman, Uberuaga &amp; Jonsson (ibid. 9901) switched on after a number of iterations; FIRE
 * (Bitzek et al., PRL 97, 170201, 2006) on the whole band; the climbing image checked by Lanczos on its
 * Hessian (exactly one negative curvature) and by relaxing it, pushed both ways along that mode, into
 * the two ends of its band. A band whose FIRE stops short of the tolerance has its climbing image converged by
 * Newton's method ({@link org.modekick.path.NewtonSaddle}, MINRES on the Hessian) and checked the same way. A
 * climbing image that rises above the straight line's maximum by more than its hump stops its band
 * ({@link org.modekick.path.ElasticBand#runawayLevel()}); the barrier out of the start's basin, what thermal escape
 * crosses, is found for every path ({@link org.modekick.path.EscapeSearch}).
 */
package org.modekick.path;
