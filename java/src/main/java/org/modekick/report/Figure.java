package org.modekick.report;

import org.jfree.chart.JFreeChart;

/**
 * One figure of the report.
 *
 * @param id the file stem, e.g. "fig03-harmonic"
 * @param paperFigure the paper's figure it stands for, e.g. "3"
 * @param title the title drawn on it
 * @param caption what it shows and how to read it, for report.html
 * @param chart the chart
 */
public record Figure(String id, String paperFigure, String title, String caption, JFreeChart chart) {}
