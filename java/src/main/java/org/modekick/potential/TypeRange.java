package org.modekick.potential;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A range of atom types as LAMMPS's pair_coeff and mass commands take it (utils::bounds): {@code n}, {@code *},
 * {@code n*}, {@code *n} or {@code m*n}, within 1..max.
 */
public record TypeRange(int lo, int hi) {

    private static final Pattern RANGE = Pattern.compile("(\\d*)(\\*?)(\\d*)");

    /**
     * Parses {@code word} for {@code max} atom types.
     *
     * @throws IllegalArgumentException "atom type 'W' is not a type number or range (...)" or "atom type 'W' is out
     *     of range 1..max", for the caller to prefix with where it was written
     */
    public static TypeRange parse(String word, int max) {
        Matcher m = RANGE.matcher(word);
        if (word.isEmpty() || !m.matches() || (m.group(2).isEmpty() && m.group(1).isEmpty())) {
            throw new IllegalArgumentException("atom type '" + word + "' is not a type number or range"
                    + " (n, *, n*, *n, m*n)");
        }
        long lo;
        long hi;
        try {
            if (m.group(2).isEmpty()) {
                lo = hi = Long.parseLong(m.group(1));
            } else {
                lo = m.group(1).isEmpty() ? 1 : Long.parseLong(m.group(1));
                hi = m.group(3).isEmpty() ? max : Long.parseLong(m.group(3));
            }
        } catch (NumberFormatException e) {
            lo = hi = Long.MAX_VALUE; // more digits than a long: out of range
        }
        if (lo < 1 || hi > max || lo > hi) {
            throw new IllegalArgumentException("atom type '" + word + "' is out of range 1.." + max);
        }
        return new TypeRange((int) lo, (int) hi);
    }
}
