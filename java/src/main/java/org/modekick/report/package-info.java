/**
 * The study report: reads what {@code modes} and {@code excite} wrote for each sample
 * ({@link org.modekick.report.SampleLoader}, through the readers of {@link org.modekick.modes} and
 * {@link org.modekick.store}), computes the paper's tables and fits (Table I's T_c, the |dPhi| ~ |dr|^x law of
 * Fig. 8, the decay exponent a of Fig. 9b, transition counts, the vDOS fit), draws counterparts of Figs. 2-15 and
 * the vDOS as PNG and SVG, and writes one report.html beside CSV tables and report.json. The entry point is
 * {@link org.modekick.report.StudyReport#write}.
 */
package org.modekick.report;
