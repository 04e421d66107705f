package org.modekick.path;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.file.Path;
import org.modekick.excite.KickGuard;
import org.modekick.excite.Reference;
import org.modekick.hessian.CsrMatrix;
import org.modekick.hessian.HessianBuilder;
import org.modekick.lammps.FireSettings;
import org.modekick.lammps.LammpsSession;
import org.modekick.lammps.MinimizationResult;
import org.modekick.mpi.MpiRuntime;
import org.modekick.system.Box;

/**
 * The energy surface of a glass as one LAMMPS instance computes it (forces, energies, FIRE) with the
 * Hessian assembled analytically in Java ({@link HessianBuilder}) for the styles with Java formulas, and
 * for any other interaction applied as central differences of LAMMPS's forces. Points
 * are 3N positions by atom ID, unwrapped; they are wrapped before LAMMPS sees them, and differences
 * are minimum-image. Two minima are the same when their labelled distance, rigid translation removed,
 * is below {@code sameTolerance} (excite's delta_same): a band connects labelled positions, so a
 * relabelling of r0 is another point of the surface. Confined to the thread that opened it.
 */
public final class LammpsSurface implements EnergySurface, AutoCloseable {

    private final Reference reference;
    private final FireSettings fire;
    private final double sameTolerance;
    private final Box box;
    private final int dim;
    private final Arena arena = Arena.ofConfined();
    private final MemorySegment buffer;
    private final LammpsSession lammps;
    private final KickGuard guard;
    private long calls;
    /** The next evaluation is a full one ({@link #startAfresh}). */
    private boolean afresh = true;

    private LammpsSurface(Reference reference, FireSettings fire, double sameTolerance, Path log) {
        this.reference = reference;
        this.fire = fire;
        this.sameTolerance = sameTolerance;
        this.box = reference.structure().box();
        this.dim = 3 * reference.particles();
        this.buffer = arena.allocate(ValueLayout.JAVA_DOUBLE, dim);
        this.guard = KickGuard.of(reference);
        this.lammps = LammpsSession.open(MpiRuntime.self(), log);
        lammps.define(reference.structure(), reference.interaction(), reference.masses());
    }

    /** A LAMMPS instance holding r0's atoms and interactions, logging to {@code log}. */
    public static LammpsSurface open(Reference reference, FireSettings fire, double sameTolerance, Path log) {
        return new LammpsSurface(reference, fire, sameTolerance, log);
    }

    @Override
    public int dimension() {
        return dim;
    }

    private void load(double[] x) {
        for (int j = 0; j < dim; j++) {
            int a = j % 3;
            double lo = box.lo(a);
            double l = box.length(a);
            double w = x[j] - lo - l * Math.floor((x[j] - lo) / l);
            buffer.setAtIndex(ValueLayout.JAVA_DOUBLE, j, lo + (w >= l ? 0 : w));
        }
        lammps.scatterPositions(buffer);
    }

    /**
     * Makes the next force evaluation a full one (LAMMPS's set-up, neighbour lists built at that point), so that
     * what follows does not depend on what this instance computed before: a path is then the same bit for bit
     * whichever worker computes it after whichever others. Call it before each path.
     */
    public void startAfresh() {
        afresh = true;
    }

    /**
     * Between two evaluations of a band only positions change, so LAMMPS's set-up is skipped
     * ({@link LammpsSession#reevaluate}: lists rebuilt within the step when atoms moved beyond half the skin);
     * after a {@link #relax} or {@link #startAfresh} the evaluation is a full one.
     */
    @Override
    public double evaluate(double[] x, double[] force) {
        load(x);
        if (afresh) {
            lammps.evaluate();
            afresh = false;
        } else {
            lammps.reevaluate();
        }
        calls++;
        lammps.gatherForces(buffer);
        MemorySegment.copy(buffer, ValueLayout.JAVA_DOUBLE, 0, force, 0, dim);
        return lammps.potentialEnergy();
    }

    @Override
    public void difference(double[] a, double[] b, double[] out) {
        for (int j = 0; j < dim; j++) {
            out[j] = box.minimumImage(b[j] - a[j], j % 3);
        }
    }

    @Override
    public Operator hessian(double[] x) {
        if (reference.interaction().analytic().isEmpty()) {
            return differences(x);
        }
        Arena local = Arena.ofAuto();
        MemorySegment positions = local.allocate(ValueLayout.JAVA_DOUBLE, dim);
        MemorySegment.copy(x, 0, positions, ValueLayout.JAVA_DOUBLE, 0, dim);
        CsrMatrix h = new HessianBuilder(reference.structure().withPositions(positions), reference.forceField())
                .build(local);
        MemorySegment in = local.allocate(ValueLayout.JAVA_DOUBLE, dim);
        MemorySegment out = local.allocate(ValueLayout.JAVA_DOUBLE, dim);
        return (v, y) -> {
            MemorySegment.copy(v, 0, in, ValueLayout.JAVA_DOUBLE, 0, dim);
            h.multiply(in, out);
            MemorySegment.copy(out, ValueLayout.JAVA_DOUBLE, 0, y, 0, dim);
        };
    }

    /**
     * H v = (F(x - h v) - F(x + h v)) / 2h with h = 1e-3 mean spacings (v a unit vector): truncation error
     * O(h^2) against roundoff O(eps |F| / h).
     */
    private Operator differences(double[] x) {
        double spacing = Math.cbrt(box.volume() / reference.particles());
        double h = 1e-3 * spacing;
        double[] plus = new double[dim];
        double[] minus = new double[dim];
        double[] fp = new double[dim];
        double[] fm = new double[dim];
        double[] at = x.clone();
        return (v, y) -> {
            for (int j = 0; j < dim; j++) {
                plus[j] = at[j] + h * v[j];
                minus[j] = at[j] - h * v[j];
            }
            evaluate(plus, fp);
            evaluate(minus, fm);
            for (int j = 0; j < dim; j++) {
                y[j] = (fm[j] - fp[j]) / (2 * h);
            }
        };
    }

    @Override
    public double[][] flatDirections() {
        double[][] t = new double[3][dim];
        double c = 1 / Math.sqrt(reference.particles());
        for (int j = 0; j < dim; j++) {
            t[j % 3][j] = c;
        }
        return t;
    }

    /**
     * LAMMPS's FIRE with excite's settings; {@code x} receives the relaxed positions, unwrapped near x. A state that
     * excite's guard ({@link KickGuard}: Eq. (1)/(2)'s divergence where Java has the formulas, else the glass's own
     * closest distances) would not hand to LAMMPS is not relaxed (NaN): in this build LAMMPS's "Lost atoms" from such
     * a state ends the process, and with it every other transition of the run.
     */
    @Override
    public double relax(double[] x) {
        double[] start = x.clone();
        load(x);
        if (guard.check(reference.structure().withPositions(buffer)).any()) {
            return Double.NaN;
        }
        lammps.command("reset_timestep 0");
        MinimizationResult r = lammps.minimize(fire);
        calls += r.iterations() + 1;
        lammps.gatherPositions(buffer);
        for (int j = 0; j < dim; j++) {
            x[j] = start[j] + box.minimumImage(buffer.getAtIndex(ValueLayout.JAVA_DOUBLE, j) - start[j], j % 3);
        }
        return r.energy();
    }

    @Override
    public boolean sameMinimum(double[] a, double[] b) {
        return labelledDistance(a, b) < sameTolerance;
    }

    /** |b - a| with the mean displacement removed. */
    public double labelledDistance(double[] a, double[] b) {
        double[] d = new double[dim];
        difference(a, b, d);
        double[] mean = new double[3];
        for (int j = 0; j < dim; j++) {
            mean[j % 3] += d[j] / reference.particles();
        }
        double s = 0;
        for (int j = 0; j < dim; j++) {
            double v = d[j] - mean[j % 3];
            s += v * v;
        }
        return Math.sqrt(s);
    }

    @Override
    public long forceCalls() {
        return calls;
    }

    public Reference reference() {
        return reference;
    }

    @Override
    public void close() {
        lammps.close();
        arena.close();
    }
}
