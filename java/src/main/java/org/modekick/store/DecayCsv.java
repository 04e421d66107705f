package org.modekick.store;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.modekick.io.AtomicFile;
import org.modekick.io.CsvFile;
import org.modekick.io.CsvRecord;

/**
 * decay-ID.csv, one per distinct transition, its one writer and one reader: {@code distance,dr}, the
 * distance of every particle from the most displaced one and its |dr_i| ({@link DecayProfile}, Fig. 9b).
 */
public final class DecayCsv {

    public static final List<String> COLUMNS = List.of("distance", "dr");

    private static final Pattern NAME = Pattern.compile("decay-(-?\\d+)\\.csv");

    private DecayCsv() {}

    /** The name of transition {@code id}'s file in an excite directory. */
    public static String name(int id) {
        return "decay-" + id + ".csv";
    }

    static void write(Path file, DecayProfile profile) throws IOException {
        double[] distance = profile.distance();
        double[] dr = profile.displacement();
        AtomicFile.writeText(file, out -> {
            out.write(String.join(",", COLUMNS) + "\n");
            for (int i = 0; i < distance.length; i++) {
                out.write(distance[i] + "," + dr[i] + "\n");
            }
        });
    }

    static DecayProfile read(Path file, int transition) throws IOException {
        List<CsvRecord> records = CsvFile.read(file, COLUMNS);
        double[] distance = new double[records.size()];
        double[] dr = new double[records.size()];
        for (int i = 0; i < records.size(); i++) {
            distance[i] = records.get(i).number("distance");
            dr[i] = records.get(i).number("dr");
        }
        return new DecayProfile(transition, distance, dr);
    }

    /** Every decay-ID.csv of an excite directory, by ascending id; none when the directory does not exist. */
    public static List<DecayProfile> readAll(Path dir) throws IOException {
        List<DecayProfile> decays = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return decays;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "decay-*.csv")) {
            for (Path file : files) {
                Matcher m = NAME.matcher(file.getFileName().toString());
                if (m.matches()) {
                    decays.add(read(file, Integer.parseInt(m.group(1))));
                }
            }
        }
        decays.sort(Comparator.comparingInt(DecayProfile::transition));
        return decays;
    }
}
