package org.modekick.excite;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.file.Path;
import org.modekick.lammps.LammpsSession;
import org.modekick.mpi.MpiRuntime;
import org.modekick.potential.ModeExpansion;
import org.modekick.system.ParticleVector;

/**
 * The landscape of any interaction LAMMPS computes, from an instance of its own in this process holding r0: energy
 * changes as differences of LAMMPS's total energies, and kappa, tau along e by central differences of LAMMPS's forces
 * projected on e, g(s) = -F(r0 + s e).e = dPhi/ds: kappa = (g(h) - g(-h)) / 2h, tau = (g(h) - 2 g(0) + g(-h)) / h^2.
 *
 * <p>Only states that LAMMPS has already survived come here (r0 + h e with h a thousandth of the spacing, the kick
 * at A_c and the state it relaxed to), so an in-process instance is safe where the relaxations are not.
 */
public final class LammpsLandscape implements Landscape {

    /** The step h of the central differences, in mean particle spacings (a total displacement norm). */
    static final double STEP = 1e-3;

    private final Reference reference;
    private final LammpsSession lammps;
    private final Arena arena = Arena.ofConfined();
    private final ParticleVector moved;
    private final ParticleVector forces;
    private final double energy0;
    private final double step;

    private LammpsLandscape(Reference reference, LammpsSession lammps) {
        this.reference = reference;
        this.lammps = lammps;
        int n = reference.particles();
        this.moved = ParticleVector.allocate(arena, n);
        this.forces = ParticleVector.allocate(arena, n);
        lammps.evaluate();
        this.energy0 = lammps.potentialEnergy();
        var box = reference.structure().box();
        this.step = STEP * Math.cbrt(box.volume() / n);
    }

    public static LammpsLandscape open(Reference reference, Path log) {
        LammpsSession lammps = LammpsSession.open(MpiRuntime.self(), log);
        try {
            lammps.define(reference.structure(), reference.interaction(), reference.masses());
            return new LammpsLandscape(reference, lammps);
        } catch (RuntimeException e) {
            lammps.close();
            throw e;
        }
    }

    @Override
    public double energyChange(MemorySegment displacement) {
        moved.setSum(new ParticleVector(reference.positions()), 1, new ParticleVector(displacement));
        lammps.scatterPositions(moved.segment());
        lammps.evaluate();
        return lammps.potentialEnergy() - energy0;
    }

    @Override
    public ModeExpansion.Coefficients along(MemorySegment direction) {
        ParticleVector e = new ParticleVector(direction);
        double plus = slope(e, step);
        double zero = slope(e, 0);
        double minus = slope(e, -step);
        return new ModeExpansion.Coefficients((plus - minus) / (2 * step), (plus - 2 * zero + minus) / (step * step));
    }

    /** g(s) = -F(r0 + s e).e. */
    private double slope(ParticleVector e, double s) {
        moved.setSum(new ParticleVector(reference.positions()), s, e);
        lammps.scatterPositions(moved.segment());
        lammps.evaluate();
        lammps.gatherForces(forces.segment());
        return -forces.dot(e);
    }

    @Override
    public String method() {
        return "LAMMPS: energy changes as differences of total energies; kappa and tau by central differences of"
                + " forces along e with h = " + STEP + " mean spacings";
    }

    @Override
    public void close() {
        lammps.close();
        arena.close();
    }
}
