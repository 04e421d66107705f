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
 * projected on e, g(s) = -F(r0 + s e).e = dPhi/ds: kappa = g'(0) and tau = g''(0) by Richardson-extrapolated central
 * differences at five steps, their median (see {@link #STEPS} and {@link #along(MemorySegment, double)}).
 *
 * <p>Only states that LAMMPS has already survived come here (r0 + h e with h a thousandth of the spacing, the kick
 * at A_c and the state it relaxed to), so an in-process instance is safe where the relaxations are not.
 */
public final class LammpsLandscape implements Landscape {

    /**
     * The steps h of the central differences, in mean particle spacings (a total displacement norm). Small, because
     * the styles' derivatives jump where a pair crosses a cutoff or a contact opens (harmonic/contact, the cutoff of
     * lj/smooth/linear: a stencil reaching 2e-3 spacings put tau off by a factor 9 on a harmonic glass of N = 128);
     * several, so that a stencil that straddles such a point is outvoted by the median; large enough that the round-off of the forces,
     * about eps |F| / h^2 in tau, stays near 1e-7 relative.
     */
    static final double[] STEPS = {1e-4, 1.5e-4, 2e-4, 3e-4, 4e-4};

    private final Reference reference;
    private final LammpsSession lammps;
    private final Arena arena = Arena.ofConfined();
    private final ParticleVector moved;
    private final ParticleVector forces;
    private final ParticleVector forces0;
    private final double energy0;
    private final double spacing;

    private LammpsLandscape(Reference reference, LammpsSession lammps) {
        this.reference = reference;
        this.lammps = lammps;
        int n = reference.particles();
        this.moved = ParticleVector.allocate(arena, n);
        this.forces = ParticleVector.allocate(arena, n);
        this.forces0 = ParticleVector.allocate(arena, n);
        lammps.evaluate();
        this.energy0 = lammps.potentialEnergy();
        lammps.gatherForces(forces0.segment());
        var box = reference.structure().box();
        this.spacing = Math.cbrt(box.volume() / n);
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
        double[] kappa = new double[STEPS.length];
        double[] tau = new double[STEPS.length];
        for (int k = 0; k < STEPS.length; k++) {
            ModeExpansion.Coefficients c = along(direction, STEPS[k] * spacing);
            kappa[k] = c.kappa();
            tau[k] = c.tau();
        }
        return new ModeExpansion.Coefficients(median(kappa), median(tau));
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        java.util.Arrays.sort(v);
        return v[v.length / 2];
    }

    /**
     * kappa and tau of Eq. (A2) from g(s) = dPhi(r0 + s e)/ds at s = 0, +-h, +-2h: the central differences at h and
     * at 2h err by c h^2 + O(h^4), so (4 D(h) - D(2h)) / 3 (Richardson) errs by O(h^4) only; four force evaluations
     * (g(0) from r0's forces, kept).
     */
    ModeExpansion.Coefficients along(MemorySegment direction, double h) {
        ParticleVector e = new ParticleVector(direction);
        double g0 = -forces0.dot(e);
        double p1 = slope(e, h);
        double m1 = slope(e, -h);
        double p2 = slope(e, 2 * h);
        double m2 = slope(e, -2 * h);
        double kappa1 = (p1 - m1) / (2 * h);
        double kappa2 = (p2 - m2) / (4 * h);
        double tau1 = (p1 - 2 * g0 + m1) / (h * h);
        double tau2 = (p2 - 2 * g0 + m2) / (4 * h * h);
        return new ModeExpansion.Coefficients((4 * kappa1 - kappa2) / 3, (4 * tau1 - tau2) / 3);
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
                + " forces along e at h and 2h (Richardson), the median over h = " + java.util.Arrays.toString(STEPS)
                + " mean spacings";
    }

    @Override
    public void close() {
        lammps.close();
        arena.close();
    }
}
