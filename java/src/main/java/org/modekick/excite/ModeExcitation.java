package org.modekick.excite;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.List;
import org.modekick.hessian.MassWeighting;
import org.modekick.modes.Mode;
import org.modekick.potential.ModeExpansion;
import org.modekick.potential.Overlaps;
import org.modekick.system.Configuration;
import org.modekick.system.ParticleVector;

/**
 * One mode from start to finish, on one worker's {@link KickRelaxer} and {@link Landscape}:
 *
 * <ol>
 *   <li>orient e_k so that tau_k &lt;= 0 (Eq. (A3) needs tau &lt; 0, the eigenvector's sign is arbitrary,
 *       and A_c along +e and -e differ): the kick goes the way the cubic term lowers the energy;</li>
 *   <li>search A_c ({@link AmplitudeSearch}), the scan starting at the anharmonic onset of the kick's energy
 *       ({@link AnharmonicOnset}), with kicks r0 + A sqrt(N) d (Eq. 5), each checked for
 *       diverging overlaps before LAMMPS sees it, each relaxation stopped as soon as its outcome is
 *       certain;</li>
 *   <li>converge the state of the kick at A_c fully if it was stopped early (the search confirms it
 *       before accepting A_c, and goes on if it returns after all);</li>
 *   <li>measure Eqs. (6)-(10), (8) and (A3) there.</li>
 * </ol>
 *
 * <p>The kick direction d is the mode's displacement of the positions: d = e_k for equal masses (the paper), and
 * d = M^-1/2 e_k / |M^-1/2 e_k| for an eigenvector e_k of the dynamical matrix with unequal masses
 * ({@link MassWeighting}), a unit vector, so that A stays a length. The curvature of the energy along the kick,
 * which the harmonic reference omega^2 A^2 N / 2 of the paper stands for, is then kappa = d.H.d (from the landscape);
 * with equal masses m it is m omega^2 (lambda itself when m = 1).
 */
public final class ModeExcitation implements AutoCloseable {

    /** kappa and tau of a mode along which nothing was expanded (an unstable one). */
    private static final ModeExpansion.Coefficients UNKNOWN = new ModeExpansion.Coefficients(Double.NaN, Double.NaN);

    private final KickRelaxer relaxer;
    private final Landscape landscape;
    private final ExciteSettings settings;
    private final Thresholds thresholds;
    private final KickGuard guard;
    private final Reference reference;
    private final Arena arena = Arena.ofConfined();
    private final ParticleVector direction;
    private final ParticleVector kicked;
    private final ParticleVector kept;
    private final MassWeighting masses;
    private final double uniformMass; // the one mass when all are equal, NaN otherwise

    /** A mode's excitation for an interaction with Java formulas, whose landscape is exact. */
    public ModeExcitation(KickRelaxer relaxer, ExciteSettings settings, Thresholds thresholds) {
        this(relaxer, new AnalyticLandscape(relaxer.reference().structure(), relaxer.reference().forceField()),
                settings, thresholds);
    }

    public ModeExcitation(KickRelaxer relaxer, Landscape landscape, ExciteSettings settings, Thresholds thresholds) {
        this.relaxer = relaxer;
        this.landscape = landscape;
        this.settings = settings;
        this.thresholds = thresholds;
        this.reference = relaxer.reference();
        this.guard = KickGuard.of(reference);
        int n = reference.particles();
        this.direction = ParticleVector.allocate(arena, n);
        this.kicked = ParticleVector.allocate(arena, n);
        this.kept = ParticleVector.allocate(arena, n);
        this.masses = MassWeighting.of(reference.structure(), reference.masses());
        this.uniformMass = masses.uniform() ? masses.mass(0) : Double.NaN;
    }

    /**
     * Excites mode k. The final state, if any, is copied into {@code results} (an arena the caller
     * reads from, possibly on another thread).
     */
    public ModeOutcome excite(int k, Mode mode, double participation, double phononOrder, int session, Arena results) {
        long start = System.nanoTime();
        int n = reference.particles();
        double omega = mode.omega();
        if (!(mode.lambda() > 0)) {
            return new ModeOutcome(failed(k, omega, participation, phononOrder, UNKNOWN, false,
                    "unstable or zero mode (lambda = " + mode.lambda() + "): r0 is not a minimum along it",
                    List.of(), 0, 0, start, session), null);
        }
        direction.segment().copyFrom(mode.vector());
        if (!masses.uniform()) {
            masses.displacement(direction.segment(), direction.segment()); // d = M^-1/2 e / |M^-1/2 e|
        }
        double norm = direction.norm();
        ModeExpansion.Coefficients c = landscape.along(direction.segment());
        boolean flipped = c.tau() > 0;
        double scale = (flipped ? -1 : 1) / norm; // unit length as Eq. (5) assumes
        for (long r = 0; r < 3L * n; r++) {
            direction.set(r, scale * direction.get(r));
        }
        c = landscape.along(direction.segment());
        double curvature = masses.uniform() ? uniformMass * mode.lambda() : c.kappa();

        AmplitudeSearch.Result found;
        Search search;
        try (Arena states = Arena.ofConfined()) {
            search = new Search(k, settings.earlyStop(), states);
            try {
                AmplitudeSearch amplitudes = settings.search();
                found = amplitudes.run(search, scanStart(amplitudes.grid(), curvature));
                if (settings.verifies()) {
                    found = amplitudes.verifyBelow(found, settings.verifyBelow(), search);
                }
            } catch (LammpsFailedException e) {
                // LAMMPS stopped on one of this mode's kicks (its watched process died): this mode fails with
                // LAMMPS's message and the trials so far; the run goes on with the next mode
                return new ModeOutcome(failed(k, omega, participation, phononOrder, c, flipped, e.getMessage(),
                        search.trials, search.relaxations, search.iterations, start, session), null);
            }
            // the confirmed state at A_c, before the arena holding the search's states closes
            if (found.kind() == AmplitudeSearch.Kind.LEFT) {
                kept.segment().copyFrom(search.states.get(found.hi()).positions());
                search.keptOutcome = search.states.get(found.hi()).outcome();
            }
        }
        int overturned = found.overturned();
        List<Trial> trials = search.trials;
        return switch (found.kind()) {
            case NO_TRANSITION -> new ModeOutcome(row(k, omega, participation, phononOrder, Status.NO_TRANSITION,
                    Double.NaN, found.lo(), null, Double.NaN, c, flipped, 0, "", search, start, overturned, session,
                    found.unverified()), null);
            case DIVERGED -> new ModeOutcome(row(k, omega, participation, phononOrder, Status.DIVERGED, Double.NaN,
                    found.lo(), null, Double.NaN, c, flipped, 0, found.reason(), search, start, overturned, session,
                    found.unverified()), null);
            case FAILED -> new ModeOutcome(failed(k, omega, participation, phononOrder, c, flipped,
                    found.reason(), trials, search.relaxations, search.iterations, start, session), null);
            case LEFT -> measure(k, omega, participation, phononOrder, found, c, flipped, search, start, overturned,
                    session, results);
        };
    }

    private ModeOutcome measure(int k, double omega, double participation, double phononOrder,
                                AmplitudeSearch.Result found, ModeExpansion.Coefficients c, boolean flipped,
                                Search search, long start, int overturned, int session, Arena results) {
        double ac = found.hi();
        MemorySegment finalState = kept.copy(results).segment();
        try (Arena temp = Arena.ofConfined()) {
            double barrier = landscape.energyChange(kick(ac, temp));
            DisplacementField d = DisplacementField.between(reference.structure().box(), reference.positions(),
                    kept.segment(), temp);
            if (search.keptOutcome == Outcome.EXCHANGE) {
                StructureMatch m = StructureMatch.compare(reference.structure().box(), reference.positions(),
                        kept.segment(), thresholds.same());
                ModeResult r = row(k, omega, participation, phononOrder, Status.EXCHANGE, ac, found.lo(), null, barrier,
                        c, flipped, m.relabelled(), "relabelled " + m.relabelled() + " particles; labelled |dr| = "
                                + d.norm() + ", dPhi = " + landscape.energyChange(d.vector().segment()), search, start,
                        overturned, session, found.unverified());
                return new ModeOutcome(r, finalState);
            }
            Observables o = new Observables(d.norm(),
                    landscape.energyChange(d.vector().segment()),
                    Observables.rearranging(d), Observables.overlap(d, direction.segment()),
                    DecayFit.fit(reference.structure().box(), reference.positions(), d));
            ModeResult r = row(k, omega, participation, phononOrder, Status.TRANSITIONED, ac, found.lo(), o, barrier, c,
                    flipped, 0, "", search, start, overturned, session, found.unverified());
            return new ModeOutcome(r, finalState);
        }
    }

    private ModeResult row(int k, double omega, double participation, double phononOrder, Status status, double ac,
                           double lo, Observables o, double barrier, ModeExpansion.Coefficients c, boolean flipped,
                           int relabelled, String reason, Search s, long start, int overturned, int session,
                           double unverified) {
        int n = reference.particles();
        // 0.5 kappa A_c^2 N: 0.5 omega^2 A_c^2 N bit for bit when every mass is 1 (0.5 * x is exact)
        double curvature = masses.uniform() ? uniformMass * omega * omega : c.kappa();
        double harmonic = Double.isNaN(ac) ? Double.NaN : 0.5 * curvature * ac * ac * n;
        return new ModeResult(k, omega, participation, phononOrder, status, ac, lo,
                o == null ? Double.NaN : o.distance(), o == null ? Double.NaN : o.energyChange(), barrier, harmonic,
                o == null ? Double.NaN : o.rearranging(), o == null ? Double.NaN : o.overlap(),
                o == null ? Double.NaN : o.decay().exponent(), a3(c), c.kappa(), c.tau(), flipped, relabelled, reason,
                s.trials, s.relaxations, s.iterations, (System.nanoTime() - start) * 1e-9, overturned, session,
                unverified);
    }

    private ModeResult failed(int k, double omega, double participation, double phononOrder,
                              ModeExpansion.Coefficients c, boolean flipped, String reason, List<Trial> trials,
                              int relaxations, long iterations, long start, int session) {
        return new ModeResult(k, omega, participation, phononOrder, Status.FAILED, Double.NaN, Double.NaN, Double.NaN,
                Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, a3(c), c.kappa(), c.tau(),
                flipped, 0, reason, trials, relaxations, iterations, (System.nanoTime() - start) * 1e-9, 0, session,
                Double.NaN);
    }

    /**
     * The grid point the scan starts at: a_min, or the kick's anharmonic onset ({@link AnharmonicOnset}). Only an
     * interaction with Java formulas gives the energy of a large kick safely (LAMMPS may end the process on one,
     * e.g. below a table's range), so the others scan from a_min. {@code curvature}: kappa along the kick.
     */
    private int scanStart(double[] grid, double curvature) {
        if (settings.scanStart() == ExciteSettings.ScanStart.A_MIN || reference.interaction().analytic().isEmpty()) {
            return 0;
        }
        int n = reference.particles();
        return AnharmonicOnset.start(grid, a -> {
            try (Arena temp = Arena.ofConfined()) {
                return landscape.energyChange(kick(a, temp));
            }
        }, a -> 0.5 * curvature * a * a * n, reference.energy());
    }

    /** A_c of Eq. (A3), defined where the cubic term bends the landscape down (tau &lt; 0); NaN otherwise. */
    private double a3(ModeExpansion.Coefficients c) {
        return c.tau() < 0 ? c.criticalAmplitude(reference.particles()) : Double.NaN;
    }

    /** The kick A sqrt(N) d of Eq. (5) alone (without r0), allocated in {@code into}. */
    private MemorySegment kick(double amplitude, Arena into) {
        ParticleVector d = ParticleVector.allocate(into, reference.particles());
        d.setSum(d, amplitude * Math.sqrt(reference.particles()), direction);
        return d.segment();
    }

    /** An outcome with the |dr| and dPhi that go into trials.csv. */
    private record Classified(Outcome outcome, double distance, double energyChange) {}

    /** Decides what a relaxation led to (see {@link Thresholds}). */
    private Classified classify(Relaxation r) {
        double dPhi = r.energy() - reference.energy();
        var box = reference.structure().box();
        return switch (r.ending()) {
            case UNCONVERGED -> new Classified(Outcome.FAILED, Double.NaN, Double.NaN);
            case BACK -> new Classified(Outcome.RETURNED, r.distance(), dPhi);
            case CONVERGED -> {
                if (r.distance() < thresholds.returned()) {
                    yield new Classified(Outcome.RETURNED, r.distance(), dPhi);
                }
                if (Math.abs(dPhi) > thresholds.energyMargin()) {
                    // r0 relabelled or translated has the energy Phi0: a cheap necessary test first
                    yield new Classified(Outcome.TRANSITIONED, r.distance(), dPhi);
                }
                StructureMatch m = StructureMatch.compare(box, reference.positions(), r.positions(), thresholds.same());
                Outcome o = switch (m.kind()) {
                    case IDENTICAL -> Outcome.RETURNED;
                    case RELABELLED -> Outcome.EXCHANGE;
                    case DIFFERENT -> Outcome.TRANSITIONED;
                };
                yield new Classified(o, r.distance(), dPhi);
            }
            // below Phi0: neither r0 nor a relabelling of it (both have the energy Phi0)
            case AWAY -> new Classified(Outcome.TRANSITIONED, Double.NaN, Double.NaN);
        };
    }

    /** Frees the buffers (the relaxer and the landscape belong to the caller). */
    @Override
    public void close() {
        arena.close();
    }

    /** A leaving kick's relaxed state, converged or stopped early, and its row in the trials. */
    private record LeftState(MemorySegment positions, boolean converged, Outcome outcome, int trial) {}

    /** One search along the oriented direction, keeping the state of every leaving kick until it is confirmed. */
    private final class Search implements AmplitudeSearch.Probe {
        final int k;
        final boolean early;
        final Arena arena;
        final List<Trial> trials = new ArrayList<>();
        final java.util.Map<Double, LeftState> states = new java.util.HashMap<>();
        int relaxations;
        long iterations;
        Outcome keptOutcome;

        Search(int k, boolean early, Arena arena) {
            this.k = k;
            this.early = early;
            this.arena = arena;
        }

        @Override
        public Outcome kick(double amplitude) {
            int n = reference.particles();
            kicked.setSum(new ParticleVector(reference.positions()), amplitude * Math.sqrt(n), direction);
            Configuration state = reference.structure().withPositions(kicked.segment());
            Overlaps overlaps = guard.check(state);
            if (overlaps.any()) {
                trials.add(new Trial(k, amplitude, Double.NaN, Double.NaN, Outcome.DIVERGED, false, 0, 0));
                return Outcome.DIVERGED;
            }
            Relaxation r = relaxer.relax(kicked.segment(), early);
            relaxations++;
            iterations += r.iterations();
            Classified c = classify(r);
            trials.add(new Trial(k, amplitude, c.distance, c.energyChange, c.outcome, r.stoppedEarly(),
                    r.iterations(), r.minimizations()));
            if (c.outcome.left()) {
                states.put(amplitude, new LeftState(new ParticleVector(r.positions()).copy(arena).segment(),
                        r.ending() == Relaxation.Ending.CONVERGED, c.outcome, trials.size() - 1));
            }
            return c.outcome;
        }

        /** Converges a leaving kick's early-stopped state and records the result in its trial's row. */
        @Override
        public Outcome confirm(double amplitude) {
            LeftState s = states.get(amplitude);
            if (s.converged()) {
                return s.outcome();
            }
            Relaxation r = relaxer.relax(s.positions(), false);
            relaxations++;
            iterations += r.iterations();
            Classified c = classify(r);
            Trial t = trials.get(s.trial());
            trials.set(s.trial(), new Trial(t.k(), t.amplitude(), c.distance, c.energyChange, c.outcome, true,
                    t.iterations() + r.iterations(), t.minimizations() + r.minimizations()));
            s.positions().copyFrom(r.positions());
            states.put(amplitude, new LeftState(s.positions(), true, c.outcome, s.trial()));
            return c.outcome;
        }
    }
}
