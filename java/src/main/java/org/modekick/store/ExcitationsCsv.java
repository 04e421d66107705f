package org.modekick.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.modekick.excite.ModeResult;
import org.modekick.excite.TransitionGroups;
import org.modekick.excite.Trial;
import org.modekick.io.AtomicFile;

/**
 * excitations.csv (one row per mode, ascending k) and trials.csv (every kick of every search, for
 * Fig. 2). Numbers are written with {@link Double#toString(double)} (shortest exact decimal); a number
 * that was not measured is an empty field.
 */
public final class ExcitationsCsv {

    public static final String EXCITATIONS = "excitations.csv";
    public static final String TRIALS = "trials.csv";
    public static final String HEADER = "k,omega,P,O,A_c,dr,dPhi,barrier,N_rearr,I,a,A_c_A3,transition,status";
    public static final String TRIALS_HEADER = "k,A,dr,dPhi,outcome";

    private ExcitationsCsv() {}

    static String number(double v) {
        return Double.isNaN(v) ? "" : Double.toString(v);
    }

    public static void writeExcitations(Path file, List<ModeResult> rows, TransitionGroups groups) throws IOException {
        AtomicFile.write(file, out -> {
            out.write(HEADER + "\n");
            for (ModeResult r : rows) {
                int id = groups.id(r.k());
                out.write(String.join(",", Integer.toString(r.k()), number(r.omega()), number(r.participation()),
                        number(r.phononOrder()), number(r.criticalAmplitude()), number(r.distance()),
                        number(r.energyChange()), number(r.barrier()), number(r.rearranging()), number(r.overlap()),
                        number(r.decayExponent()), number(r.a3Amplitude()), id > 0 ? Integer.toString(id) : "",
                        r.status().csv()));
                out.write('\n');
            }
        });
    }

    public static void writeTrials(Path file, List<ModeResult> rows) throws IOException {
        AtomicFile.write(file, out -> {
            out.write(TRIALS_HEADER + "\n");
            for (ModeResult r : rows) {
                for (Trial t : r.trials()) {
                    out.write(t.k() + "," + number(t.amplitude()) + "," + number(t.distance()) + ","
                            + number(t.energyChange()) + "," + t.outcome().csv() + "\n");
                }
            }
        });
    }
}
