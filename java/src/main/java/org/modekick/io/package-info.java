/**
 * What every file format of modekick shares, once: writing a file atomically and durably
 * ({@link org.modekick.io.AtomicFile}), holding an output for the life of a run ({@link org.modekick.io.OutputLock}),
 * reading text line by line so that a binary file is named ({@link org.modekick.io.TextLines}), reading CSV by
 * column name and JSON tolerantly with errors that name file and line ({@link org.modekick.io.CsvFile},
 * {@link org.modekick.io.JsonFile}, {@link org.modekick.io.NumberField}, {@link org.modekick.io.InputFormatException}),
 * and NumPy's .npy container ({@link org.modekick.io.Npy}, {@link org.modekick.io.NpyReader},
 * {@link org.modekick.io.NpyWriter}). The formats themselves (their columns and keys) belong beside their
 * producers: modes.csv, vdos.csv, eigenvectors.npy and a modes summary.json in {@link org.modekick.modes}, an excite
 * directory's files in {@link org.modekick.store}.
 */
package org.modekick.io;
