package org.modekick.pipeline;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.modekick.eigen.EigenSolver;
import org.modekick.io.OutputLock;
import org.modekick.modes.ModeAnalysis;
import org.modekick.modes.ModeAnalysisResult;
import org.modekick.modes.ModeFiles;
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
 */
public record ModesStep(InputGlass glass, ModeSelection selection, int nm, EigenSolver.Options solver, Path output) {

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
        EigenSolver eigen = new EigenSolver(solver, world);
        Optional<ModeAnalysisResult> computed;
        try {
            computed = new ModeAnalysis(glass.configuration(), glass.forceField(), eigen, nm)
                    .computeParallel(selection, arena);
        } catch (ModeSelection.Unsatisfiable e) {
            throw new RequestException(e.getMessage(), e);
        }
        if (computed.isPresent()) {
            ModeFiles.write(output, computed.get(),
                    run(glass.file(), selection, nm, eigen.options(), world.size()));
        }
        return computed;
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
