package org.modekick.potential;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.modekick.io.InputFormatException;

/**
 * A user's interaction as a file of LAMMPS commands ({@code --potential FILE}), read and checked before LAMMPS sees
 * it: this LAMMPS build ends the process on any error, so what can be validated in Java is, and every refusal names
 * the file and line.
 *
 * <p>Allowed: {@code units} (once, before the others: what the numbers mean), {@code pair_style} (once),
 * {@code pair_coeff}, {@code pair_modify}, {@code mass}, {@code neighbor}, {@code neigh_modify} and {@code include}
 * (read here, recursively, and flattened, so that every command keeps its own file and line). Anything else (a
 * {@code run}, a {@code read_data}, a {@code fix}) would change the glass or the run behind modekick's back and is
 * refused, as are {@code $} variables (LAMMPS would expand them) and a trailing {@code &} continuation that never
 * ends. Checked: atom types and ranges within 1..ntypes of the data file, masses positive, and for the many-body
 * styles that map elements ({@code pair_coeff * * FILE E1 .. En}) one element (or NULL) per atom type.
 *
 * <p>Files a command names (a pair_coeff word that is not a number and holds a '.' or '/', or that names an existing
 * file) are found as LAMMPS finds them (utils::open_potential: the name as given, then {@code $LAMMPS_POTENTIALS}),
 * also beside the potential file and in Debian's {@code /usr/share/lammps/potentials}; each must be a readable
 * regular file, and the command LAMMPS runs names it by its absolute path, so LAMMPS reads exactly the file checked.
 *
 * @param path the file given
 * @param units the units command's style, "lj" when the file has none
 * @param commands the commands in order, includes flattened, file names made absolute (units left out: it must come
 *     before the box, see {@code LammpsSession.define})
 * @param pairStyle the pair_style command's words (style and arguments)
 * @param masses explicit {@code mass} commands as (type, mass), in order
 * @param referencedFiles every file the commands name, resolved
 */
public record PotentialFile(Path path, String units, List<Command> commands, List<String> pairStyle,
                            List<double[]> masses, List<Path> referencedFiles) {

    /** One command with where it was written. */
    public record Command(String text, Path file, int line) {
        @Override
        public String toString() {
            return file + ":" + line + ": " + text;
        }
    }

    /** Commands that define interactions (and units, which give them their meaning). */
    public static final Set<String> ALLOWED = Set.of("units", "pair_style", "pair_coeff", "pair_modify", "mass",
            "neighbor", "neigh_modify", "include");

    /** LAMMPS's unit styles (Update::set_units). */
    private static final Set<String> UNITS = Set.of("lj", "real", "metal", "si", "cgs", "electron", "micro", "nano");

    /** Where Debian's lammps-data installs the potentials LAMMPS ships. */
    public static final Path DEBIAN_POTENTIALS = Path.of("/usr/share/lammps/potentials");

    /** Pair styles whose pair_coeff is {@code * * FILE E1 .. En}: one element (or NULL) per atom type. */
    private static final Set<String> ELEMENT_MAPPED = Set.of("eam/alloy", "eam/fs", "eam/cd", "eam/he", "sw",
            "tersoff", "tersoff/mod", "tersoff/mod/c", "tersoff/zbl", "sw/mod", "vashishta", "edip", "edip/multi",
            "extep", "nb3b/harmonic", "polymorphic", "threebody/table", "bop", "comb", "comb3", "adp", "meam/spline",
            "meam/sw/spline", "lcbop", "airebo", "airebo/morse", "rebo", "gw", "gw/zbl");

    /**
     * The shape of a style's arguments where it is fixed: {@code styleArgs} numbers after the style name, the last a
     * cutoff; pair_coeff I J then one of {@code coeffCounts} numbers, those past {@code requiredCoeffs} cutoffs
     * (or, with {@code coeffFile}, exactly one file name). LAMMPS ends the process on a wrong count ("Illegal
     * pair_style command", "Incorrect args for pair coefficients": neither says what was missing) or on a word that
     * is not a number, and silently takes a cutoff <= 0 (no pair then interacts: zero forces, a confident wrong
     * answer). Checked against this LAMMPS (29 Sep 2021) case by case; styles whose arguments vary between LAMMPS
     * versions (sw, tersoff: keywords) or are free-form (table, hybrid) are left to LAMMPS.
     */
    private record Shape(List<String> styleArgs, int requiredCoeffs, Set<Integer> coeffCounts, String coeffUsage,
                         boolean coeffFile) {}

    private static final Map<String, Shape> SHAPES = Map.ofEntries(
            Map.entry("lj/cut", cutoffStyle("eps sigma [Rc]", 2, 2, 3)),
            Map.entry("lj/smooth/linear", cutoffStyle("eps sigma [Rc]", 2, 2, 3)),
            Map.entry("lj96/cut", cutoffStyle("eps sigma [Rc]", 2, 2, 3)),
            Map.entry("lj/expand", cutoffStyle("eps sigma delta [Rc]", 3, 3, 4)),
            Map.entry("morse", cutoffStyle("D0 alpha r0 [Rc]", 3, 3, 4)),
            Map.entry("soft", cutoffStyle("A [Rc]", 1, 1, 2)),
            Map.entry("lj/smooth", new Shape(List.of("Rinner", "Rc"), 2, Set.of(2, 4), "eps sigma [Rinner Rc]", false)),
            Map.entry("yukawa", new Shape(List.of("kappa", "Rc"), 1, Set.of(1, 2), "A [Rc]", false)),
            Map.entry("harmonic/contact", new Shape(List.of(), 2, Set.of(2), "eps sigma", false)),
            Map.entry("eam", new Shape(List.of(), 1, Set.of(1), "FILE", true)),
            // pair_coeff * * FILE E1 .. En: checked as ELEMENT_MAPPED
            Map.entry("eam/alloy", new Shape(List.of(), 0, Set.of(), "", false)),
            Map.entry("eam/fs", new Shape(List.of(), 0, Set.of(), "", false)));

    private static Shape cutoffStyle(String coeffUsage, int required, Integer... counts) {
        return new Shape(List.of("Rc"), required, Set.of(counts), coeffUsage, false);
    }

    /** The shape of a style, accelerator variants (lj/cut/omp) as their plain style; null where not fixed. */
    private static Shape shape(String style) {
        Shape s = SHAPES.get(style);
        if (s == null) {
            for (String suffix : List.of("/omp", "/opt", "/gpu", "/intel", "/kk")) {
                if (style.endsWith(suffix)) {
                    return SHAPES.get(style.substring(0, style.length() - suffix.length()));
                }
            }
        }
        return s;
    }

    private static final Pattern NUMBER = Pattern.compile("[+-]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][+-]?\\d+)?");
    private static final int MAX_INCLUDE_DEPTH = 16;
    /** What LAMMPS's parser passes on unchanged (as org.modekick.lammps.CommandPath.SAFE). */
    private static final Pattern SAFE_PATH = Pattern.compile("[A-Za-z0-9/._+=,:@-]+");

    public PotentialFile {
        commands = List.copyOf(commands);
        pairStyle = List.copyOf(pairStyle);
        masses = List.copyOf(masses);
        referencedFiles = List.copyOf(referencedFiles);
    }

    /** The pair style's name, e.g. {@code eam/fs}. */
    public String styleName() {
        return pairStyle.getFirst();
    }

    /** The commands' text, as LAMMPS runs them. */
    public List<String> lammpsCommands() {
        return commands.stream().map(Command::text).toList();
    }

    /**
     * Reads and checks {@code file} for a glass of {@code atomTypes} types; {@code environment} supplies
     * LAMMPS_POTENTIALS (System::getenv in use).
     *
     * @throws InputFormatException naming the file (an included one where the fault is there) and line
     * @throws IOException if a file cannot be read
     */
    public static PotentialFile read(Path file, int atomTypes, Map<String, String> environment) throws IOException {
        Reader r = new Reader(atomTypes, environment);
        r.read(file, 0, new LinkedHashSet<>());
        if (r.pairStyle == null) {
            throw new InputFormatException(file, "no pair_style command: a potential file defines the interaction"
                    + " with pair_style and pair_coeff (and optionally units, pair_modify, mass, neighbor, include)");
        }
        if (!r.sawCoeff && !r.pairStyle.getFirst().equals("zero")) {
            throw new InputFormatException(file, "no pair_coeff command after pair_style " + String.join(" ",
                    r.pairStyle) + ": LAMMPS would stop with 'All pair coeffs are not set'");
        }
        return new PotentialFile(file, r.units == null ? "lj" : r.units, r.commands, r.pairStyle, r.masses,
                List.copyOf(r.referenced));
    }

    public static PotentialFile read(Path file, int atomTypes) throws IOException {
        return read(file, atomTypes, System.getenv());
    }

    /** Commands given as lines rather than a file; {@code name} is what messages call them. */
    public static PotentialFile of(Path name, List<String> lines, int atomTypes, Map<String, String> environment)
            throws IOException {
        Reader r = new Reader(atomTypes, environment);
        r.parse(name, lines, 0, new LinkedHashSet<>());
        if (r.pairStyle == null || !r.sawCoeff) {
            throw new InputFormatException(name, "no pair_style with pair_coeff");
        }
        return new PotentialFile(name, r.units == null ? "lj" : r.units, r.commands, r.pairStyle, r.masses,
                List.copyOf(r.referenced));
    }

    /**
     * The same checks for --pair-style/--pair-coeff of a style modekick has no Java formulas for: the commands are
     * numbered as if they were lines of a file named "the command line".
     */
    public static PotentialFile ofCommandLine(String pairStyle, List<String> pairCoeffs, int atomTypes,
                                              Map<String, String> environment) throws IOException {
        Path pseudo = Path.of("command line");
        Reader r = new Reader(atomTypes, environment);
        List<String> lines = new ArrayList<>();
        lines.add("pair_style " + pairStyle);
        for (String c : pairCoeffs) {
            lines.add(c.strip().startsWith("pair_coeff") ? c : "pair_coeff " + c);
        }
        r.parse(pseudo, lines, 0, new LinkedHashSet<>());
        if (r.pairStyle == null || !r.sawCoeff) {
            throw new InputFormatException(pseudo, "--pair-style needs at least one --pair-coeff");
        }
        return new PotentialFile(pseudo, "lj", r.commands, r.pairStyle, r.masses, List.copyOf(r.referenced));
    }

    private static final class Reader {
        final int types;
        final Map<String, String> env;
        final List<Command> commands = new ArrayList<>();
        final List<double[]> masses = new ArrayList<>();
        final Set<Path> referenced = new LinkedHashSet<>();
        List<String> pairStyle;
        String units;
        boolean sawCoeff;

        Reader(int types, Map<String, String> env) {
            this.types = types;
            this.env = env;
        }

        void read(Path file, int depth, Set<Path> open) throws IOException {
            if (!Files.exists(file)) {
                throw new InputFormatException(file, "potential file not found");
            }
            if (Files.isDirectory(file) || !Files.isRegularFile(file)) {
                throw new InputFormatException(file, "not a regular file (a directory, a pipe or a device)");
            }
            if (!Files.isReadable(file)) {
                throw new InputFormatException(file, "not readable (permissions)");
            }
            List<String> lines;
            try {
                lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            } catch (MalformedInputException e) {
                throw new InputFormatException(file, "not a text file (UTF-8): a file of LAMMPS commands is expected");
            }
            parse(file, lines, depth, open);
        }

        void parse(Path file, List<String> lines, int depth, Set<Path> open) throws IOException {
            Path key = file.toAbsolutePath().normalize();
            if (!open.add(key)) {
                throw new InputFormatException(file, "includes itself (through " + open + ")");
            }
            StringBuilder pending = new StringBuilder();
            int startLine = 0;
            for (int n = 0; n < lines.size(); n++) {
                String raw = lines.get(n);
                if (raw.indexOf('\0') >= 0) {
                    throw new InputFormatException(file, n + 1, "not a text file (a NUL byte)");
                }
                String text = uncomment(raw).strip();
                if (pending.isEmpty()) {
                    startLine = n + 1;
                }
                if (text.endsWith("&")) { // LAMMPS joins a line ending in & with the next
                    pending.append(text, 0, text.length() - 1).append(' ');
                    continue;
                }
                pending.append(text);
                String command = pending.toString().strip();
                pending.setLength(0);
                if (!command.isEmpty()) {
                    command(file, startLine, command, depth, open);
                }
            }
            if (!pending.isEmpty()) {
                throw new InputFormatException(file, startLine, "the command continued with '&' never ends");
            }
            open.remove(key);
        }

        void command(Path file, int line, String command, int depth, Set<Path> open) throws IOException {
            if (command.indexOf('$') >= 0) {
                throw new InputFormatException(file, line, "'" + command + "': LAMMPS variables ($) are not allowed"
                        + " in a potential file (modekick checks the commands before LAMMPS runs them): write the"
                        + " values out");
            }
            String[] w = command.split("\\s+");
            String name = w[0];
            if (!ALLOWED.contains(name)) {
                throw new InputFormatException(file, line, "'" + name + "' is not allowed in a potential file: only"
                        + " commands that define the interaction are (" + String.join(", ", ALLOWED.stream().sorted()
                        .toList()) + "); modekick makes the box, the atoms and the runs itself");
            }
            switch (name) {
                case "units" -> units(file, line, w);
                case "include" -> include(file, line, w, depth, open);
                case "pair_style" -> pairStyle(file, line, w, command);
                case "pair_coeff" -> pairCoeff(file, line, w);
                case "mass" -> mass(file, line, w);
                default -> add(command, file, line); // pair_modify, neighbor, neigh_modify: LAMMPS checks the words
            }
        }

        void add(String text, Path file, int line) {
            commands.add(new Command(text, file, line));
        }

        void units(Path file, int line, String[] w) throws InputFormatException {
            if (w.length != 2 || !UNITS.contains(w[1])) {
                throw new InputFormatException(file, line, "units takes one of " + UNITS.stream().sorted().toList());
            }
            if (units != null && !units.equals(w[1])) {
                throw new InputFormatException(file, line, "a second units command (" + w[1] + " after " + units
                        + ")");
            }
            if (!commands.isEmpty()) {
                throw new InputFormatException(file, line, "units must come before every other command (LAMMPS"
                        + " refuses it once the box exists)");
            }
            units = w[1];
        }

        void include(Path file, int line, String[] w, int depth, Set<Path> open) throws IOException {
            if (w.length != 2) {
                throw new InputFormatException(file, line, "include takes one file name");
            }
            if (depth >= MAX_INCLUDE_DEPTH) {
                throw new InputFormatException(file, line, "includes nested deeper than " + MAX_INCLUDE_DEPTH);
            }
            Path included = find(w[1], file).orElseThrow(() -> new InputFormatException(file, line,
                    "included file '" + w[1] + "' not found " + whereLooked(w[1], file)));
            read(included, depth + 1, open);
        }

        void pairStyle(Path file, int line, String[] w, String command) throws InputFormatException {
            if (w.length < 2) {
                throw new InputFormatException(file, line, "pair_style needs a style");
            }
            if (pairStyle != null) {
                throw new InputFormatException(file, line, "a second pair_style (" + w[1] + " after "
                        + pairStyle.getFirst() + "): LAMMPS would drop the first's coefficients; give one pair_style"
                        + " (hybrid/overlay combines styles)");
            }
            pairStyle = List.of(w).subList(1, w.length);
            Shape shape = shape(w[1]);
            if (shape != null) {
                List<String> args = pairStyle.subList(1, pairStyle.size());
                String usage = "pair_style " + w[1] + (shape.styleArgs().isEmpty() ? " takes no arguments"
                        : " takes " + shape.styleArgs().size() + " argument(s), " + String.join(" ", shape.styleArgs())
                        + " (the last the global cutoff)");
                if (args.size() != shape.styleArgs().size()) {
                    throw new InputFormatException(file, line, usage + ", got " + args.size()
                            + (args.isEmpty() ? "" : " (" + String.join(" ", args) + ")")
                            + (shape.styleArgs().isEmpty() ? "" : ": e.g. 'pair_style " + w[1] + " "
                            + (shape.styleArgs().size() == 2 ? "2.0 " : "") + "2.5'"));
                }
                for (int k = 0; k < args.size(); k++) {
                    positiveNumber(args.get(k), shape.styleArgs().get(k), k == args.size() - 1, file, line);
                }
            }
            add(command, file, line);
        }

        /** A number (LAMMPS ends the process on anything else), > 0 where it is a cutoff. */
        void positiveNumber(String word, String what, boolean cutoff, Path file, int line)
                throws InputFormatException {
            if (!NUMBER.matcher(word).matches() || !Double.isFinite(Double.parseDouble(word))) {
                throw new InputFormatException(file, line, what + " '" + word + "' is not a number");
            }
            if (cutoff && !(Double.parseDouble(word) > 0)) {
                throw new InputFormatException(file, line, "cutoff " + what + " must be > 0, got " + word
                        + " (LAMMPS would take it: no pair would interact)");
            }
        }

        /** pair_coeff's coefficients against the style's shape, for a style that has one (not within hybrid). */
        void coeffShape(String style, String[] w, Path file, int line) throws InputFormatException {
            Shape shape = shape(style);
            if (shape == null || shape.coeffCounts().isEmpty()) {
                return;
            }
            int given = w.length - 3;
            if (!shape.coeffCounts().contains(given)) {
                throw new InputFormatException(file, line, "pair_coeff of pair_style " + style + " takes I J "
                        + shape.coeffUsage() + ", got " + given + " value(s) after the atom types");
            }
            if (shape.coeffFile()) {
                return; // the file itself is checked (found, readable) as every file a command names
            }
            String[] names = shape.coeffUsage().replace("[", "").replace("]", "").split(" ");
            for (int k = 0; k < given; k++) {
                positiveNumber(w[3 + k], names[k], k >= shape.requiredCoeffs(), file, line);
            }
        }

        void pairCoeff(Path file, int line, String[] w) throws IOException {
            if (pairStyle == null) {
                throw new InputFormatException(file, line, "pair_coeff before pair_style (LAMMPS stops with 'Pair"
                        + " coeff for hybrid has invalid style' or 'Pair_coeff command before pair_style is defined')");
            }
            if (w.length < 3) {
                throw new InputFormatException(file, line, "pair_coeff needs two atom types (or ranges) and the"
                        + " coefficients");
            }
            bounds(w[1], file, line);
            bounds(w[2], file, line);
            String style = pairStyle.getFirst();
            int first = 3; // the first coefficient; a hybrid style's pair_coeff names its sub-style there
            if (style.startsWith("hybrid")) {
                if (w.length < 4) {
                    throw new InputFormatException(file, line, "pair_coeff of pair_style " + style + " needs the"
                            + " sub-style after the atom types");
                }
                style = w[3];
                first = 4;
            } else {
                coeffShape(style, w, file, line);
            }
            List<String> out = new ArrayList<>(List.of(w).subList(0, first));
            int fileWord = -1;
            for (int k = first; k < w.length; k++) {
                String word = w[k];
                Optional<Path> found = fileReference(word, file, line);
                if (found.isPresent()) {
                    referenced.add(found.get());
                    out.add(plain(found.get(), word, file, line));
                    if (fileWord < 0) {
                        fileWord = k;
                    }
                } else {
                    out.add(word);
                }
            }
            if (ELEMENT_MAPPED.contains(style)) {
                if (!w[1].equals("*") || !w[2].equals("*")) {
                    throw new InputFormatException(file, line, "pair_style " + style + " takes pair_coeff * * FILE"
                            + " and one element per atom type");
                }
                if (fileWord != first) {
                    throw new InputFormatException(file, line, "pair_coeff * * of " + style + " needs its potential"
                            + " file next, got '" + (w.length > first ? w[first] : "") + "'");
                }
                int elements = w.length - first - 1;
                if (elements != types) {
                    throw new InputFormatException(file, line, "pair_coeff * * " + w[first] + " maps " + elements
                            + " element(s) to the data file's " + types + " atom type(s): give one element (or NULL)"
                            + " per type, in type order");
                }
            }
            sawCoeff = true;
            add(String.join(" ", out), file, line);
        }

        void mass(Path file, int line, String[] w) throws InputFormatException {
            if (w.length != 3) {
                throw new InputFormatException(file, line, "mass takes an atom type (or range) and a mass");
            }
            int[] range = bounds(w[1], file, line);
            if (!NUMBER.matcher(w[2]).matches() || !(Double.parseDouble(w[2]) > 0)
                    || !Double.isFinite(Double.parseDouble(w[2]))) {
                throw new InputFormatException(file, line, "mass '" + w[2] + "' is not a positive number");
            }
            for (int t = range[0]; t <= range[1]; t++) {
                masses.add(new double[] {t, Double.parseDouble(w[2])});
            }
            add(String.join(" ", w), file, line);
        }

        /** A found file's absolute path, which LAMMPS's parser must be able to take as it is. */
        String plain(Path found, String word, Path file, int line) throws InputFormatException {
            if (!SAFE_PATH.matcher(found.toString()).matches()) {
                throw new InputFormatException(file, line, "'" + word + "' was found as " + found + ", whose path has"
                        + " characters LAMMPS's command parser splits or rewrites (space, #, $, quotes, non-ASCII):"
                        + " link or copy it to a plain path");
            }
            return found.toString();
        }

        /** LAMMPS's utils::bounds ({@link TypeRange}) as {lo, hi}, the error with file and line. */
        int[] bounds(String word, Path file, int line) throws InputFormatException {
            try {
                TypeRange r = TypeRange.parse(word, types);
                return new int[] {r.lo(), r.hi()};
            } catch (IllegalArgumentException e) {
                throw new InputFormatException(file, line, e.getMessage() + " (the data file has " + types
                        + " atom type(s))");
            }
        }

        /** A pair_coeff word that names a file: found, or looks like a file name and is missing (an error). */
        Optional<Path> fileReference(String word, Path file, int line) throws InputFormatException {
            if (NUMBER.matcher(word).matches()) {
                return Optional.empty();
            }
            Optional<Path> found = find(word, file);
            boolean looksLikeFile = word.contains("/") || word.contains(".");
            if (found.isEmpty() && looksLikeFile) {
                throw new InputFormatException(file, line, "potential file '" + word + "' not found "
                        + whereLooked(word, file));
            }
            if (found.isPresent()) {
                Path p = found.get();
                if (!Files.isRegularFile(p)) {
                    throw new InputFormatException(file, line, "'" + word + "' (" + p + ") is not a regular file");
                }
                if (!Files.isReadable(p)) {
                    throw new InputFormatException(file, line, "potential file " + p + " is not readable (permissions)");
                }
            }
            return found;
        }

        /** The places {@link #find} looks, in order. */
        List<Path> candidates(String name, Path from) {
            List<Path> c = new ArrayList<>();
            Path given = Path.of(name);
            c.add(given);
            if (!given.isAbsolute()) {
                Path dir = from.toAbsolutePath().getParent();
                if (dir != null) {
                    c.add(dir.resolve(name));
                }
                String lp = env.get("LAMMPS_POTENTIALS");
                if (lp != null && !lp.isBlank()) {
                    c.add(Path.of(lp).resolve(given.getFileName()));
                }
                c.add(DEBIAN_POTENTIALS.resolve(given.getFileName()));
            }
            return c;
        }

        Optional<Path> find(String name, Path from) {
            try {
                for (Path p : candidates(name, from)) {
                    if (Files.exists(p) && !Files.isDirectory(p)) {
                        return Optional.of(p.toAbsolutePath().normalize());
                    }
                }
            } catch (java.nio.file.InvalidPathException e) {
                return Optional.empty();
            }
            return Optional.empty();
        }

        String whereLooked(String name, Path from) {
            try {
                return "(looked in: " + String.join(", ", candidates(name, from).stream()
                        .map(p -> p.toAbsolutePath().normalize().toString()).toList()) + ")";
            } catch (java.nio.file.InvalidPathException e) {
                return "(not a valid path)";
            }
        }
    }

    /** The line without a '#' comment (LAMMPS: outside quotes). */
    private static String uncomment(String line) {
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"' || c == '\'') {
                quoted = !quoted;
            } else if (c == '#' && !quoted) {
                return line.substring(0, i);
            }
        }
        return line;
    }

    /** The style's name and the files named, for messages and provenance. */
    public String describe() {
        return String.format(Locale.ROOT, "%s (pair_style %s, units %s%s)", path, String.join(" ", pairStyle), units,
                referencedFiles.isEmpty() ? "" : ", files " + referencedFiles);
    }
}
