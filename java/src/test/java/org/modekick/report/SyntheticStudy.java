package org.modekick.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes sample directories that follow the data contract, with numbers generated from known laws, and
 * keeps what the report must find in them:
 * <ul>
 * <li>|dPhi| = C |dr|^{@link #DPHI_EXPONENT} times log-normal noise of width 0.05 (Fig. 8);</li>
 * <li>|dr_i| = 0.1 r^-a_t times log-normal noise of width 0.1 in each decay profile (Fig. 9b);</li>
 * <li>barrier = omega^2 A_c^2 N / 2 times a factor in [0.8, 1.2], so T_c = 2 min barrier is known;</li>
 * <li>g(omega) = A_D omega^2 + alpha omega^4 exactly below omega_BP (the vDOS fit);</li>
 * <li>statuses by k: exchange, no-transition, diverged and failed rows among the transitions.</li>
 * </ul>
 * Missing values are written both as empty fields and as NaN, as the contract allows.
 */
final class SyntheticStudy {

    static final double DPHI_EXPONENT = 2.5;
    static final double DPHI_PREFACTOR = 0.01;
    static final int MODES = 60;
    static final int TRANSITION_IDS = 8;
    static final double DEBYE_LEVEL = 0.8;
    static final double ALPHA = 3.0;

    private SyntheticStudy() {}

    /** What one synthetic sample must yield. */
    record Expected(SampleResult sample, double minBarrier, int minBarrierMode, double minBarrierOmega,
            int transitioned, int distinct, int exchanges, int noTransition, int diverged, int failed,
            double[] decayExponents, double bosonPeak) {

        double criticalTemperature() {
            return 2 * minBarrier;
        }
    }

    /**
     * Writes one sample under {@code root/<system>-<n>-s<seed>}.
     *
     * @param withExtras whether to write modes/summary.json with the Debye fit, L in excite/summary.json and vdos.csv
     */
    static Expected write(Path root, String system, int n, long seed, boolean withExtras) throws IOException {
        Path dir = root.resolve(system + "-" + n + "-s" + seed);
        Files.createDirectories(dir.resolve("modes"));
        Files.createDirectories(dir.resolve("excite"));
        SplittableRandom random = new SplittableRandom(seed * 1_000_003L + n + system.hashCode());
        double bosonPeak = system.equals("lj") ? 0.9 : 0.35;
        double density = system.equals("lj") ? 0.997 : 1.39;
        double box = Math.cbrt(n / density);

        // modes.csv
        double[] omega = new double[MODES + 1];
        double[] participation = new double[MODES + 1];
        double[] order = new double[MODES + 1];
        StringBuilder modes = new StringBuilder("k,lambda,omega,P,O\n");
        for (int k = 1; k <= MODES; k++) {
            omega[k] = bosonPeak * (0.1 + 1.5 * k / MODES);
            participation[k] = Math.pow(10, -2 + 1.7 * random.nextDouble());
            order[k] = random.nextDouble();
            modes.append(k).append(',').append(omega[k] * omega[k]).append(',').append(omega[k]).append(',')
                    .append(participation[k]).append(',').append(order[k]).append('\n');
        }
        Files.writeString(dir.resolve("modes/modes.csv"), modes);

        // the distinct transitions
        double[] dr = new double[TRANSITION_IDS + 1];
        double[] dPhi = new double[TRANSITION_IDS + 1];
        double[] rearranged = new double[TRANSITION_IDS + 1];
        double[] decay = new double[TRANSITION_IDS + 1];
        for (int t = 1; t <= TRANSITION_IDS; t++) {
            dr[t] = Math.pow(10, -2.5 + 2.5 * (t - 1 + random.nextDouble()) / TRANSITION_IDS);
            double sign = random.nextBoolean() ? 1 : -1;
            dPhi[t] = sign * DPHI_PREFACTOR * Math.pow(dr[t], DPHI_EXPONENT) * Math.exp(0.05 * random.nextGaussian());
            double c = Math.pow(10, -5.3 + 3.3 * random.nextDouble());
            rearranged[t] = Math.max(1.0, dr[t] * dr[t] / c);
            decay[t] = 2.5 + 0.5 * random.nextDouble();
        }

        // excitations.csv and trials.csv
        StringBuilder rows = new StringBuilder("k,omega,P,O,A_c,dr,dPhi,barrier,N_rearr,I,a,A_c_A3,transition,status\n");
        StringBuilder trials = new StringBuilder("k,A,dr,dPhi,outcome\n");
        double minBarrier = Double.POSITIVE_INFINITY;
        int minMode = -1;
        int transitioned = 0, exchanges = 0, noTransition = 0, diverged = 0, failed = 0;
        boolean[] used = new boolean[TRANSITION_IDS + 1];
        for (int k = 1; k <= MODES; k++) {
            double ac = Math.pow(10, -4 + 2.0 * k / MODES) * (1 + 0.1 * random.nextDouble());
            double a3 = ac * Math.pow(10, 1 + 2 * random.nextDouble());
            String head = k + "," + omega[k] + "," + participation[k] + "," + order[k] + ",";
            if (k == 5) {
                rows.append(head).append(",,NaN,,,,,").append(a3).append(",,diverged\n");
                diverged++;
            } else if (k == 9) {
                rows.append(head).append("NaN,NaN,NaN,NaN,NaN,NaN,NaN,NaN,NaN,failed\n");
                failed++;
            } else if (k % 10 == 3) {
                rows.append(head).append(ac).append(",1e-9,1e-15,").append(ac * ac).append(",2,0.1,,")
                        .append(a3).append(",,exchange\n");
                exchanges++;
            } else if (k % 10 == 7) {
                rows.append(head).append(",,,,,,,").append(a3).append(",,no-transition-in-range\n");
                noTransition++;
            } else {
                int t = 1 + (k * 5) % TRANSITION_IDS;
                used[t] = true;
                double barrier = omega[k] * omega[k] * ac * ac * n / 2 * (0.8 + 0.4 * random.nextDouble());
                if (barrier < minBarrier) {
                    minBarrier = barrier;
                    minMode = k;
                }
                rows.append(head).append(ac).append(',').append(dr[t]).append(',').append(dPhi[t]).append(',')
                        .append(barrier).append(',').append(rearranged[t]).append(',').append(random.nextDouble())
                        .append(',').append(decay[t]).append(',').append(a3).append(',').append(t)
                        .append(",transitioned\n");
                transitioned++;
                if (k <= 12) {
                    appendTrials(trials, k, ac, dr[t], dPhi[t], random);
                }
            }
        }
        Files.writeString(dir.resolve("excite/excitations.csv"), rows);
        Files.writeString(dir.resolve("excite/trials.csv"), trials);
        int distinct = 0;
        for (int t = 1; t <= TRANSITION_IDS; t++) {
            distinct += used[t] ? 1 : 0;
        }

        // decay profiles, one per transition
        for (int t = 1; t <= TRANSITION_IDS; t++) {
            StringBuilder profile = new StringBuilder("distance,dr\n0.0,1.0\n");
            double rMax = Math.sqrt(3) / 2 * box;
            for (int i = 0; i < 3000; i++) {
                double r = 0.8 + (rMax - 0.8) * Math.cbrt(random.nextDouble());
                double value = 0.1 * Math.pow(r, -decay[t]) * Math.exp(0.1 * random.nextGaussian());
                profile.append(r).append(',').append(value).append('\n');
            }
            Files.writeString(dir.resolve("excite/decay-" + t + ".csv"), profile);
        }

        // vdos.csv: exact Debye + alpha omega^4 below the peak, falling as omega^-2 in the reduced form above
        StringBuilder vdos = new StringBuilder("omega,g,g_over_omega2\n0.0,0.0,NaN\n");
        for (int b = 1; b <= 100; b++) {
            double w = 0.02 * b * bosonPeak / 0.35;
            double reduced = w <= bosonPeak ? DEBYE_LEVEL + ALPHA * w * w
                    : (DEBYE_LEVEL + ALPHA * bosonPeak * bosonPeak) * Math.pow(bosonPeak / w, 2);
            vdos.append(w).append(',').append(reduced * w * w).append(',').append(b == 3 ? "" : Double.toString(reduced))
                    .append('\n');
        }
        if (withExtras) {
            Files.writeString(dir.resolve("modes/vdos.csv"), vdos);
            Files.writeString(dir.resolve("modes/summary.json"), """
                    {"N": %d, "omega_BP": %s, "A_D": %s, "alpha": %s, "fit_omega_low": 0.02, "fit_omega_high": %s}
                    """.formatted(n, bosonPeak, DEBYE_LEVEL, ALPHA, bosonPeak));
        } else if (system.equals("harmonic")) {
            // omega_BP only (as a modes run that passed the peak writes it): the report fits A_D and alpha
            Files.writeString(dir.resolve("modes/vdos.csv"), vdos);
            Files.writeString(dir.resolve("modes/summary.json"), "{\"N\": %d, \"omega_BP\": %s}\n".formatted(n, bosonPeak));
        }
        String boxField = withExtras ? "\"L\": " + box + ", " : "";
        Files.writeString(dir.resolve("excite/summary.json"), """
                {"N": %d, "system": "%s", "seed": %d, "T_c": %s, "omega_BP": %s, "counts": {"distinct_transitions": %d}, %s
                 "thresholds": {"force_tolerance": 1e-10, "returned_delta": 1e-5, "same_structure_delta": 1e-4},
                 "versions": {"modekick": "0.1.0-test", "lammps": "29 Sep 2021", "slepc": "3.18"},
                 "timings": {"excite_s": 12.5, "per_mode_s": NaN}}
                """.formatted(n, system, seed, 2 * minBarrier, withExtras ? bosonPeak : Double.NaN, distinct, boxField));
        return new Expected(new SampleResult(system, n, seed, dir), minBarrier, minMode, omega[minMode], transitioned,
                distinct, exchanges, noTransition, diverged, failed, java.util.Arrays.copyOfRange(decay, 1, decay.length),
                bosonPeak);
    }

    private static void appendTrials(StringBuilder trials, int k, double ac, double dr, double dPhi,
            SplittableRandom random) {
        List<Double> amplitudes = new ArrayList<>();
        for (double a = ac / 1000; a < ac; a *= 3) {
            amplitudes.add(a);
        }
        double lo = amplitudes.get(amplitudes.size() - 1);
        double hi = lo * 3;
        amplitudes.add(hi);
        for (int i = 0; i < 8; i++) {
            double mid = 0.5 * (lo + hi);
            amplitudes.add(mid);
            if (mid < ac) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        for (double a : amplitudes) {
            boolean jumped = a >= ac;
            trials.append(k).append(',').append(a).append(',').append(jumped ? dr : 1e-10 * random.nextDouble())
                    .append(',').append(jumped ? dPhi : -1e-15 * random.nextDouble()).append(',')
                    .append(jumped ? "transitioned" : "returned").append('\n');
        }
    }

    /** The standard study: harmonic N = 2000 (seeds 1, 2) and 4000, LJ N = 2000. */
    static List<Expected> standard(Path root) throws IOException {
        return List.of(write(root, "harmonic", 2000, 1, true), write(root, "harmonic", 2000, 2, false),
                write(root, "harmonic", 4000, 1, true), write(root, "lj", 2000, 1, false));
    }
}
