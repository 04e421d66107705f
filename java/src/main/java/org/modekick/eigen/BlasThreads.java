package org.modekick.eigen;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.modekick.bindings.openblas.openblas_h;

/**
 * The number of threads of OpenBLAS, which runs MUMPS's dense kernels (the frontal factorisations and the
 * triangular solves), set for the span of one solve and restored when it is closed.
 *
 * <p>Why: MUMPS in Debian is built without OpenMP, and two MPI ranks on two cores do not speed up its
 * factorisation of a contact-network Hessian (measured, see the README); a threaded BLAS under one rank does.
 * Harmonic glass, N = 32,000 (3N = 96,000), one process, two cores: factorisation 20.2 s with one thread and
 * 13.9 s with two, one solve 0.247 s and 0.180 s.
 *
 * <p>Results are reproducible bit for bit for a given thread count (OpenBLAS splits the work statically) and
 * differ at rounding between counts, so the default stays what the launcher sets (OPENBLAS_NUM_THREADS=1),
 * and a thread count other than 1 is a choice the user makes ({@code --blas-threads}).
 *
 * <p>The thread count of the OpenBLAS that MUMPS really calls must change, not that of some other copy: the
 * binding loads {@code libopenblas.so.0} by soname, which the dynamic linker resolves to the copy already
 * loaded through {@code libblas.so.3}. If the process's BLAS is not OpenBLAS (another alternative for
 * {@code libblas.so.3}), setting threads would do nothing, so that is an error.
 */
final class BlasThreads implements AutoCloseable {

    /** More threads than any node has cores: a typo, not a request. */
    static final int MAX = 1024;

    private static final BlasThreads UNCHANGED = new BlasThreads(-1);

    /** The count to restore on close; -1: nothing was changed. */
    private final int previous;

    private BlasThreads(int previous) {
        this.previous = previous;
    }

    /** 0 (leave the setting alone) or 1..{@link #MAX}. */
    static void requireValid(int threads) {
        if (threads < 0 || threads > MAX) {
            throw new IllegalArgumentException("BLAS threads must be 0 (unchanged) or 1.." + MAX + ": " + threads);
        }
    }

    /** Sets OpenBLAS to {@code threads} threads until {@link #close}; 0 changes nothing. */
    static BlasThreads use(int threads) {
        requireValid(threads);
        if (threads == 0) {
            return UNCHANGED;
        }
        requireOpenBlasLoaded();
        int before = openblas_h.openblas_get_num_threads();
        openblas_h.openblas_set_num_threads(threads);
        return new BlasThreads(before);
    }

    /** OpenBLAS's current thread count. */
    static int current() {
        requireOpenBlasLoaded();
        return openblas_h.openblas_get_num_threads();
    }

    @Override
    public void close() {
        if (previous > 0) {
            openblas_h.openblas_set_num_threads(previous);
        }
    }

    /** The BLAS that PETSc brought into this process (after {@link SlepcRuntime#ensureInitialized}) is OpenBLAS. */
    private static void requireOpenBlasLoaded() {
        Path maps = Path.of("/proc/self/maps");
        if (!Files.isReadable(maps)) {
            return; // not Linux: the binding's own load error is the message
        }
        List<String> blas;
        try (var lines = Files.lines(maps)) {
            blas = lines.map(l -> l.substring(l.lastIndexOf(' ') + 1)).filter(f -> f.contains("blas"))
                    .distinct().collect(Collectors.toList());
        } catch (IOException e) {
            return;
        }
        if (blas.stream().noneMatch(f -> f.contains("libopenblas"))) {
            throw new IllegalArgumentException("BLAS threads can only be set for OpenBLAS, but this process runs "
                    + (blas.isEmpty() ? "no BLAS library yet" : String.join(", ", blas))
                    + " (Debian: apt-get install libopenblas0-pthread, which becomes the libblas.so.3 alternative)");
        }
    }
}
