/**
 * The particles: periodic box, positions and types in native memory, vectors of 3N doubles
 * ({@link org.modekick.system.ParticleVector}), LAMMPS data files, and the cell lists that find neighbours in
 * O(N).
 */
package org.modekick.system;
