package org.modekick.potential;

import java.util.List;
import java.util.Optional;

/**
 * What the particles of a glass interact with: the LAMMPS commands that define it, and what Java knows of it. Two
 * kinds: {@link AnalyticInteraction}, the styles with Java formulas to third order (the paper's harmonic/contact and
 * lj/smooth/linear), whose Hessian, tau_k, energies and divergence guard are exact; and {@link LammpsInteraction},
 * any interaction the linked LAMMPS computes (a potential file, or --pair-style of another style), for which every
 * quantity comes from LAMMPS's forces and energies.
 */
public sealed interface Interaction permits AnalyticInteraction, LammpsInteraction {

    int atomTypes();

    /** LAMMPS's units style: "lj" for the analytic styles, what a potential file says otherwise. */
    String units();

    /**
     * The commands that define the interaction once the box, the atoms and the data file's masses exist: pair_style,
     * pair_coeff and what else a potential file holds (pair_modify, mass, neighbor, neigh_modify).
     */
    List<String> lammpsCommands();

    /** The Java force field, for the styles that have one. */
    Optional<ForceField> analytic();

    /**
     * Whether a displaced atom moves the forces beyond its own neighbours (EAM, Stillinger-Weber, Tersoff, ...: any
     * style not known to be a sum over pairs): its force footprint is then twice LAMMPS's cutoff.
     */
    boolean manyBody();

    /** A short name for summary.json: "harmonic", "lj", "custom", or the potential file's name. */
    String label();

    /** What the results depend on, for run.json and summary.json: the commands and every file they read. */
    List<String> provenance();
}
