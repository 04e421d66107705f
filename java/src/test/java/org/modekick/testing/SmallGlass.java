package org.modekick.testing;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.file.Path;
import java.util.Map;
import org.modekick.eigen.EigenSolver;
import org.modekick.excite.ExciteSettings;
import org.modekick.excite.Reference;
import org.modekick.excite.Thresholds;
import org.modekick.modes.ModeAnalysis;
import org.modekick.modes.ModeSelection;
import org.modekick.modes.ModeSet;
import org.modekick.mpi.MpiRuntime;
import org.modekick.prepare.GlassPreparation;
import org.modekick.prepare.ModelSystem;
import org.modekick.system.DataFile;
import org.modekick.system.ParticleVector;

/** A small harmonic glass made by the real protocol, with its lowest modes and the thresholds. */
public record SmallGlass(Path data, Reference reference, ModeSet modes, Thresholds thresholds) {

    public static SmallGlass harmonic(Path dir, int n, long seed, int count, Arena arena) throws IOException {
        ModelSystem system = ModelSystem.HARMONIC;
        Path data = dir.resolve("glass.data");
        new GlassPreparation(system, system.fireSettings(), Map.of()).run(MpiRuntime.self(), n, seed, data);
        DataFile.Contents c = DataFile.read(data, arena);
        Reference ref = Reference.of(c.configuration(), system.forceField(), new double[] {1}, dir.resolve("ref.log"),
                arena);
        ModeSelection selection = new ModeSelection.Lowest(count);
        ModeSet modes = ModeSet.of(new ModeAnalysis(ref.structure(), ref.forceField(),
                new EigenSolver(EigenSolver.Options.defaults()), 100).compute(selection, arena), selection,
                org.modekick.modes.ModeMasses.UNRECORDED);
        Thresholds t = Thresholds.derive(system.fireSettings().forceTolerance(), ref.forceNorm(), modes.lambdaMin(),
                ref.energy());
        return new SmallGlass(data, ref, modes, t);
    }

    /** The kicked state r0 + A sqrt(N) e_k of Eq. (5) (e_k normalised), allocated in {@code arena}. */
    public MemorySegment kick(int k, double amplitude, Arena arena) {
        ParticleVector e = new ParticleVector(modes.modes().mode(k).vector());
        ParticleVector x = ParticleVector.allocate(arena, reference.particles());
        x.setSum(new ParticleVector(reference.positions()), amplitude * Math.sqrt(reference.particles()) / e.norm(), e);
        return x.segment();
    }

    /** The harmonic glass's search settings, a_min raised to where a small glass's A_c is far above it. */
    public ExciteSettings settings(boolean early) {
        return new ExciteSettings(1e-5, 1e-1, 10, 1e-2, ModelSystem.HARMONIC.fireSettings().withMaxIterations(100_000),
                early);
    }
}
