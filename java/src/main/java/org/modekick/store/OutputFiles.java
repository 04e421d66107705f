package org.modekick.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.modekick.excite.DecayFit;
import org.modekick.excite.DisplacementField;
import org.modekick.excite.KickGuard;
import org.modekick.excite.ExcitePlan;
import org.modekick.excite.ExciteSettings;
import org.modekick.excite.ModeResult;
import org.modekick.excite.Reference;
import org.modekick.excite.Relaxer;
import org.modekick.excite.Status;
import org.modekick.excite.TransitionGroups;
import org.modekick.hessian.MassWeighting;
import org.modekick.mpi.TaskGroups;
import org.modekick.system.Box;

/**
 * The files a finished run leaves, all written from the journal (so a resumed run writes exactly what an
 * uninterrupted one would): excitations.csv, trials.csv, decay-ID.csv and transition-ID.dump for each
 * distinct transition (its representative, the lowest k reaching it), and summary.json.
 */
public final class OutputFiles {

    private final ExcitePlan plan;
    private final Path dir;
    private final FinalStates states;

    public OutputFiles(ExcitePlan plan, Path dir, FinalStates states) {
        this.plan = plan;
        this.dir = dir;
        this.states = states;
    }

    /** T_c = 2 min_k Delta Phi_barrier over the modes that transitioned (Table I); NaN if none did. */
    public static double onsetTemperature(List<ModeResult> results) {
        return results.stream().filter(ModeResult::transitioned).mapToDouble(r -> 2 * r.barrier()).min()
                .orElse(Double.NaN);
    }

    public TransitionGroups writeAll(List<ModeResult> results, int workers, TaskGroups taskGroups, int session,
                              double wallSeconds)
            throws IOException {
        Reference ref = plan.reference();
        Box box = ref.structure().box();
        List<Integer> transitioned = results.stream().filter(ModeResult::transitioned).map(ModeResult::k).toList();
        TransitionGroups groups;
        try (Arena arena = Arena.ofConfined()) {
            Map<Integer, Double> energies = new java.util.HashMap<>();
            results.forEach(r -> energies.put(r.k(), r.energyChange()));
            groups = TransitionGroups.of(transitioned, k -> read(k, arena), energies::get, box,
                    plan.thresholds().same(), plan.thresholds().energyMargin());
            for (TransitionGroups.Group g : groups.groups()) {
                try (Arena one = Arena.ofConfined()) {
                    MemorySegment r1 = states.read(g.representative(), one);
                    DisplacementField d = DisplacementField.between(box, ref.positions(), r1, one);
                    DisplacementDump.write(dir.resolve(DisplacementDump.name(g.id())), ref.structure(), d);
                    DecayCsv.write(dir.resolve(DecayCsv.name(g.id())), decay(g.id(), box, ref, d));
                }
            }
        }
        ExcitationsCsv.write(dir.resolve(ExcitationsCsv.FILE),
                results.stream().map(r -> Excitation.of(r, groups.id(r.k()), !MassWeighting.unit(ref.masses())))
                        .toList());
        TrialsCsv.write(dir.resolve(TrialsCsv.FILE),
                results.stream().flatMap(r -> r.trials().stream()).map(TrialRow::of).toList());
        ExciteSummary.write(dir.resolve(ExciteSummary.FILE),
                summary(results, groups, workers, taskGroups, session, wallSeconds));
        return groups;
    }

    private MemorySegment read(int k, Arena arena) {
        try {
            return states.read(k, arena);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the final state of mode " + k, e);
        }
    }

    /** The distance and |dr_i| of every particle from the most displaced one, nearest first (Fig. 9b). */
    private static DecayProfile decay(int id, Box box, Reference ref, DisplacementField d) {
        double[] r = DecayFit.distances(box, ref.positions(), d.mostDisplaced());
        Integer[] order = new Integer[r.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> a.equals(b) ? 0 : Double.compare(r[a], r[b]) != 0 ? Double.compare(r[a], r[b])
                : Integer.compare(a, b));
        double[] distance = new double[r.length];
        double[] dr = new double[r.length];
        for (int j = 0; j < order.length; j++) {
            distance[j] = r[order[j]];
            dr[j] = d.of(order[j]);
        }
        return new DecayProfile(id, distance, dr);
    }

    private Map<String, Object> summary(List<ModeResult> results, TransitionGroups groups, int workers,
                                        TaskGroups taskGroups, int session, double wallSeconds) {
        Reference ref = plan.reference();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(ExciteSummary.N, ref.particles());
        Box box = ref.structure().box();
        m.put(ExciteSummary.BOX_LENGTH, Math.min(box.lx(), Math.min(box.ly(), box.lz())));
        m.putAll(plan.provenance());
        double tc = onsetTemperature(results);
        m.put(ExciteSummary.T_C, tc);
        results.stream().filter(ModeResult::transitioned).filter(r -> 2 * r.barrier() == tc).findFirst()
                .ifPresent(r -> m.put("T_c_mode", r.k()));
        m.put("T_c_definition", "2 min_k Delta Phi_barrier (Eq. 8) over the modes that transitioned (Table I)");

        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("modes", results.size());
        for (Status s : Status.values()) {
            counts.put(s.csv(), results.stream().filter(r -> r.status() == s).count());
        }
        counts.put(ExciteSummary.DISTINCT_TRANSITIONS, groups.groups().size());
        m.put(ExciteSummary.COUNTS, counts);
        if (plan.settings().verifies()) {
            List<ModeResult> verified = results.stream().filter(r -> !Double.isNaN(r.unverifiedAmplitude())).toList();
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("ratio", plan.settings().verifyBelow());
            v.put("definition", "a fine upward scan by the factor 1 + precision from A_c / ratio up to A_c, each"
                    + " leaving kick relaxed to convergence; its first leaving kick, with the returning one below it,"
                    + " becomes the bracket");
            v.put("verified", verified.size());
            v.put("moved", verified.stream().filter(ModeResult::verificationMoved).count());
            List<Map<String, Object>> moved = new ArrayList<>();
            for (ModeResult r : verified) {
                if (r.verificationMoved()) {
                    Map<String, Object> one = new LinkedHashMap<>();
                    one.put("k", r.k());
                    one.put("A_c", r.criticalAmplitude());
                    one.put("A_c_unverified", r.unverifiedAmplitude());
                    moved.add(one);
                }
            }
            v.put("moved_modes", moved);
            m.put("verify_below", v);
        }

        List<Map<String, Object>> transitions = new ArrayList<>();
        for (TransitionGroups.Group g : groups.groups()) {
            ModeResult rep = results.stream().filter(r -> r.k() == g.representative()).findFirst().orElseThrow();
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("id", g.id());
            t.put("modes", g.modes());
            t.put("dr", rep.distance());
            t.put("dPhi", rep.energyChange());
            t.put("N_rearr", rep.rearranging());
            t.put("a", rep.decayExponent());
            t.put("widest_member_distance", g.widest());
            t.put("dump", DisplacementDump.name(g.id()));
            t.put("decay", DecayCsv.name(g.id()));
            transitions.add(t);
        }
        m.put("transitions", transitions);
        Map<String, Object> grouping = new LinkedHashMap<>();
        grouping.put("tolerance", groups.tolerance());
        grouping.put("method", "final states compared in increasing k with each group's first state: rigid translation"
                + " removed, then identical labels or a bijection to the sites within the tolerance (cell list)");
        grouping.put("closest_distinct_states", groups.closestApart());
        m.put("grouping", grouping);

        List<Map<String, Object>> exchanges = new ArrayList<>();
        List<Map<String, Object>> unresolved = new ArrayList<>();
        for (ModeResult r : results) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("k", r.k());
            e.put("status", r.status().csv());
            e.put("reason", r.reason());
            if (r.status() == Status.EXCHANGE) {
                e.put("A_c", r.criticalAmplitude());
                e.put("relabelled_particles", r.relabelled());
                exchanges.add(e);
            } else if (r.status() != Status.TRANSITIONED && !r.reason().isEmpty()) {
                unresolved.add(e);
            }
        }
        m.put("exchanges", exchanges);
        m.put("not_transitioned", unresolved);

        List<Integer> flipped = results.stream().filter(ModeResult::flipped).map(ModeResult::k).toList();
        Map<String, Object> orientation = new LinkedHashMap<>();
        orientation.put("rule", "each e_k is oriented so that tau_k <= 0 (Eq. A2), i.e. the kick goes the way the cubic"
                + " term lowers the energy, as Eq. (A3) requires; A_c, the kicks and A_c_A3 refer to that orientation");
        orientation.put("flipped_modes", flipped);
        m.put("eigenvector_orientation", orientation);

        ExciteSettings s = plan.settings();
        Map<String, Object> search = new LinkedHashMap<>();
        search.put("a_min", s.aMin());
        search.put("a_max", s.aMax());
        search.put("scan_factor", s.scanFactor());
        search.put("precision", s.precision());
        search.put("scan_start", s.scanStart().text());
        search.put("definition", "A_c is the smallest A of the final bracket [lo, hi] (hi / lo <= 1 + precision) whose"
                + " kick r0 + A sqrt(N) e_k (d_k with masses other than 1: mass_convention) does not relax back to r0;"
                + " the bracket comes from a scan by"
                + " scan_factor on the grid a_min scan_factor^j (started at a_min, or, with scan_start onset, at the"
                + " first grid point where the kick's energy departs by 10% from omega^2 A^2 N / 2 (kappa A^2 N / 2 with masses) and going down"
                + " while kicks leave), then bisection at the geometric mean; the kick at A_c is always relaxed to convergence");
        m.put("search", search);
        m.put(ExciteSummary.THRESHOLDS, plan.thresholds().describe());
        Map<String, Object> early = new LinkedHashMap<>();
        early.put("enabled", s.earlyStop());
        early.put("method", "LAMMPS fix halt every " + Relaxer.HALT_EVERY + " FIRE iterations on an equal-style"
                + " variable: stop once |dr| < delta (returned) or pe + ke < Phi0 - m (transitioned)");
        early.put("overturned_decisions", results.stream().mapToInt(ModeResult::overturned).sum());
        m.put("early_termination", early);
        m.put("fire", s.fire());
        m.put("divergence", KickGuard.of(ref).describe());
        double[] range = DecayFit.range(ref.structure().box(), ref.particles());
        Map<String, Object> decay = new LinkedHashMap<>();
        decay.put("r_min", range[0]);
        decay.put("r_max", range[1]);
        decay.put("bins", DecayFit.BINS);
        decay.put("definition", "|dr_i| ~ r^-a, r from the most displaced particle; least squares through (mean ln r,"
                + " mean ln |dr_i|) of logarithmic bins in [2 (V/N)^(1/3), L_min / 2]");
        m.put("decay_fit", decay);
        List<Map<String, Object>> barriers = new ArrayList<>();
        for (ModeResult r : results) {
            if (!Double.isNaN(r.barrier())) {
                Map<String, Object> b = new LinkedHashMap<>();
                b.put("k", r.k());
                b.put("barrier", r.barrier());
                b.put("omega2_Ac2_N_over_2", r.harmonicBarrier());
                b.put("ratio", r.barrier() / r.harmonicBarrier());
                barriers.add(b);
            }
        }
        m.put("barriers", barriers);
        m.put("trials_note", "trials.csv: dr and dPhi are those of the converged state; a relaxation stopped early once"
                + " certainly transitioned (pe + ke < Phi0 - m) has none and its dr, dPhi are empty; a relaxation stopped"
                + " back at r0 gives those of the stopped state (|dr| < delta); the kick at A_c is always converged");
        m.put("barrier_note", "barrier is Delta Phi_barrier of Eq. (8) at A_c (pairwise Phi(r0 + A_c sqrt(N) e) - Phi0);"
                + " the paper finds it close to omega^2 A_c^2 N / 2, listed beside it (kappa A_c^2 N / 2 with masses"
                + " other than 1, kappa = d.H.d along the kick d)");

        Map<String, Object> timings = new LinkedHashMap<>();
        double[] seconds = results.stream().mapToDouble(ModeResult::seconds).toArray();
        double[] iterations = results.stream().mapToDouble(ModeResult::iterations).toArray();
        double[] relaxations = results.stream().mapToDouble(ModeResult::relaxations).toArray();
        timings.put("session_wall_s", wallSeconds);
        timings.put("mode_s_median", median(seconds));
        timings.put("mode_s_total", Arrays.stream(seconds).sum());
        timings.put("relaxations_per_mode_median", median(relaxations));
        timings.put("relaxations_total", Arrays.stream(relaxations).sum());
        timings.put("fire_iterations_per_mode_median", median(iterations));
        timings.put("fire_iterations_total", Arrays.stream(iterations).sum());
        m.put(ExciteSummary.TIMINGS, timings);
        m.put("workers", workers);
        m.put("mpi_ranks", taskGroups.ranks());
        m.put("ranks_per_task", taskGroups.ranksPerTask());
        m.put("sessions", session);
        return m;
    }

    static double median(double[] values) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] v = values.clone();
        Arrays.sort(v);
        int n = v.length;
        return n % 2 == 1 ? v[n / 2] : 0.5 * (v[n / 2 - 1] + v[n / 2]);
    }
}
