/**
 * The steps of the paper's analysis as a Java API, which the command line only parses options for and prints:
 * a glass read and checked ({@link org.modekick.pipeline.InputGlass}: the file, overlaps;
 * {@link org.modekick.pipeline.GlassCheck}: an inherent structure, or relaxed on request), its modes
 * ({@link org.modekick.pipeline.ModesStep}, whose Hessian {@link org.modekick.pipeline.HessianSources} picks: analytic
 * or from LAMMPS's forces), its excitation planned and run
 * ({@link org.modekick.pipeline.ExciteStep}, {@link org.modekick.pipeline.ExciteRun}: all modes on parallel
 * workers or MPI task groups, recorded in {@link org.modekick.store} as they finish, resumable), and several
 * glasses prepared, analysed and reported ({@link org.modekick.pipeline.Study}). Preparation is
 * {@link org.modekick.prepare.GlassPreparation}, called as it is. A request the inputs cannot satisfy is a
 * {@link org.modekick.pipeline.RequestException}.
 */
package org.modekick.pipeline;
