package org.modekick.pipeline;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.modekick.eigen.EigenSolver;
import org.modekick.forecast.MemoryCheck;
import org.modekick.forecast.MemoryEstimate;
import org.modekick.hessian.MassWeighting;
import org.modekick.io.OutputLock;
import org.modekick.modes.ModeAnalysis;
import org.modekick.modes.ModeAnalysisResult;
import org.modekick.modes.ModeFiles;
import org.modekick.modes.ModeMasses;
import org.modekick.modes.ModeSelection;
import org.modekick.modes.ModesSummaryJson;
import org.modekick.mpi.Communicator;

/**
 * The modes step (section II.B): the selected modes of a glass with P_k, O_k and the vDOS, written to a modes
 * directory ({@link ModeFiles}) with how they were computed in summary.json's "run".
 *
 * @param nm N_m of the phonon order parameter, Eq. (3)
 * @param solver the eigensolver's settings
 * @param output the modes directory
 * @param check how the input is checked before it is trusted, or relaxed first ({@link GlassCheck}); the relaxed glass
 *     of --minimize is written to OUTPUT/relaxed.data
 * @param memory the memory estimate's check before anything runs (in one process; summary.json records it)
 * @param progress told on rank 0 of each window below the boson peak as it is solved
 */
public record ModesStep(InputGlass glass, ModeSelection selection, int nm, EigenSolver.Options solver, Path output,
                        GlassCheck.Policy check, MemoryCheck memory, Consumer<String> progress) {

    /** summary.json's "run" entry of what was checked of the input (and its relaxation, if any). */
    public static final String INPUT_CHECK = "input_check";

    /**
     * Computes the modes on every rank of {@code world} (each builds and hands PETSc its own rows of H); rank 0
     * gets them, writes the directory (locked for the while: {@link OutputLock}) and returns them, the other ranks get
     * an empty Optional.
     */
    public Optional<ModeAnalysisResult> run(Communicator world, Arena arena) throws IOException {
        try (OutputLock lock = OutputLock.directory(world, output, "modekick modes")) {
            return compute(world, arena);
        }
    }

    private Optional<ModeAnalysisResult> compute(Communicator world, Arena arena) throws IOException {
        Optional<MemoryCheck.Result> fits = world.size() > 1 ? Optional.empty() : Optional.of(memory.check(
                MemoryEstimate.of(glass.configuration(), glass.interaction(),
                        MemoryEstimate.modes(selection, glass.configuration().size()), 1, true,
                        MemoryEstimate.Factoriser.of(selection, solver, world.size()))));
        Path relaxed = output.resolve(GlassCheck.RELAXED);
        GlassCheck.Result checked = GlassCheck.run(glass, check, GlassCheck.log(output), relaxed, arena);
        EigenSolver eigen = new EigenSolver(solver, world);
        Optional<ModeAnalysisResult> computed;
        try {
            // with masses other than 1 the modes are those of M^-1/2 H M^-1/2 (with every mass 1, of H untouched)
            computed = new ModeAnalysis(checked.structure(), HessianSources.of(checked.structure(),
                    glass.interaction(), checked.masses(), output.resolve("lammps").resolve(
                            RankLogs.name(world, "hessian"))),
                    checked.masses(), eigen, nm).withProgress(progress).computeParallel(selection, arena);
        } catch (ModeSelection.Unsatisfiable e) {
            GlassCheck.forget(GlassCheck.log(output));
            throw new RequestException(e.getMessage(), e);
        }
        if (computed.isPresent()) {
            GlassCheck.writeRelaxed(relaxed, glass, checked);
            Map<String, Object> run = run(glass.file(), selection, nm, eigen.options(), world.size());
            run.put(INPUT_CHECK, checked.describe(check.fire().forceTolerance(), relaxed));
            run.put("interaction", glass.interaction().provenance());
            run.put("units", glass.interaction().units());
            masses(run, checked.masses());
            fits.ifPresent(f -> run.put(MemoryCheck.KEY, f.describe()));
            ModeFiles.write(output, computed.get(), run);
        }
        return computed;
    }

    /** summary.json's "run" entries of the masses per type the modes belong to, and of the convention. */
    static void masses(Map<String, Object> run, double[] masses) {
        run.put(ModeMasses.MASSES, masses);
        run.put(MassWeighting.CONVENTION_KEY, MassWeighting.CONVENTION);
    }

    /**
     * summary.json's "run": the input (absent for the modes excite computes of its own glass), the selection,
     * N_m, the solver's options (absent there too), the ranks and modekick's version.
     */
    static Map<String, Object> run(Path input, ModeSelection selection, int nm, EigenSolver.Options solver,
                                   int ranks) {
        Map<String, Object> run = new LinkedHashMap<>();
        if (input != null) {
            run.put("input", input.toAbsolutePath().toString());
        }
        run.put(ModesSummaryJson.SELECTION, selection.describe());
        run.put("nm", nm);
        if (solver != null) {
            run.put("petsc_options", solver.petscOptions());
            if (solver.blasThreads() > 0) {
                run.put("blas_threads", solver.blasThreads());
            }
        }
        run.put("mpi_ranks", ranks);
        run.put("modekick_version", Versions.modekick());
        return run;
    }
}
