package org.modekick.excite;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.modekick.lammps.FireSettings;
import org.modekick.lammps.LammpsSession;
import org.modekick.lammps.MinimizationResult;
import org.modekick.mpi.Communicator;
import org.modekick.mpi.MpiRuntime;
import org.modekick.potential.PairForces;
import org.modekick.system.ParticleVector;

/**
 * One LAMMPS instance that relaxes kicked states of one inherent structure, reused for every trial of
 * every mode a worker handles: a trial scatters new positions instead of re-creating atoms. Confined to
 * the thread that opened it.
 *
 * <p><b>Early termination.</b> A relaxation serves only to decide returned or transitioned, so it stops
 * as soon as its outcome is certain (thresholds in {@link Thresholds}): back within delta of r0, or
 * with potential plus kinetic energy below Phi0 - m. LAMMPS's {@code fix halt} is evaluated during
 * minimisation in this build (it ends the minimisation like a time-out, "Stopping criterion = walltime
 * limit reached", and the next {@code minimize} starts normally), so the test is an equal-style variable
 * of {@code compute msd} (with {@code com yes}: rigid translation removed; its reference is r0, stored
 * when the compute is created), {@code pe} and {@code ke}, every {@link #HALT_EVERY} iterations. fix halt only observes: a
 * relaxation that it does not stop is bit for bit the one without it. Before each kicked state is
 * scattered the image flags are zeroed, so LAMMPS's unwrapped coordinates are r0 + kick, as msd needs.
 *
 * <p><b>Large kicks.</b> LAMMPS's FIRE caps the step only after the first force kick (platform notes),
 * so a state whose largest force component exceeds 0.5 dmax / dt^2 is first relaxed with the timestep
 * dt1 = sqrt(0.5 dmax / fmax) until fmax drops below that bound; only then the normal FIRE.
 *
 * <p>Each minimisation starts from {@code reset_timestep 0}: the halt test falls on the same iterations
 * whatever the instance did before, so results do not depend on which worker ran a trial.
 */
public final class Relaxer implements KickRelaxer {

    /** Iterations between two evaluations of the early-termination test. */
    public static final int HALT_EVERY = 10;
    private static final String HALT = "modekick_halt";
    private static final String STAGE = "modekick_stage";

    private final LammpsSession lammps;
    private final Reference reference;
    private final FireSettings fire;
    private final Thresholds thresholds;
    private final Arena arena = Arena.ofConfined();
    private final MemorySegment buffer;
    private final MemorySegment forces;
    private boolean haltDefined;

    private Relaxer(LammpsSession lammps, Reference reference, FireSettings fire, Thresholds thresholds) {
        this.lammps = lammps;
        this.reference = reference;
        this.fire = fire;
        this.thresholds = thresholds;
        this.buffer = ParticleVector.allocate(arena, reference.particles()).segment();
        this.forces = ParticleVector.allocate(arena, reference.particles()).segment();
    }

    /**
     * Opens LAMMPS in this process alone (logging to {@code log}) with r0 defined and the early-termination
     * test set up.
     */
    public static Relaxer open(Reference reference, FireSettings fire, Thresholds thresholds, Path log) {
        return open(reference, fire, thresholds, MpiRuntime.self(), log);
    }

    /**
     * The same on the ranks of {@code communicator}, over which LAMMPS decomposes the box; every rank of it
     * calls this and every method after, in the same order. Positions are gathered onto every rank and
     * energies reduced over all, so each rank sees the same numbers and takes the same decisions.
     */
    public static Relaxer open(Reference reference, FireSettings fire, Thresholds thresholds, Communicator communicator,
                               Path log) {
        LammpsSession lammps = LammpsSession.open(communicator, log);
        try {
            lammps.define(reference.structure(), reference.interaction(), reference.masses());
            Relaxer r = new Relaxer(lammps, reference, fire, thresholds);
            r.checkSameStructure();
            lammps.commands(r.haltVariables());
            return r;
        } catch (RuntimeException e) {
            lammps.close();
            throw e;
        }
    }

    /** r0 went in wrapped, so LAMMPS must hold exactly the same numbers: msd's reference is r0. */
    private void checkSameStructure() {
        lammps.gatherPositions(buffer);
        if (buffer.mismatch(reference.positions()) != -1) {
            throw new IllegalStateException("LAMMPS holds other positions than the reference r0 (not wrapped?)");
        }
    }

    private List<String> haltVariables() {
        int n = reference.particles();
        return List.of(
                "compute modekick_msd all msd com yes",
                "compute modekick_ke all ke",
                "variable modekick_d equal sqrt(c_modekick_msd[4]*" + n + ")",
                "variable modekick_back equal \"v_modekick_d < " + number(thresholds.returned()) + "\"",
                "variable modekick_away equal \"pe + c_modekick_ke < " + number(thresholds.transitionedBelow()) + "\"",
                "variable modekick_stop equal \"v_modekick_back || v_modekick_away\"");
    }

    static String number(double v) {
        return String.format(Locale.ROOT, "%.17g", v);
    }

    @Override
    public Reference reference() {
        return reference;
    }

    @Override
    public Path logFile() {
        return lammps.logFile();
    }

    /** Starts LAMMPS's log afresh, so that it holds the current mode's trials only. */
    @Override
    public void restartLog() {
        lammps.restartLog();
    }

    /**
     * Relaxes {@code start} (3N positions, unwrapped: r0 + kick) with FIRE; with {@code earlyStop} it
     * ends as soon as the outcome is certain, otherwise at convergence (or the iteration limit).
     */
    @Override
    public Relaxation relax(MemorySegment start, boolean earlyStop) {
        lammps.command("set group all image 0 0 0");
        lammps.scatterPositions(start);
        long iterations = 0;
        int minimizations = 0;
        double softBound = 0.5 * fire.dmax() / (fire.timestep() * fire.timestep());
        double fmax = largestForceComponent(start);
        if (fmax > softBound) {
            // reduced first stage: dt1^2 fmax = 0.5 dmax, until the largest force is below the bound
            FireSettings first = new FireSettings(Math.sqrt(0.5 * fire.dmax() / fmax), fire.tmax(), fire.alpha0(),
                    fire.dmax(), fire.forceTolerance(), fire.maxIterations());
            setHalt(false);
            lammps.commands(List.of(
                    "variable modekick_soft equal \"fmax < " + number(softBound) + "\"",
                    "fix " + STAGE + " all halt 1 v_modekick_soft > 0.5 error continue message no",
                    "reset_timestep 0"));
            MinimizationResult r = lammps.minimize(first);
            lammps.command("unfix " + STAGE);
            iterations += r.iterations();
            minimizations++;
        }
        setHalt(earlyStop);
        lammps.command("reset_timestep 0");
        MinimizationResult r = lammps.minimize(fire);
        iterations += r.iterations();
        minimizations++;
        Relaxation result = classify(r.forceNorm(), r.energy(), iterations, minimizations);
        if (result == null) {
            // neither converged nor confirmed by the test in Java (fix halt fired at the margin, or FIRE
            // stopped by itself): go on without early termination rather than decide on a borderline state
            setHalt(false);
            lammps.command("reset_timestep 0");
            MinimizationResult again = lammps.minimize(fire);
            result = classify(again.forceNorm(), again.energy(), iterations + again.iterations(), minimizations + 1);
        }
        return result;
    }

    /** How the last minimisation ended; null when fix halt stopped it but the test in Java disagrees. */
    private Relaxation classify(double forceNorm, double energy, long iterations, int minimizations) {
        lammps.gatherPositions(buffer);
        double distance;
        try (Arena temp = Arena.ofConfined()) {
            distance = DisplacementField.between(reference.structure().box(), reference.positions(), buffer, temp).norm();
        }
        Relaxation.Ending ending;
        if (forceNorm < fire.forceTolerance()) {
            ending = Relaxation.Ending.CONVERGED;
        } else if (haltDefined && distance < thresholds.returned()) {
            ending = Relaxation.Ending.BACK;
        } else if (haltDefined && energy < thresholds.transitionedBelow()) {
            ending = Relaxation.Ending.AWAY;
        } else if (haltDefined) {
            return null;
        } else {
            ending = Relaxation.Ending.UNCONVERGED;
        }
        return new Relaxation(ending, distance, forceNorm, energy, iterations, minimizations, buffer);
    }

    private void setHalt(boolean on) {
        if (on && !haltDefined) {
            lammps.command("fix " + HALT + " all halt " + HALT_EVERY + " v_modekick_stop > 0.5 error continue message no");
        } else if (!on && haltDefined) {
            lammps.command("unfix " + HALT);
        }
        haltDefined = on;
    }

    /**
     * max over particles and axes of |F_i,a| (LAMMPS's fmax): computed in Java before LAMMPS sees the state where the
     * interaction has Java formulas, by LAMMPS ({@code run 0}, the state already scattered) otherwise.
     */
    private double largestForceComponent(MemorySegment positions) {
        var field = reference.interaction().analytic();
        if (field.isEmpty()) {
            lammps.evaluate();
            return lammps.largestForce();
        }
        PairForces.compute(reference.structure().withPositions(positions), field.get(), forces);
        return new ParticleVector(forces).maxAbs();
    }

    @Override
    public void close() {
        lammps.close();
        arena.close();
    }
}
