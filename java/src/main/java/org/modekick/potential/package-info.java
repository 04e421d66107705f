/**
 * Pair potentials of the paper, Eqs. (1) and (2), with analytic derivatives up to third order, and
 * the energy and forces they give a configuration, computed in Java.
 */
package org.modekick.potential;
