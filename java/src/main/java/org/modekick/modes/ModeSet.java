package org.modekick.modes;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The modes excite works on: eigenpairs with P_k and O_k, and omega_BP where known; from a directory that
 * {@code modekick modes} wrote, or from a mode analysis just done.
 *
 * @param omegaBosonPeak NaN when unknown
 * @param selection how the modes were computed (modes/summary.json "selection"), or empty
 * @param masses the masses the modes belong to, as the directory records them
 */
public record ModeSet(Modes modes, double[] participation, double[] phononOrder, double omegaBosonPeak,
                      String selection, ModeMasses masses) {

    /** The modes, P_k, O_k and, where summary.json has them, omega_BP and the selection of a modes directory. */
    public static ModeSet read(Path dir, Arena arena) throws IOException {
        List<ModeSummary> rows = ModesCsv.read(dir.resolve(ModeFiles.MODES_CSV));
        Modes modes = ModeFiles.read(dir, rows, arena);
        double[] p = new double[rows.size()];
        double[] o = new double[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).k() != i + 1) {
                throw new IOException(dir.resolve(ModeFiles.MODES_CSV) + ": row " + (i + 1) + " has k = " + rows.get(i).k());
            }
            p[i] = rows.get(i).participation();
            o[i] = rows.get(i).phononOrder();
        }
        Path summary = dir.resolve(ModeFiles.SUMMARY);
        if (!Files.exists(summary)) {
            return new ModeSet(modes, p, o, Double.NaN, "", ModeMasses.UNRECORDED);
        }
        ModesSummaryJson json = ModesSummaryJson.read(summary);
        return new ModeSet(modes, p, o, json.bosonPeak(), json.selection(), json.masses());
    }

    /** The modes of an analysis just done, which belong to {@code masses}. */
    public static ModeSet of(ModeAnalysisResult r, ModeSelection selection, ModeMasses masses) {
        return new ModeSet(r.modes(), r.participation(), r.phononOrder(),
                r.bosonPeak() == null ? Double.NaN : r.bosonPeak().omega(), selection.describe(),
                masses);
    }

    public int size() {
        return modes.size();
    }

    /** The lowest positive eigenvalue: lambda_min of the thresholds. */
    public double lambdaMin() {
        for (int k = 1; k <= modes.size(); k++) {
            if (modes.mode(k).lambda() > 0) {
                return modes.mode(k).lambda();
            }
        }
        throw new IllegalArgumentException("no mode with a positive eigenvalue");
    }

    /** The k of the modes a selection picks (null: all of them). */
    public List<Integer> select(ModeSelection selection) {
        List<Integer> ks = new ArrayList<>();
        for (int k = 1; k <= modes.size(); k++) {
            double omega = modes.mode(k).omega();
            boolean in = switch (selection) {
                case null -> true;
                case ModeSelection.Lowest lowest -> k <= lowest.count();
                case ModeSelection.BelowFrequency below -> omega <= below.omegaMax();
                case ModeSelection.BelowBosonPeak ignored -> {
                    if (Double.isNaN(omegaBosonPeak)) {
                        throw new ModeSelection.Unsatisfiable("the modes carry no omega_BP: compute them with"
                                + " --below-boson-peak, or choose --count or --omega-max");
                    }
                    yield omega <= omegaBosonPeak;
                }
            };
            if (in) {
                ks.add(k);
            }
        }
        if (selection instanceof ModeSelection.Lowest lowest && lowest.count() > modes.size()) {
            throw new ModeSelection.Unsatisfiable("asked for " + lowest.count() + " modes, the directory has "
                    + modes.size());
        }
        if (ks.isEmpty()) {
            throw new ModeSelection.Unsatisfiable("the selection " + selection.describe() + " picks no mode");
        }
        return ks;
    }
}
