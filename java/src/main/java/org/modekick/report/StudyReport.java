package org.modekick.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The study report. Reads every sample's modes/ and excite/ outputs ({@link SampleLoader}), computes the
 * tables and fits ({@link StudyTables}) and writes, under {@code outDir}:
 * <ul>
 * <li>{@code report.html}: the page, referencing the figures relatively;</li>
 * <li>{@code figures/<id>.png} and {@code figures/<id>.svg}: counterparts of the paper's Figs. 2-15 and
 * the vDOS that the data support;</li>
 * <li>{@code tables/*.csv}: samples, tc (Table I), transitions, fits, vdos, ranges, excitations;</li>
 * <li>{@code report.json}: the metadata.</li>
 * </ul>
 */
public final class StudyReport {

    /** The paper's figures the report tries to draw, in order, with why each may be missing. */
    private static final List<Map.Entry<String, String>> WHY_MISSING = List.of(
            Map.entry("2", "no excite/trials.csv with trials"),
            Map.entry("3", "no transitioned modes with omega and A_c"),
            Map.entry("4", "no transitioned modes below omega_BP with O, P and A_c"),
            Map.entry("5", "no transitioned modes with a barrier"),
            Map.entry("6", "no transitioned modes with |dr|"),
            Map.entry("7", "no transitioned modes below omega_BP with O, P and |dr|"),
            Map.entry("8", "no transitions with both |dr| and |dPhi|"),
            Map.entry("9b", "no excite/decay-<transition>.csv profile with a tail beyond r = " + DecayTail.INNER),
            Map.entry("10", "no transitioned modes with N_rearr"),
            Map.entry("11", "no transitions with both |dr| and N_rearr"),
            Map.entry("12", "no transitioned modes below omega_BP with O, P and I"),
            Map.entry("13", "no system and size with two or more samples"),
            Map.entry("14", "no modes with an Eq. (A3) estimate A_c_A3"),
            Map.entry("15", "no modes with an Eq. (A3) estimate and O, P"),
            Map.entry("vDOS", "no modes/vdos.csv"),
            Map.entry("B1", "no true barriers (run modekick barriers, or study --barriers)"),
            Map.entry("B2", "no thermal test (run modekick thermal, or study --thermal)"));

    private StudyReport() {}

    /**
     * Writes the report of the samples into outDir (created if needed) and returns every path written.
     *
     * @throws org.modekick.io.InputFormatException when a sample's files break the data contract (file and line named)
     */
    public static List<Path> write(List<SampleResult> samples, Path outDir) throws IOException {
        if (samples.isEmpty()) {
            throw new IllegalArgumentException("no samples to report");
        }
        List<SampleData> data = new ArrayList<>();
        for (SampleResult s : samples) {
            data.add(SampleLoader.load(s));
        }
        return write(StudyAnalysis.analyse(data), outDir);
    }

    static List<Path> write(StudyTables tables, Path outDir) throws IOException {
        Files.createDirectories(outDir);
        List<Path> written = new ArrayList<>();
        List<Table> tableList = ReportTables.all(tables);
        for (Table t : tableList) {
            written.add(t.write(outDir.resolve("tables")));
        }
        List<Figure> figures = figures(tables);
        List<ReportPage.WrittenFigure> drawn = new ArrayList<>();
        for (Figure f : figures) {
            written.addAll(FigureWriter.write(f, outDir.resolve("figures")));
            drawn.add(new ReportPage.WrittenFigure(f, "figures/" + f.id() + ".png", "figures/" + f.id() + ".svg"));
        }
        Map<String, String> omitted = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : WHY_MISSING) {
            if (figures.stream().noneMatch(f -> f.paperFigure().equals(e.getKey()))) {
                omitted.put(e.getKey(), e.getValue());
            }
        }
        Path json = outDir.resolve("report.json");
        Files.writeString(json, ReportJson.render(tables, tableList, drawn, omitted), StandardCharsets.UTF_8);
        written.add(json);
        Path html = outDir.resolve("report.html");
        Files.writeString(html, ReportPage.render(tables, tableList, drawn, omitted), StandardCharsets.UTF_8);
        written.add(html);
        return List.copyOf(written);
    }

    /** Every figure the data support, in the paper's order. */
    static List<Figure> figures(StudyTables tables) {
        List<Figure> all = new ArrayList<>();
        all.addAll(AmplitudeSearchFigure.all(tables));
        all.addAll(FrequencyFigures.all(tables));
        all.addAll(OrderParameterFigures.all(tables));
        all.addAll(TransitionFigures.all(tables));
        all.addAll(SampleFigures.all(tables));
        all.addAll(AnharmonicExpansionFigures.all(tables));
        all.addAll(VdosFigures.all(tables));
        all.addAll(BarrierFigures.all(tables));
        List<String> order = WHY_MISSING.stream().map(Map.Entry::getKey).toList();
        all.sort(java.util.Comparator.comparingInt((Figure f) -> order.indexOf(f.paperFigure()))
                .thenComparing(Figure::id));
        return all;
    }
}
