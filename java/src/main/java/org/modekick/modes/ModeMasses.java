package org.modekick.modes;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.Arrays;
import java.util.Optional;
import org.modekick.hessian.MassWeighting;

/**
 * The masses a modes directory's modes belong to, as its summary.json records them: run.masses (per type) and
 * run.mass_convention, which a modekick that diagonalises the dynamical matrix writes ({@link MassWeighting}). A
 * directory without the convention holds modes of H itself (every mass taken as 1), whatever masses it lists.
 *
 * @param perType the masses per type (index t - 1 = type t), or null when the directory records none
 * @param dynamical whether the modes are those of M^-1/2 H M^-1/2 with these masses
 */
public record ModeMasses(double[] perType, boolean dynamical) {

    /** summary.json's run key of the masses per type. */
    public static final String MASSES = "masses";

    /** A directory that records nothing: modes of H. */
    public static final ModeMasses UNRECORDED = new ModeMasses(null, false);

    /** What summary.json's "run" object records. */
    public static ModeMasses of(JsonObject run) {
        JsonElement m = run.get(MASSES);
        double[] perType = null;
        if (m != null && m.isJsonArray()) {
            JsonArray a = m.getAsJsonArray();
            perType = new double[a.size()];
            for (int i = 0; i < a.size(); i++) {
                perType[i] = a.get(i).isJsonPrimitive() && a.get(i).getAsJsonPrimitive().isNumber()
                        ? a.get(i).getAsDouble() : Double.NaN;
            }
        }
        return new ModeMasses(perType, run.has(MassWeighting.CONVENTION_KEY));
    }

    /**
     * Why these modes are not those of a glass whose per-type masses are {@code glass}, or empty when they are: with
     * every mass 1, modes of H (recorded masses, if any, all 1); otherwise modes of D with exactly these masses.
     */
    public Optional<String> mismatch(double[] glass) {
        if (MassWeighting.unit(glass)) {
            if (perType == null || MassWeighting.unit(perType)) {
                return Optional.empty();
            }
            return Optional.of("the modes are of the masses " + Arrays.toString(perType) + " per type, the glass"
                    + " has every mass 1");
        }
        if (!dynamical) {
            return Optional.of("the modes are those of the Hessian (every mass taken as 1; computed by an earlier"
                    + " modekick), the glass has the masses " + Arrays.toString(glass) + " per type, whose modes are"
                    + " those of M^-1/2 H M^-1/2");
        }
        if (!Arrays.equals(perType, glass)) {
            return Optional.of("the modes are of the masses " + Arrays.toString(perType) + " per type, the glass"
                    + " (with its potential's mass commands) has " + Arrays.toString(glass));
        }
        return Optional.empty();
    }
}
