/**
 * An excite run's directory, the durable store of its results, and the formats of its files, each with its
 * one writer and reader: run.json ({@link org.modekick.store.RunManifest}: what the results depend on; another
 * run's directory is refused), journal.jsonl ({@link org.modekick.store.Journal}: one fsynced line per finished
 * mode; read back, every valid line is kept and every other one named and kept aside), states/
 * ({@link org.modekick.store.FinalStates}), both held by the run's one writer ({@link org.modekick.store.Ledger});
 * and the final files written from the journal
 * ({@link org.modekick.store.OutputFiles}): excitations.csv ({@link org.modekick.store.ExcitationsCsv}),
 * trials.csv ({@link org.modekick.store.TrialsCsv}), decay-ID.csv ({@link org.modekick.store.DecayCsv}),
 * transition-ID.dump ({@link org.modekick.store.DisplacementDump}) and summary.json
 * ({@link org.modekick.store.ExciteSummary}). The report and the comparisons read these files through the same
 * classes.
 */
package org.modekick.store;
