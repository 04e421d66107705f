package org.modekick.bindings;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Every binding class against its C declarations: (a) the {@code {@snippet lang=c}} blocks in the Java source
 * against the descriptors, method signatures and constant values the class really has, and (b) the same
 * snippets compiled against the installed headers. Together: Java == snippet == header.
 */
class BindingSignatureTest {

    @BeforeAll
    static void nativeLibrary() throws Exception {
        TestNativeLibrary.ensureAvailable();
    }

    /** The bindings as parsed from source, shared by both checks. */
    record Parsed(BindingSources.Source source, Map<String, CDecl.Function> functions,
                  Map<String, CDecl.Global> globals, Map<String, CDecl.Constant> constants, List<String> errors) {
    }

    static Parsed parse(BindingSources.Source src) {
        List<String> errors = new ArrayList<>();
        Map<String, CDecl.Function> functions = new LinkedHashMap<>();
        Map<String, CDecl.Global> globals = new LinkedHashMap<>();
        Map<String, CDecl.Constant> constants = new LinkedHashMap<>();
        for (BindingSources.Member m : src.members()) {
            if (!m.isMethod() && m.name().startsWith("C_") && m.snippet() == null) {
                continue; // layout constants, as jextract emits them
            }
            if (m.snippet() == null) {
                errors.add(m.name() + ": public binding member without a {@snippet lang=c} javadoc: " + m.signature());
                continue;
            }
            String base = m.name().replaceFirst("\\$(descriptor|handle|address|layout|segment)$", "");
            try {
                if (CDecl.isConstantSnippet(m.snippet())) {
                    CDecl.Constant k = CDecl.parseConstant(m.snippet());
                    check(errors, k.name().equals(m.name()), m.name() + ": snippet declares " + k.name());
                    constants.putIfAbsent(k.name(), k);
                } else if (CDecl.normalise(m.snippet()).startsWith("extern ")) {
                    CDecl.Global g = CDecl.parseGlobal(m.snippet());
                    check(errors, g.name().equals(base), m.name() + ": snippet declares " + g.name());
                    CDecl.Global prev = globals.putIfAbsent(g.name(), g);
                    check(errors, prev == null || prev.text().equals(g.text()),
                            m.name() + ": snippet differs from the other accessors of " + g.name());
                } else {
                    CDecl.Function f = CDecl.parseFunction(m.snippet());
                    check(errors, f.name().equals(base), m.name() + ": snippet declares " + f.name());
                    CDecl.Function prev = functions.putIfAbsent(f.name(), f);
                    check(errors, prev == null || prev.text().equals(f.text()),
                            m.name() + ": snippet differs from the other accessors of " + f.name() + ":\n  "
                                    + f.text() + "\n  " + (prev == null ? "" : prev.text()));
                }
            } catch (IllegalArgumentException e) {
                errors.add(m.name() + ": " + e.getMessage());
            }
        }
        return new Parsed(src, functions, globals, constants, errors);
    }

    @Test
    void everyBindingClassHasAHeaderToCompileAgainst() {
        Set<String> classes = BindingSources.all().stream().map(BindingSources.Source::className)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(CHeaderCheck.HEADERS.keySet()), classes,
                "binding classes found under " + BindingSources.mainSources() + " vs CHeaderCheck.HEADERS");
    }

    /**
     * The declarations the eigensolver's choice of factorisation rests on (CHOLMOD or MUMPS, by
     * MatGetFactorAvailable; solves counted by KSPGetTotalIterations) are among those the two checks below
     * hold against the headers: a binding dropped or renamed would otherwise go unchecked.
     */
    @Test
    void factorSelectionBindingsAreChecked() {
        Parsed p = parse(BindingSources.all().stream()
                .filter(s -> s.className().endsWith(".petsc_h")).findFirst().orElseThrow());
        for (String f : List.of("MatGetFactorAvailable", "PCFactorGetMatSolverType", "KSPGetTotalIterations",
                "MatMumpsSetIcntl")) {
            assertTrue(p.functions().containsKey(f), f + " is not bound with a C snippet");
        }
        for (String k : List.of("MAT_FACTOR_CHOLESKY", "MATSOLVERCHOLMOD", "MATSOLVERMUMPS")) {
            assertTrue(p.constants().containsKey(k), k + " is not bound with a C snippet");
        }
    }

    @TestFactory
    Stream<DynamicTest> snippetsMatchTheJavaBindings() {
        return BindingSources.all().stream().map(src -> DynamicTest.dynamicTest(src.className(), () -> {
            Parsed p = parse(src);
            List<String> errors = new ArrayList<>(p.errors());
            assertFalse(p.functions().isEmpty(), "no functions parsed from " + src.file());
            checkClass(p, errors);
            if (!errors.isEmpty()) {
                fail(src.className() + " (" + src.file() + "):\n  " + String.join("\n  ", errors));
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> snippetsCompileAgainstTheHeaders() {
        return BindingSources.all().stream().map(src -> DynamicTest.dynamicTest(src.className(), () -> {
            Parsed p = parse(src);
            assertTrue(p.errors().isEmpty(), String.join("\n", p.errors()));
            String c = CHeaderCheck.generate(src, List.copyOf(p.functions().values()),
                    List.copyOf(p.globals().values()), List.copyOf(p.constants().values()));
            CHeaderCheck.Result r = CHeaderCheck.compile(src.className(), c);
            if (r.exitCode() != 0) {
                fail("The snippets of " + src.className() + " do not match the C headers.\n"
                        + "Generated C: " + r.source() + "\nCommand: " + String.join(" ", r.command())
                        + "\nCompiler output:\n" + r.output());
            }
        }));
    }

    // ---- (a) reflection ------------------------------------------------------------------------------------

    private static void checkClass(Parsed p, List<String> errors) throws Exception {
        Class<?> cls = Class.forName(p.source().className(), false, BindingSignatureTest.class.getClassLoader());
        Set<String> sourceNames = p.source().members().stream().map(BindingSources.Member::name)
                .collect(Collectors.toSet());
        for (Method m : cls.getDeclaredMethods()) {
            if (Modifier.isPublic(m.getModifiers()) && !sourceNames.contains(m.getName())) {
                errors.add(m.getName() + ": public method not found in the source parse (javadoc check skipped it)");
            }
        }
        for (Field f : cls.getDeclaredFields()) {
            if (Modifier.isPublic(f.getModifiers()) && !sourceNames.contains(f.getName())) {
                errors.add(f.getName() + ": public field not found in the source parse");
            }
        }
        for (CDecl.Function f : p.functions().values()) {
            checkFunction(cls, p.source(), f, errors);
        }
        for (CDecl.Global g : p.globals().values()) {
            checkGlobal(cls, g, errors);
        }
        for (CDecl.Constant k : p.constants().values()) {
            checkConstant(cls, k, errors);
        }
    }

    private static void checkFunction(Class<?> cls, BindingSources.Source src, CDecl.Function f, List<String> errors)
            throws Exception {
        String n = f.name();
        for (String accessor : List.of(n, n + "$descriptor", n + "$handle", n + "$address")) {
            check(errors, !src.named(accessor).isEmpty(), n + ": missing public accessor " + accessor);
        }
        Class<?> holder = Arrays.stream(cls.getDeclaredClasses()).filter(c -> c.getSimpleName().equals(n))
                .findFirst().orElse(null);
        if (holder == null) {
            errors.add(n + ": no nested class " + n + " holding DESC, ADDR, HANDLE");
            return;
        }
        for (String field : List.of("DESC", "ADDR", "HANDLE")) {
            try {
                holder.getDeclaredField(field);
            } catch (NoSuchFieldException e) {
                errors.add(n + ": nested class lacks " + field);
            }
        }
        FunctionDescriptor desc = (FunctionDescriptor) invoke(cls.getMethod(n + "$descriptor"));
        List<String> expected = new ArrayList<>();
        expected.add(f.ret().kind().name());
        f.params().forEach(t -> expected.add(t.kind().name()));
        List<String> actual = new ArrayList<>();
        actual.add(desc.returnLayout().map(BindingSignatureTest::kindOf).orElse("VOID"));
        desc.argumentLayouts().forEach(l -> actual.add(kindOf(l)));
        check(errors, expected.equals(actual), n + ": DESC is (return, args...) " + actual + " but the snippet '"
                + f.text() + "' needs " + expected);
        Method method = Arrays.stream(cls.getMethods()).filter(m -> m.getName().equals(n)).findFirst().orElse(null);
        if (method == null) {
            errors.add(n + ": no public method " + n);
            return;
        }
        MethodType mt = MethodType.methodType(method.getReturnType(), method.getParameterTypes());
        check(errors, mt.equals(desc.toMethodType()), n + ": method is " + mt + " but DESC needs " + desc.toMethodType());
        check(errors, Modifier.isStatic(method.getModifiers()), n + ": not static");
    }

    private static void checkGlobal(Class<?> cls, CDecl.Global g, List<String> errors) throws Exception {
        String n = g.name();
        Method segment = findMethod(cls, n + "$segment");
        if (segment == null) {
            errors.add(n + ": missing " + n + "$segment()");
            return;
        }
        if (g.kind() == null) {
            check(errors, findMethod(cls, n) == null, n + ": opaque struct variable should have no getter");
            return;
        }
        Method layout = findMethod(cls, n + "$layout");
        Method getter = findMethod(cls, n);
        if (layout == null || getter == null) {
            errors.add(n + ": missing " + n + "$layout() or getter " + n + "()");
            return;
        }
        check(errors, kindOf((MemoryLayout) invoke(layout)).equals(g.kind().name()),
                n + ": layout does not match " + g.text());
        check(errors, getter.getReturnType() == g.kind().carrier(), n + ": getter returns " + getter.getReturnType());
        boolean setter = Arrays.stream(cls.getMethods()).anyMatch(m -> m.getName().equals(n)
                && m.getParameterCount() == 1 && m.getParameterTypes()[0] == g.kind().carrier());
        check(errors, setter, n + ": missing setter " + n + "(" + g.kind().carrier().getSimpleName() + ")");
    }

    private static void checkConstant(Class<?> cls, CDecl.Constant k, List<String> errors) throws Exception {
        Method m = findMethod(cls, k.name());
        if (m == null) {
            errors.add(k.name() + ": no accessor method " + k.name() + "()");
            return;
        }
        switch (k) {
            case CDecl.IntConstant i -> {
                check(errors, m.getReturnType() == int.class, i.name() + ": accessor must return int");
                check(errors, Long.valueOf(i.value()).equals(((Number) invoke(m)).longValue()),
                        i.name() + " = " + invoke(m) + " in Java, " + i.value() + " in the snippet");
            }
            case CDecl.StringConstant s -> {
                Object field = cls.getField(s.name()).get(null);
                check(errors, s.value().equals(field), s.name() + ": String constant is '" + field + "'");
                MemorySegment seg = (MemorySegment) invoke(m);
                check(errors, s.value().equals(seg.getString(0)), s.name() + "(): C string is '" + seg.getString(0) + "'");
            }
            case CDecl.PointerConstant ptr -> check(errors, ((MemorySegment) invoke(m)).address() == ptr.value(),
                    ptr.name() + ": address is not " + ptr.value());
            case CDecl.GlobalAddress a -> {
                Method sym = findMethod(cls, a.symbol() + "$segment");
                check(errors, sym != null, a.name() + ": no " + a.symbol() + "$segment() to compare with");
                if (sym != null) {
                    check(errors, ((MemorySegment) invoke(m)).address() == ((MemorySegment) invoke(sym)).address(),
                            a.name() + " is not the address of " + a.symbol());
                }
            }
            case CDecl.Alias a -> {
                Method target = BindingSources.all().stream()
                        .filter(s -> s.members().stream().anyMatch(x -> x.isMethod() && x.name().equals(a.target())))
                        .map(s -> findMethod(load(s.className()), a.target()))
                        .findFirst().orElse(null);
                if (target == null) {
                    errors.add(a.name() + ": alias target " + a.target() + " is not bound anywhere");
                } else {
                    check(errors, ((MemorySegment) invoke(m)).address() == ((MemorySegment) invoke(target)).address(),
                            a.name() + " differs from " + a.target());
                }
            }
        }
    }

    // ---- helpers -------------------------------------------------------------------------------------------

    static String kindOf(MemoryLayout l) {
        if (l instanceof ValueLayout v) {
            Class<?> c = v.carrier();
            if (c == int.class && v.byteSize() == 4) {
                return "INT";
            }
            if (c == long.class && v.byteSize() == 8) {
                return "LONG";
            }
            if (c == double.class && v.byteSize() == 8) {
                return "DOUBLE";
            }
            if (c == MemorySegment.class) {
                return "POINTER";
            }
        }
        return "UNSUPPORTED(" + l + ")";
    }

    private static Method findMethod(Class<?> cls, String name) {
        return Arrays.stream(cls.getMethods()).filter(m -> m.getName().equals(name) && m.getParameterCount() == 0)
                .findFirst().orElse(null);
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, BindingSignatureTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object invoke(Method m) throws Exception {
        try {
            return m.invoke(null);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof Exception ex) {
                throw ex;
            }
            throw new IllegalStateException(m + " failed", e.getCause());
        }
    }

    private static void check(List<String> errors, boolean ok, String message) {
        if (!ok) {
            errors.add(message);
        }
    }
}
