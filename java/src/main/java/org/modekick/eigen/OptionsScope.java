package org.modekick.eigen;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.ArrayList;
import java.util.List;

import org.modekick.bindings.petsc.petsc_h;

/**
 * The PETSc options of one solve: a fresh options database, the default while this scope is open
 * ({@code PetscOptionsCreate}, {@code PetscOptionsInsertString}, {@code PetscOptionsPush} ...
 * {@code PetscOptionsPop}), read by {@code EPSSetFromOptions} after the solver's own settings, so the user's
 * options override them. No prefix is needed and nothing leaks into later solves. Options that nothing read
 * (misspelt ones) are listed by {@link #unused()}.
 */
@SuppressWarnings("restricted") // reads C strings PETSc returns (reinterpret)
final class OptionsScope implements AutoCloseable {

    /**
     * Always added (before the user's options): spectrum slicing factorises through a KSP of its own that
     * inherits the PC type but not the solver package set on ours, so without this option it falls back to
     * PETSc's native Cholesky, ~10x slower than MUMPS at N = 8000 and with relative residuals up to 1e-6.
     */
    static final String DEFAULT_OPTIONS = "-st_pc_factor_mat_solver_type mumps";
    /** The option naming the solver package of the shift-and-invert factorisation. */
    static final String PACKAGE_OPTION = "-st_pc_factor_mat_solver_type";
    /** Added on several ranks: MUMPS's inertia is only right in parallel without ScaLAPACK at the root. */
    static final String PARALLEL_OPTIONS = "-st_mat_mumps_icntl_13 1";

    private final PetscObject db;
    private boolean pushed;

    private final boolean parallel;
    /** Whether the user's options name the solver package: then it is theirs, everywhere (no default of ours). */
    private final boolean userPackage;

    /**
     * The user's {@code options}, after {@link #PARALLEL_OPTIONS} when the layout spans several ranks, and
     * {@link #DEFAULT_OPTIONS} unless they name a solver package themselves.
     */
    OptionsScope(Arena arena, String options, RowLayout layout) {
        parallel = !layout.serial();
        db = new PetscObject(arena, "PetscOptionsDestroy", petsc_h::PetscOptionsDestroy);
        SlepcRuntime.check(petsc_h.PetscOptionsCreate(db.cell()), "PetscOptionsCreate");
        try {
            if (parallel) {
                SlepcRuntime.check(petsc_h.PetscOptionsInsertString(db.handle(),
                        arena.allocateFrom(PARALLEL_OPTIONS)), "PetscOptionsInsertString");
            }
            if (!options.isBlank()) {
                SlepcRuntime.check(petsc_h.PetscOptionsInsertString(db.handle(), arena.allocateFrom(options)),
                        "PetscOptionsInsertString(\"" + options + "\")");
            }
            // Asked of the database, not of the string, so that PETSc's own parsing decides what was given.
            userPackage = has(PACKAGE_OPTION);
            if (!userPackage) {
                SlepcRuntime.check(petsc_h.PetscOptionsInsertString(db.handle(), arena.allocateFrom(DEFAULT_OPTIONS)),
                        "PetscOptionsInsertString");
            }
            SlepcRuntime.check(petsc_h.PetscOptionsPush(db.handle()), "PetscOptionsPush");
            pushed = true;
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    /** Whether the user's options name the solver package ({@link #PACKAGE_OPTION}). */
    boolean userNamesPackage() {
        return userPackage;
    }

    /**
     * Sets {@code name} to {@code value} in this database until the returned handle is closed, which removes
     * it again: for an option one run needs and the others must not see (MUMPS's ICNTL(31) for a factorisation
     * that only counts). Not for an option the user gave, which this would remove.
     */
    Temporary temporarily(String name, String value) {
        try (Arena a = Arena.ofConfined()) {
            SlepcRuntime.check(petsc_h.PetscOptionsSetValue(db.handle(), a.allocateFrom(name), a.allocateFrom(value)),
                    "PetscOptionsSetValue(" + name + ")");
        }
        return () -> {
            try (Arena a = Arena.ofConfined()) {
                SlepcRuntime.check(petsc_h.PetscOptionsClearValue(db.handle(), a.allocateFrom(name)),
                        "PetscOptionsClearValue(" + name + ")");
            }
        };
    }

    /** An option set for a while ({@link #temporarily}); closing removes it. */
    interface Temporary extends AutoCloseable {
        @Override
        void close();
    }

    /** Whether {@code name} is set in this database (by the user or by us). */
    boolean has(String name) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment set = a.allocate(ValueLayout.JAVA_INT);
            SlepcRuntime.check(petsc_h.PetscOptionsHasName(db.handle(), MemorySegment.NULL, a.allocateFrom(name), set),
                    "PetscOptionsHasName");
            return set.get(ValueLayout.JAVA_INT, 0) != 0;
        }
    }

    /** Options in this database that nothing has read, as "-name value" (not counting ours). */
    List<String> unused() {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment count = a.allocate(ValueLayout.JAVA_INT);
            MemorySegment names = a.allocate(ValueLayout.ADDRESS);
            MemorySegment values = a.allocate(ValueLayout.ADDRESS);
            SlepcRuntime.check(petsc_h.PetscOptionsLeftGet(db.handle(), count, names, values),
                    "PetscOptionsLeftGet");
            int c = count.get(ValueLayout.JAVA_INT, 0);
            List<String> left = new ArrayList<>();
            MemorySegment np = names.get(ValueLayout.ADDRESS, 0).reinterpret(8L * c);
            MemorySegment vp = values.get(ValueLayout.ADDRESS, 0).reinterpret(8L * c);
            for (int i = 0; i < c; i++) {
                String name = string(np.getAtIndex(ValueLayout.ADDRESS, i));
                String value = string(vp.getAtIndex(ValueLayout.ADDRESS, i));
                left.add("-" + name + (value.isEmpty() ? "" : " " + value));
            }
            SlepcRuntime.check(petsc_h.PetscOptionsLeftRestore(db.handle(), count, names, values),
                    "PetscOptionsLeftRestore");
            // ours, unread when the user picked another solver package
            if (!userPackage) {
                left.remove(DEFAULT_OPTIONS);
            }
            if (parallel) {
                left.remove(PARALLEL_OPTIONS);
            }
            return left;
        }
    }

    @Override
    public void close() {
        try {
            if (pushed) {
                pushed = false;
                SlepcRuntime.check(petsc_h.PetscOptionsPop(), "PetscOptionsPop");
            }
        } finally {
            db.close();
        }
    }

    private static String string(MemorySegment p) {
        return p.equals(MemorySegment.NULL) ? "" : p.reinterpret(Integer.MAX_VALUE).getString(0);
    }
}
