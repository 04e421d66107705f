package org.modekick.store;

/**
 * One decay-ID.csv ({@link DecayCsv}): |Delta r_i| against the distance r of particle i from the most
 * displaced particle, for one distinct transition (Fig. 9b).
 *
 * @param transition the transition id from the file name
 * @param distance r for each particle
 * @param displacement |Delta r_i| for each particle
 */
public record DecayProfile(int transition, double[] distance, double[] displacement) {

    public DecayProfile {
        if (distance.length != displacement.length) {
            throw new IllegalArgumentException("distance and displacement differ in length");
        }
        distance = distance.clone();
        displacement = displacement.clone();
    }

    @Override
    public double[] distance() {
        return distance.clone();
    }

    @Override
    public double[] displacement() {
        return displacement.clone();
    }

    public int size() {
        return distance.length;
    }

    /** |Delta r_1|, the largest displacement, by which Fig. 9b normalises. */
    public double largest() {
        double max = 0;
        for (double d : displacement) {
            if (Double.isFinite(d)) {
                max = Math.max(max, Math.abs(d));
            }
        }
        return max;
    }
}
