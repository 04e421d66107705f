package org.modekick.bindings;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static java.util.Map.entry;

/**
 * The C declarations written in the bindings' {@code {@snippet lang=c}} blocks, parsed just far enough to
 * derive the FFM layout each parameter needs. Deliberately independent of the binding classes: the test
 * compares the two, and compiles the same text against the real headers.
 */
final class CDecl {
    private CDecl() {
    }

    /** What a C type becomes in a FunctionDescriptor. */
    enum Kind {
        VOID, INT, LONG, DOUBLE, POINTER;

        /** The carrier of the Java layout the C type maps to. */
        Class<?> carrier() {
            return switch (this) {
                case VOID -> void.class;
                case INT -> int.class;
                case LONG -> long.class;
                case DOUBLE -> double.class;
                case POINTER -> java.lang.foreign.MemorySegment.class;
            };
        }
    }

    /**
     * Type names by value and the layout they take. The C check asserts each entry that a snippet uses against
     * the header ({@code __builtin_classify_type} and {@code sizeof}), so a wrong entry fails there.
     */
    static final Map<String, Kind> TYPES = Map.ofEntries(
            entry("void", Kind.VOID),
            entry("int", Kind.INT), entry("unsigned", Kind.INT),
            entry("long", Kind.LONG), entry("int64_t", Kind.LONG), entry("size_t", Kind.LONG),
            entry("double", Kind.DOUBLE),
            // MPI (OpenMPI: handles are pointers to opaque structs; MPI_Fint is a macro for an int type)
            entry("MPI_Comm", Kind.POINTER), entry("MPI_Datatype", Kind.POINTER), entry("MPI_Op", Kind.POINTER),
            entry("MPI_Fint", Kind.INT),
            // PETSc 3.18 real, 32-bit indices
            entry("PetscErrorCode", Kind.INT), entry("PetscInt", Kind.INT), entry("PetscMPIInt", Kind.INT),
            entry("PetscBool", Kind.INT), entry("PetscErrorType", Kind.INT), entry("NormType", Kind.INT),
            entry("MatAssemblyType", Kind.INT), entry("MatOption", Kind.INT), entry("InsertMode", Kind.INT),
            entry("MatDuplicateOption", Kind.INT), entry("MatFactorType", Kind.INT),
            entry("PetscScalar", Kind.DOUBLE), entry("PetscReal", Kind.DOUBLE), entry("PetscLogDouble", Kind.DOUBLE),
            entry("Mat", Kind.POINTER), entry("Vec", Kind.POINTER), entry("KSP", Kind.POINTER), entry("PC", Kind.POINTER),
            entry("PetscOptions", Kind.POINTER), entry("MatType", Kind.POINTER), entry("KSPType", Kind.POINTER),
            entry("PCType", Kind.POINTER), entry("MatSolverType", Kind.POINTER), entry("MatOrderingType", Kind.POINTER),
            // SLEPc 3.18
            entry("EPS", Kind.POINTER), entry("ST", Kind.POINTER), entry("EPSType", Kind.POINTER),
            entry("STType", Kind.POINTER), entry("EPSProblemType", Kind.INT), entry("EPSWhich", Kind.INT),
            entry("EPSConvergedReason", Kind.INT), entry("EPSErrorType", Kind.INT), entry("EPSConv", Kind.INT));

    private static final Set<String> QUALIFIERS = Set.of("const", "volatile", "struct", "enum", "signed");
    private static final Pattern IDENT = Pattern.compile("[A-Za-z_]\\w*");

    /**
     * One parameter or return type.
     *
     * @param text     as written, e.g. {@code "const char *cmd"}
     * @param name     the parameter's name, or null when unnamed
     * @param typeText the type without the name, e.g. {@code "const char *"}
     * @param kind     its layout
     * @param typeName for a type passed by value (no '*', '[' or function pointer), its name, e.g.
     *                 {@code "PetscInt"}; null otherwise. These are the names the C check classifies.
     */
    record Type(String text, String name, String typeText, Kind kind, String typeName) {
    }

    record Function(String name, String text, Type ret, List<Type> params) {
    }

    /** {@code extern TYPE NAME}; kind null for an opaque (incomplete) struct whose address is all we use. */
    record Global(String name, String text, Kind kind, String typeName) {
    }

    static String normalise(String snippet) {
        return snippet.replaceAll("\\s+", " ").strip();
    }

    static Function parseFunction(String snippet) {
        String text = normalise(snippet);
        int open = text.indexOf('(');
        if (open < 0) {
            throw new IllegalArgumentException("not a function declaration: " + text);
        }
        int close = matching(text, open);
        if (!text.substring(close + 1).isBlank() && !text.substring(close + 1).strip().equals(";")) {
            throw new IllegalArgumentException("unexpected text after the parameter list: " + text);
        }
        Matcher m = Pattern.compile("(\\w+)\\s*$").matcher(text.substring(0, open));
        if (!m.find()) {
            throw new IllegalArgumentException("no function name in: " + text);
        }
        String name = m.group(1);
        String retText = text.substring(0, m.start()).strip();
        Type ret = parseType(retText, false);
        String inner = text.substring(open + 1, close).strip();
        List<Type> params = new ArrayList<>();
        if (!inner.isEmpty() && !inner.equals("void")) {
            for (String p : splitTopLevel(inner)) {
                params.add(parseType(p, true));
            }
        }
        return new Function(name, text, ret, List.copyOf(params));
    }

    static Global parseGlobal(String snippet) {
        String text = normalise(snippet);
        if (!text.startsWith("extern ")) {
            throw new IllegalArgumentException("not a variable declaration: " + text);
        }
        Matcher fp = Pattern.compile("\\(\\s*\\*\\s*(\\w+)\\s*\\)").matcher(text);
        if (fp.find()) {
            return new Global(fp.group(1), text, Kind.POINTER, null);
        }
        Matcher m = Pattern.compile("^extern (.*?)(\\w+)$").matcher(text);
        if (!m.find()) {
            throw new IllegalArgumentException("cannot parse variable declaration: " + text);
        }
        String type = m.group(1).strip();
        if (type.startsWith("struct ") && !type.contains("*")) {
            return new Global(m.group(2), text, null, type);
        }
        Type t = parseType(type, false);
        return new Global(m.group(2), text, t.kind(), t.typeName());
    }

    /** Parses a type as written in a declaration; with {@code named}, a trailing identifier may be a name. */
    static Type parseType(String text, boolean named) {
        String t = text.strip();
        Matcher fp = Pattern.compile("\\(\\s*\\*\\s*(\\w+)?\\s*\\)").matcher(t);
        if (fp.find()) {
            String name = fp.group(1);
            String typeText = name == null ? t : t.substring(0, fp.start(1)) + t.substring(fp.end(1));
            return new Type(t, name, typeText, Kind.POINTER, null);
        }
        String noArrays = t.replaceAll("\\[[^\\]]*\\]", "");
        String name = null;
        if (named) {
            if (noArrays.contains("*")) {
                String after = noArrays.substring(noArrays.lastIndexOf('*') + 1).strip();
                name = IDENT.matcher(after).matches() ? after : null;
            } else {
                List<String> ids = identifiers(noArrays);
                name = ids.size() >= 2 && !TYPES.containsKey(ids.getLast()) ? ids.getLast() : null;
            }
        }
        String typeText = name == null ? t : removeLastOccurrence(t, name).strip();
        if (t.contains("*") || t.contains("[")) {
            return new Type(t, name, typeText, Kind.POINTER, null);
        }
        List<String> ids = identifiers(typeText);
        String base = ids.isEmpty() ? "" : String.join(" ", ids);
        if (base.equals("unsigned int")) {
            base = "unsigned";
        }
        Kind kind = TYPES.get(base);
        if (kind == null) {
            throw new IllegalArgumentException("C type '" + base + "' (in '" + text + "') has no layout mapping: "
                    + "add it to CDecl.TYPES; the C check then verifies the mapping against the header");
        }
        return new Type(t, name, typeText, kind, typeText.replaceAll("\\bconst\\b", "").strip());
    }

    private static List<String> identifiers(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = IDENT.matcher(s);
        while (m.find()) {
            if (!QUALIFIERS.contains(m.group())) {
                out.add(m.group());
            }
        }
        return out;
    }

    private static String removeLastOccurrence(String s, String word) {
        Matcher m = Pattern.compile("\\b" + Pattern.quote(word) + "\\b").matcher(s);
        int start = -1;
        int end = -1;
        while (m.find()) {
            start = m.start();
            end = m.end();
        }
        return start < 0 ? s : s.substring(0, start) + s.substring(end);
    }

    static int matching(String s, int open) {
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        throw new IllegalArgumentException("unbalanced parentheses: " + s);
    }

    static List<String> splitTopLevel(String s) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == ',' && depth == 0) {
                out.add(s.substring(start, i).strip());
                start = i + 1;
            }
        }
        out.add(s.substring(start).strip());
        return out;
    }

    /** A constant's snippet: {@code enum TAG.NAME = V} or {@code #define NAME VALUE}. */
    sealed interface Constant permits IntConstant, StringConstant, PointerConstant, GlobalAddress, Alias {
        String name();

        String text();
    }

    record IntConstant(String name, String text, long value) implements Constant {
    }

    record StringConstant(String name, String text, String value) implements Constant {
    }

    /** {@code #define NAME ((T *) N)}. */
    record PointerConstant(String name, String text, String cast, long value) implements Constant {
    }

    /** OpenMPI's {@code #define NAME OMPI_PREDEFINED_GLOBAL(T, symbol)}: the address of a global. */
    record GlobalAddress(String name, String text, String cType, String symbol) implements Constant {
    }

    /** {@code #define NAME OTHER}: the same value as another binding's constant. */
    record Alias(String name, String text, String target) implements Constant {
    }

    static Constant parseConstant(String snippet) {
        String text = normalise(snippet);
        Matcher m;
        if ((m = Pattern.compile("^enum \\S+\\.(\\w+) = (-?\\d+)$").matcher(text)).matches()
                || (m = Pattern.compile("^#define (\\w+) \\(?(-?\\d+)\\)?$").matcher(text)).matches()) {
            return new IntConstant(m.group(1), text, Long.parseLong(m.group(2)));
        }
        if ((m = Pattern.compile("^#define (\\w+) \"([^\"\\\\]*)\"$").matcher(text)).matches()) {
            return new StringConstant(m.group(1), text, m.group(2));
        }
        if ((m = Pattern.compile("^#define (\\w+) \\(\\(([^()]*\\*) ?\\) ?(-?\\d+)\\)$").matcher(text)).matches()) {
            return new PointerConstant(m.group(1), text, m.group(2).strip(), Long.parseLong(m.group(3)));
        }
        if ((m = Pattern.compile("^#define (\\w+) OMPI_PREDEFINED_GLOBAL\\( ?(\\w+), ?(\\w+)\\)$").matcher(text))
                .matches()) {
            return new GlobalAddress(m.group(1), text, m.group(2), m.group(3));
        }
        if ((m = Pattern.compile("^#define (\\w+) ([A-Za-z_]\\w*)$").matcher(text)).matches()) {
            return new Alias(m.group(1), text, m.group(2));
        }
        throw new IllegalArgumentException("unrecognised constant snippet: " + text);
    }

    static boolean isConstantSnippet(String snippet) {
        String t = normalise(snippet);
        return t.startsWith("#define ") || t.startsWith("enum ");
    }
}
