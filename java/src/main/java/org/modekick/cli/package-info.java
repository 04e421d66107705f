/**
 * The modekick command line: one class per command (prepare, modes, excite, study, bench, and the
 * hidden comparison commands the MPI checks use), the options they share, and exit codes (0 success,
 * 1 the work failed, 2 a wrong command line).
 */
package org.modekick.cli;
