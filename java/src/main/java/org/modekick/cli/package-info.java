/**
 * The modekick command line: one class per command (prepare, modes, excite, study, bench, and the hidden
 * comparison commands the MPI checks use), each option defined once ({@link org.modekick.cli.Flag}, the shared
 * ones in CommonOptions), and exit codes (0 success, 1 the work failed, 2 a wrong command line). Commands parse
 * options, call {@link org.modekick.prepare} and {@link org.modekick.pipeline}, and print.
 */
package org.modekick.cli;
