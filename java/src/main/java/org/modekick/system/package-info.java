/**
 * The particles: periodic box, positions and types in native memory, LAMMPS data files, and the
 * cell lists that find neighbours in O(N).
 */
package org.modekick.system;
