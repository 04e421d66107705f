package org.modekick.modes;

import org.modekick.eigen.EigenResult;

import org.modekick.modes.VibrationalDos.BosonPeak;

/**
 * The modes of one inherent structure with their observables (Eqs. 3, 4), the vDOS of the computed
 * part of the spectrum, and, where the spectrum reaches it, the boson peak and the Debye/non-Debye fit.
 *
 * @param residuals   relative residual ||H e - lambda e|| / |lambda| of each mode
 * @param bosonPeak   null when the computed spectrum does not reach past the peak
 * @param fit         g = A_D omega^2 + alpha omega^4 below the peak; null without a peak
 * @param method      how the eigenproblem was solved
 * @param isolated    particles without any contact (rattlers), whose zero modes were set aside
 */
public record ModeAnalysisResult(Modes modes, double[] residuals, double[] participation, double[] phononOrder,
                                 VibrationalDos dos, BosonPeak bosonPeak, DebyeFit fit, String method, int isolated,
                                 double hessianSeconds, double eigenSeconds, double observableSeconds,
                                 EigenResult.Phases eigenPhases) {

    public ModeAnalysisResult {
        eigenPhases = eigenPhases == null ? EigenResult.Phases.NONE : eigenPhases;
    }

    public int count() {
        return modes.size();
    }

    /** The rows of modes.csv. */
    public java.util.List<ModeSummary> summaries() {
        java.util.List<ModeSummary> rows = new java.util.ArrayList<>();
        for (int k = 1; k <= modes.size(); k++) {
            rows.add(ModeSummary.of(k, modes.mode(k), participation[k - 1], phononOrder[k - 1]));
        }
        return rows;
    }

    public double maxResidual() {
        double m = 0;
        for (double r : residuals) {
            m = Math.max(m, r);
        }
        return m;
    }
}
