package org.modekick.pipeline;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.modekick.lammps.FireSettings;
import org.modekick.lammps.HighestFrequency;
import org.modekick.lammps.LammpsSession;
import org.modekick.lammps.MinimizationResult;
import org.modekick.mpi.MpiRuntime;
import org.modekick.system.Box;
import org.modekick.system.Configuration;
import org.modekick.system.DataFile;
import org.modekick.system.ParticleVector;

/**
 * What modekick checks in LAMMPS before it trusts a glass, after {@link InputGlass}'s checks of the file
 * (format, overlapping particles) and before modes or kicks: that the glass is an inherent structure. The thresholds
 * of the method assume it: a relaxed kick counts as back at r0 within delta = 10 (f_tol + F0) / lambda_min, so a
 * residual force F0 far above the FIRE tolerance f_tol moves every threshold with it and excite answers, confidently,
 * "no transition" for every mode. F0 is LAMMPS's own force norm (fnorm after {@code run 0}) with the interactions
 * defined as every step defines them, so the check holds for any potential LAMMPS computes; a glass whose F0
 * exceeds f_tol is refused, naming F0, f_tol and how to fix it. Asked to ({@link Policy#minimize}), the glass is
 * relaxed first with the same FIRE as the kicks, and the relaxed structure is what the step works on.
 *
 * <p>The same session estimates the highest vibrational frequency omega_max ({@link HighestFrequency}), against
 * which FIRE's timestep is checked ({@link FireSettings#requireStableFor}): an unstable timestep would otherwise end
 * the process in LAMMPS ("Lost atoms").
 *
 * <p>Every rank runs the check in its own process (the numbers are a serial run's), each with its own log.
 */
public final class GlassCheck {

    /**
     * How a step treats its input.
     *
     * @param fire the FIRE of the step: its force tolerance is the one |F| must be below, and it relaxes the glass
     *     when {@code minimize}
     * @param minimize relax the input first instead of refusing one that is not at a minimum
     * @param kicks whether the step relaxes kicked states with this FIRE (excite), whose timestep is then checked
     *     for stability on the glass it works on
     * @param adaptTimestep set FIRE's timestep from omega_max of the glass ({@link FireSettings#adaptedTo}) rather
     *     than keep the one given: for interactions in other units than the paper's glasses
     */
    public record Policy(FireSettings fire, boolean minimize, boolean kicks, boolean adaptTimestep) {

        /** A policy that keeps FIRE's timestep as given. */
        public Policy(FireSettings fire, boolean minimize, boolean kicks) {
            this(fire, minimize, kicks, false);
        }
    }

    /**
     * The outcome.
     *
     * @param structure what the step works on: the input, or the relaxed input
     * @param initialForceNorm |F| of the input as read
     * @param forceNorm |F| of {@code structure}
     * @param minimization the relaxation, when there was one
     * @param omegaMax the estimate of the highest vibrational frequency of {@code structure} (a lower bound), NaN
     *     when FIRE does not run in the step
     * @param fire the FIRE of the step: the policy's, its timestep adapted if the policy says so
     * @param masses the per-type masses LAMMPS holds once the interaction is defined
     */
    public record Result(Configuration structure, double initialForceNorm, double forceNorm,
                         Optional<MinimizationResult> minimization, double omegaMax, FireSettings fire,
                         double[] masses) {

        /** For summary.json: the check, and the relaxation if there was one (with where its glass is). */
        public Map<String, Object> describe(double tolerance, Path relaxedGlass) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("force_norm_as_read", initialForceNorm);
            m.put("force_tolerance", tolerance);
            m.put("omega_max_estimate", omegaMax);
            m.put("fire_timestep", fire.timestep());
            minimization.ifPresent(r -> {
                Map<String, Object> relaxed = new LinkedHashMap<>();
                relaxed.put("by", "--minimize: FIRE with the settings of the run");
                relaxed.put("fire_iterations", r.iterations());
                relaxed.put("force_norm", r.forceNorm());
                relaxed.put("energy", r.energy());
                relaxed.put("relaxed_glass", relaxedGlass.toAbsolutePath().toString());
                m.put("minimized", relaxed);
            });
            return m;
        }
    }

    /** The relaxed glass of --minimize, in the step's output directory. */
    public static final String RELAXED = "relaxed.data";

    private GlassCheck() {}

    /** The log of this process's check in the step's output: lammps/input.log on rank 0, input-rank-R.log else. */
    public static Path log(Path output) {
        int rank = MpiRuntime.world().rank();
        return output.resolve("lammps").resolve(rank == 0 ? "input.log" : "input-rank-" + rank + ".log");
    }

    /** Writes the relaxed glass of {@code r} (when there is one) to {@code file}, as a LAMMPS data file. */
    public static void writeRelaxed(Path file, InputGlass glass, Result r) throws IOException {
        if (r.minimization().isEmpty()) {
            return;
        }
        DataFile.Contents c = glass.contents();
        DataFile.write(file, new DataFile.Contents(r.structure(), c.masses(), c.pairCoeffs(),
                new int[3 * r.structure().size()]), String.format(Locale.ROOT, "relaxed by modekick --minimize from %s:"
                + " |F| %.3g -> %.3g in %d FIRE iterations", glass.file().toAbsolutePath(), r.initialForceNorm(),
                r.forceNorm(), r.minimization().get().iterations()));
    }

    /**
     * Checks {@code glass} (or relaxes it, as {@code policy} says) in a LAMMPS instance of this process logging to
     * {@code log}; the relaxed structure is allocated in {@code arena}; {@code relaxedGlass} is where the step writes
     * it, for the message of a refusal.
     *
     * @throws IllegalArgumentException if the glass is not at a minimum and is not to be relaxed, or its relaxation
     *     does not converge
     */
    public static Result run(InputGlass glass, Policy policy, Path log, Path relaxedGlass, Arena arena) {
        FireSettings fire = policy.fire();
        Configuration input = glass.configuration();
        try (LammpsSession lammps = LammpsSession.open(MpiRuntime.self(), log)) {
            lammps.define(input, glass.interaction(), glass.masses());
            double[] masses = lammps.masses();
            lammps.evaluate();
            double initial = lammps.forceNorm();
            if (!policy.minimize() && !(initial <= fire.forceTolerance())) {
                throw new IllegalArgumentException(notAMinimum(glass, initial, fire.forceTolerance(), relaxedGlass));
            }
            double omega = Double.NaN;
            if (policy.minimize() || policy.kicks()) {
                // FIRE must be stable before it runs (on the input, to relax it; on the glass, for the kicks)
                omega = HighestFrequency.estimate(lammps, input, masses);
                if (policy.adaptTimestep()) {
                    fire = fire.adaptedTo(omega);
                }
                fire.requireStableFor(omega, spacing(input));
            }
            if (!policy.minimize()) {
                return new Result(input, initial, initial, Optional.empty(), omega, fire, masses);
            }
            MinimizationResult r = lammps.minimize(fire);
            if (!r.converged()) {
                throw new IllegalArgumentException(glass.file() + ": --minimize did not reach |F| < "
                        + fire.forceTolerance() + " in " + r.iterations() + " FIRE iterations (|F| = " + r.forceNorm()
                        + "; log " + log + "): raise --max-iterations, or relax the glass yourself");
            }
            MemorySegment relaxed = ParticleVector.allocate(arena, input.size()).segment();
            lammps.gatherPositions(relaxed);
            Configuration structure = input.copy(arena).withPositions(relaxed);
            if (policy.kicks()) {
                omega = HighestFrequency.estimate(lammps, structure, masses);
                if (policy.adaptTimestep()) {
                    fire = fire.adaptedTo(omega);
                }
                fire.requireStableFor(omega, spacing(structure));
            }
            return new Result(structure, initial, r.forceNorm(), Optional.of(r), omega, fire, masses);
        } catch (IllegalArgumentException e) {
            forget(log); // a refusal in Java leaves no output behind; LAMMPS's own errors keep their log
            throw e;
        }
    }

    /**
     * Removes the log of a refused session, and its directory if nothing else is there: a refusal leaves no output
     * (LAMMPS's own errors, which end the process, keep theirs).
     */
    public static void forget(Path log) {
        try {
            Files.deleteIfExists(log);
            Files.deleteIfExists(log.getParent());
        } catch (IOException e) {
            // the directory holds other logs (earlier sessions, other ranks): they stay
        }
    }

    /** The mean particle spacing (V / N)^(1/3). */
    public static double spacing(Configuration c) {
        return Math.cbrt(c.box().volume() / c.size());
    }

    private static String notAMinimum(InputGlass glass, double force, double tolerance, Path relaxedGlass) {
        String message = String.format(Locale.ROOT, "%s is not an inherent structure: its force norm |F| = %.3g"
                + " (LAMMPS, at the positions as read) is above the FIRE force tolerance %.3g that the thresholds"
                + " assume (a kick counts as returned within 10 (f_tol + |F|) / lambda_min of r0, so a residual force"
                + " moves every threshold and every answer). Relax it to |F| < %.3g first (LAMMPS's minimize, or"
                + " modekick prepare's FIRE in lammps-inputs/), or pass --minimize to relax it here with the same FIRE:"
                + " the relaxed glass is then written to %s", glass.file(), force, tolerance, tolerance,
                relaxedGlass.toAbsolutePath());
        return message + outsideTheBox(glass.configuration());
    }

    /**
     * A hint when coordinates lie far outside the box: LAMMPS wraps them, and a double that far out resolves a
     * position only coarsely, which is then the residual force's likely cause.
     */
    private static String outsideTheBox(Configuration c) {
        Box box = c.box();
        double worst = 0;
        double magnitude = 0;
        for (int i = 0; i < c.size(); i++) {
            for (int a = 0; a < 3; a++) {
                double x = c.x(i, a);
                double outside = Math.max(box.lo(a) - x, x - (box.lo(a) + box.length(a)));
                worst = Math.max(worst, outside / box.length(a));
                magnitude = Math.max(magnitude, Math.abs(x));
            }
        }
        if (!(worst > 1)) {
            return "";
        }
        return String.format(Locale.ROOT, ". Its coordinates lie up to %.3g box lengths outside the box, where a double"
                + " resolves a position only to %.2g: wrap them into the box first (e.g. LAMMPS's write_data)", worst,
                Math.ulp(magnitude));
    }
}
