package org.modekick.report;

import java.util.OptionalInt;

/**
 * One line of tables/fits.csv: a power law fitted for one of the paper's figures.
 *
 * @param figure the paper's figure, e.g. "8"
 * @param quantity a short key, e.g. "dPhi_vs_dr"
 * @param relation the law in words, with x standing for the exponent reported
 * @param system the system, or "all"
 * @param n N, or 0 when sizes are pooled
 * @param sample the sample's name, or "" when samples are pooled
 * @param transition the transition (Fig. 9b), if one
 * @param exponent the exponent x as the relation states it
 * @param error its standard error
 * @param fit the fit behind it
 */
public record FitRow(String figure, String quantity, String relation, String system, int n, String sample,
        OptionalInt transition, double exponent, double error, PowerLawFit fit) {}
