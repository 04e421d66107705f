package org.modekick.system;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.modekick.io.TextLines;

/**
 * Parses a LAMMPS data file (atom_style atomic, orthogonal box) line by line, following read_data:
 * the first line is a title and is skipped; header lines ({@code N atoms}, {@code N atom types},
 * {@code lo hi xlo xhi}, ...) come before the first section; each section's keyword line is followed
 * by as many entries as the header declares. Comments ({@code #}) and blank lines are ignored
 * everywhere. Every problem is a {@link DataFileException} naming the line.
 */
final class DataFileReader {

    private static final List<String> SECTIONS = List.of("Atoms", "Velocities", "Masses", "Pair Coeffs",
            "PairIJ Coeffs");
    /** Header counts of things atom_style atomic has none of: accepted only when zero. */
    private static final List<String> ZERO_ONLY = List.of("bonds", "angles", "dihedrals", "impropers",
            "bond types", "angle types", "dihedral types", "improper types", "extra bond per atom",
            "extra angle per atom", "extra dihedral per atom", "extra improper per atom",
            "extra special per atom", "ellipsoids", "lines", "triangles", "bodies");
    private static final String[] AXES = {"x", "y", "z"};

    private final String name;
    private final TextLines in;
    private int lineNumber;
    private String lastRaw = "";

    // header
    private long atoms = -1;
    private int atomTypes = -1;
    private final double[][] bounds = new double[3][];

    DataFileReader(String name, TextLines in) {
        this.name = name;
        this.in = in;
    }

    private DataFileException error(int line, String problem) {
        return new DataFileException(name, line, problem);
    }

    private DataFileException error(String problem) {
        return error(Math.max(lineNumber, 1), problem);
    }

    /** The next raw line (number {@code number}), or null at the end; a binary file is an error naming it. */
    private String readLine(int number) throws IOException {
        try {
            return in.next();
        } catch (TextLines.NotTextException e) {
            throw error(e.line(), TextLines.NOT_TEXT);
        }
    }

    /** The next line's content without comment and outer blanks (possibly empty), or null at the end. */
    private String next() throws IOException {
        String raw = readLine(lineNumber + 1);
        if (raw == null) {
            return null;
        }
        lineNumber++;
        lastRaw = raw;
        int hash = raw.indexOf('#');
        return (hash >= 0 ? raw.substring(0, hash) : raw).strip();
    }

    /** The next non-blank content, or null at the end. */
    private String nextNonBlank() throws IOException {
        String s;
        do {
            s = next();
        } while (s != null && s.isEmpty());
        return s;
    }

    DataFile.Contents read(Arena arena) throws IOException {
        String raw = readLine(1); // the title: read_data skips the first line whatever it says
        if (raw == null) {
            throw error(1, "the file is empty");
        }
        lineNumber = 1;
        String section = readHeader();
        int sectionLine = lineNumber;
        String sectionRaw = lastRaw;
        checkHeader();
        int n = (int) atoms;
        Box box = new Box(bounds[0][0], bounds[0][1], bounds[1][0], bounds[1][1], bounds[2][0], bounds[2][1]);
        Configuration configuration = Configuration.allocate(arena, box, atomTypes, n);
        int[] images = new int[3 * n];
        double[] masses = new double[0];
        List<String> pairCoeffs = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        boolean haveAtoms = false;
        while (section != null) {
            String keyword = sectionKeyword(section);
            if (!SECTIONS.contains(keyword)) {
                throw error(sectionLine, "unknown section '" + keyword + "' (supported: "
                        + String.join(", ", SECTIONS) + "; atom_style atomic, orthogonal box)");
            }
            if (!seen.add(keyword)) {
                throw error(sectionLine, "a second " + keyword + " section");
            }
            switch (keyword) {
                case "Atoms" -> {
                    String style = sectionHint(sectionRaw);
                    if (!style.isEmpty() && !style.equals("atomic")) {
                        throw error(sectionLine, "Atoms section is for atom_style '" + style
                                + "'; only atom_style atomic is supported");
                    }
                    readAtoms(configuration, images);
                    haveAtoms = true;
                }
                case "Velocities" -> skip(keyword, n, "atom");
                case "Masses" -> masses = readMasses();
                case "Pair Coeffs" -> readPairCoeffs(pairCoeffs, false);
                case "PairIJ Coeffs" -> readPairCoeffs(pairCoeffs, true);
                default -> throw new AssertionError(keyword);
            }
            section = nextNonBlank();
            sectionLine = lineNumber;
            sectionRaw = lastRaw;
            if (section != null && !isSectionLine(section)) {
                throw error(sectionLine, "more lines in the " + keyword + " section than the "
                        + expectedCount(keyword) + " that the header declares");
            }
        }
        if (!haveAtoms) {
            throw error("no Atoms section, but the header declares " + n + " atoms");
        }
        return new DataFile.Contents(configuration, masses, pairCoeffs, images);
    }

    /** Reads header lines; returns the first section's keyword line, or null at the end of the file. */
    private String readHeader() throws IOException {
        String s;
        while ((s = nextNonBlank()) != null) {
            String[] w = s.split("\\s+");
            if (endsWith(w, "atom", "types")) {
                requireValues(w, 1, "N atom types");
                if (atomTypes >= 0) {
                    throw error("'atom types' given twice");
                }
                long t = count(w[0], "atom types");
                if (t < 1 || t > 1_000_000) {
                    throw error("atom types must be between 1 and 1000000, got " + t);
                }
                atomTypes = (int) t;
            } else if (endsWith(w, "atoms")) {
                requireValues(w, 1, "N atoms");
                if (atoms >= 0) {
                    throw error("'atoms' given twice");
                }
                atoms = count(w[0], "atoms");
                if (atoms < 1 || atoms > Integer.MAX_VALUE / 3) {
                    throw error("atoms must be between 1 and " + Integer.MAX_VALUE / 3 + ", got " + atoms);
                }
            } else if (endsWith(w, "xy", "xz", "yz")) {
                throw error("triclinic box (xy xz yz tilt factors) is not supported: the box must be orthogonal");
            } else if (boundsAxis(w) >= 0) {
                int axis = boundsAxis(w);
                String what = AXES[axis] + "lo " + AXES[axis] + "hi";
                requireValues(w, 2, "lo hi " + what);
                if (bounds[axis] != null) {
                    throw error("'" + what + "' given twice");
                }
                double lo = number(w[0], AXES[axis] + "lo");
                double hi = number(w[1], AXES[axis] + "hi");
                if (!(lo < hi)) {
                    throw error(AXES[axis] + "lo " + w[0] + " must be less than " + AXES[axis] + "hi " + w[1]);
                }
                bounds[axis] = new double[] {lo, hi};
            } else {
                String zeroOnly = zeroOnlyKeyword(w);
                if (zeroOnly == null) {
                    if (!isSectionLine(s)) {
                        throw error("unknown header line '" + s + "'");
                    }
                    return s; // the first section
                }
                requireValues(w, 1, "N " + zeroOnly);
                if (count(w[0], zeroOnly) != 0) {
                    throw error("'" + zeroOnly + "' must be 0: atom_style atomic has no molecular topology"
                            + " or extended particles");
                }
            }
        }
        return null;
    }

    private void checkHeader() {
        if (atoms < 0) {
            throw error("the header has no 'atoms' count (N atoms)");
        }
        if (atomTypes < 0) {
            throw error("the header has no 'atom types' count (N atom types)");
        }
        for (int a = 0; a < 3; a++) {
            if (bounds[a] == null) {
                throw error("the header has no box bounds for " + AXES[a] + " (lo hi " + AXES[a] + "lo "
                        + AXES[a] + "hi)");
            }
        }
    }

    private void readAtoms(Configuration c, int[] images) throws IOException {
        int n = c.size();
        int[] firstLine = new int[n]; // the line each ID was found on, 0 while not yet seen
        for (int k = 0; k < n; k++) {
            String s = entry("Atoms", k, n, "atom");
            String[] w = s.split("\\s+");
            if (w.length != 5 && w.length != 8) {
                throw error("Atoms line has " + w.length
                        + " fields; atom_style atomic needs 5 (id type x y z) or 8 (id type x y z ix iy iz)");
            }
            int id = integer(w[0], "atom id");
            if (id < 1 || id > n) {
                throw error("atom id " + id + " is out of range 1.." + n + " (IDs must be exactly 1..N)");
            }
            if (firstLine[id - 1] != 0) {
                throw error("atom id " + id + " appears twice (first on line " + firstLine[id - 1] + ")");
            }
            firstLine[id - 1] = lineNumber;
            int type = integer(w[1], "atom type");
            if (type < 1 || type > c.atomTypes()) {
                throw error("atom type " + type + " of atom " + id + " is out of range 1.." + c.atomTypes());
            }
            int i = id - 1;
            c.types().setAtIndex(Configuration.INT, i, type);
            for (int a = 0; a < 3; a++) {
                c.setX(i, a, number(w[2 + a], AXES[a] + " coordinate of atom " + id));
                images[3 * i + a] = w.length == 8 ? integer(w[5 + a], "image flag i" + AXES[a] + " of atom " + id) : 0;
            }
        }
    }

    private double[] readMasses() throws IOException {
        double[] masses = new double[atomTypes];
        int[] firstLine = new int[atomTypes];
        for (int k = 0; k < atomTypes; k++) {
            String[] w = entry("Masses", k, atomTypes, "atom type").split("\\s+");
            if (w.length != 2) {
                throw error("Masses line has " + w.length + " fields, expected 2 (type mass)");
            }
            int type = integer(w[0], "atom type");
            if (type < 1 || type > atomTypes) {
                throw error("atom type " + type + " is out of range 1.." + atomTypes);
            }
            if (firstLine[type - 1] != 0) {
                throw error("mass of type " + type + " given twice (first on line " + firstLine[type - 1] + ")");
            }
            firstLine[type - 1] = lineNumber;
            double m = number(w[1], "mass of type " + type);
            if (!(m > 0)) {
                throw error("mass of type " + type + " must be > 0, got " + w[1]);
            }
            masses[type - 1] = m;
        }
        return masses;
    }

    /** Pair Coeffs: "I coeffs..." per type; PairIJ Coeffs: "I J coeffs..." per pair I &lt;= J. */
    private void readPairCoeffs(List<String> out, boolean ij) throws IOException {
        String keyword = ij ? "PairIJ Coeffs" : "Pair Coeffs";
        int count = ij ? atomTypes * (atomTypes + 1) / 2 : atomTypes;
        String what = ij ? "type pair I <= J" : "atom type";
        for (int k = 0; k < count; k++) {
            String[] w = entry(keyword, k, count, what).split("\\s+");
            int types = ij ? 2 : 1;
            if (w.length < types + 1) {
                throw error(keyword + " line needs " + (ij ? "I J" : "I") + " and coefficients, got " + w.length
                        + " fields");
            }
            for (int t = 0; t < types; t++) {
                int type = integer(w[t], "atom type");
                if (type < 1 || type > atomTypes) {
                    throw error("atom type " + type + " is out of range 1.." + atomTypes);
                }
            }
            String head = ij ? w[0] + " " + w[1] : w[0] + " " + w[0];
            out.add(head + " " + String.join(" ", List.of(w).subList(types, w.length)));
        }
    }

    private void skip(String keyword, int count, String what) throws IOException {
        for (int k = 0; k < count; k++) {
            entry(keyword, k, count, what);
        }
    }

    /** The k-th of {@code count} entries of a section (one per {@code what}), failing clearly when short. */
    private String entry(String keyword, int k, int count, String what) throws IOException {
        String s = nextNonBlank();
        if (s == null) {
            throw error("the file ends after " + k + " of the " + count + " lines of the " + keyword
                    + " section (one per " + what + ", as the header declares)");
        }
        if (isSectionLine(s)) {
            throw error("the " + keyword + " section ends after " + k + " of its " + count + " lines (one per "
                    + what + ", as the header declares); found '" + s + "'");
        }
        return s;
    }

    private int expectedCount(String keyword) {
        return switch (keyword) {
            case "Atoms", "Velocities" -> (int) atoms;
            case "PairIJ Coeffs" -> atomTypes * (atomTypes + 1) / 2;
            default -> atomTypes;
        };
    }

    /** Section keyword lines (Atoms, Pair Coeffs, Bonds, ...) are all letters; entries start with a number. */
    private static boolean isSectionLine(String s) {
        for (String word : s.split("\\s+")) {
            for (int k = 0; k < word.length(); k++) {
                char c = word.charAt(k);
                if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))) {
                    return false;
                }
            }
        }
        return true;
    }

    private static String sectionKeyword(String line) {
        return String.join(" ", line.split("\\s+"));
    }

    /** The style hint after '#' on a section line, e.g. "atomic" in "Atoms # atomic"; "" if none. */
    private static String sectionHint(String raw) {
        int hash = raw.indexOf('#');
        return hash < 0 ? "" : raw.substring(hash + 1).strip();
    }

    private static boolean endsWith(String[] w, String... suffix) {
        if (w.length < suffix.length) {
            return false;
        }
        for (int k = 0; k < suffix.length; k++) {
            if (!w[w.length - suffix.length + k].equals(suffix[k])) {
                return false;
            }
        }
        return true;
    }

    private static int boundsAxis(String[] w) {
        for (int a = 0; a < 3; a++) {
            if (endsWith(w, AXES[a] + "lo", AXES[a] + "hi")) {
                return a;
            }
        }
        return -1;
    }

    private static String zeroOnlyKeyword(String[] w) {
        String best = null;
        for (String k : ZERO_ONLY) {
            if (endsWith(w, k.split(" ")) && (best == null || k.length() > best.length())) {
                best = k;
            }
        }
        return best;
    }

    private void requireValues(String[] w, int values, String form) {
        int keywordWords = form.split(" ").length - values;
        if (w.length != values + keywordWords) {
            throw error("header line has " + w.length + " fields, expected '" + form + "'");
        }
    }

    private long count(String word, String what) {
        try {
            return Long.parseLong(word);
        } catch (NumberFormatException e) {
            throw error("'" + what + "' count '" + word + "' is not an integer");
        }
    }

    private int integer(String word, String what) {
        try {
            return Integer.parseInt(word);
        } catch (NumberFormatException e) {
            throw error(what + " '" + word + "' is not an integer");
        }
    }

    /** A decimal number as LAMMPS's utils::is_double accepts it, and finite. */
    private double number(String word, String what) {
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        if (lower.matches("[+-]?(nan|inf|infinity)")) {
            throw error(what + " '" + word + "' is not finite");
        }
        if (!isDecimal(word)) {
            throw error(what + " '" + word + "' is not a number");
        }
        double v = Double.parseDouble(word);
        if (!Double.isFinite(v)) {
            throw error(what + " '" + word + "' is not finite");
        }
        return v;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** [+-]? (digits [. digits?] | . digits) ([eE] [+-]? digits)?, checked by hand for speed. */
    static boolean isDecimal(String s) {
        int i = 0;
        int n = s.length();
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            i++;
        }
        int digits = 0;
        while (i < n && isAsciiDigit(s.charAt(i))) {
            i++;
            digits++;
        }
        if (i < n && s.charAt(i) == '.') {
            i++;
            while (i < n && isAsciiDigit(s.charAt(i))) {
                i++;
                digits++;
            }
        }
        if (digits == 0) {
            return false;
        }
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                i++;
            }
            int exponent = 0;
            while (i < n && isAsciiDigit(s.charAt(i))) {
                i++;
                exponent++;
            }
            if (exponent == 0) {
                return false;
            }
        }
        return i == n;
    }
}
