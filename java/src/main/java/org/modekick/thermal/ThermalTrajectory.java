package org.modekick.thermal;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.modekick.excite.DisplacementField;
import org.modekick.excite.Reference;
import org.modekick.excite.StructureMatch;
import org.modekick.lammps.FireSettings;
import org.modekick.lammps.LammpsSession;
import org.modekick.lammps.MinimizationResult;
import org.modekick.mpi.MpiRuntime;

/**
 * One LAMMPS instance that runs NVT trajectories from r0 and quenches them. A quench saves positions and
 * velocities, relaxes by FIRE, judges the relaxed state, and puts the saved state back, so the quenches
 * do not disturb the trajectory. Confined to its thread.
 */
public final class ThermalTrajectory implements AutoCloseable {

    private final Reference reference;
    private final FireSettings fire;
    private final double sameTolerance;
    private final Map<Integer, MemorySegment> known;
    private final LammpsSession lammps;
    private final Arena arena = Arena.ofConfined();
    private final MemorySegment x;
    private final MemorySegment v;
    private final MemorySegment quenched;

    /**
     * @param known the final states of the known transitions, by id (read-only, shared)
     */
    public ThermalTrajectory(Reference reference, FireSettings fire, double sameTolerance,
                             Map<Integer, MemorySegment> known, Path log) {
        this.reference = reference;
        this.fire = fire;
        this.sameTolerance = sameTolerance;
        this.known = known;
        this.lammps = LammpsSession.open(MpiRuntime.self(), log);
        lammps.define(reference.structure(), reference.interaction(), reference.masses());
        long n = 3L * reference.particles();
        this.x = arena.allocate(ValueLayout.JAVA_DOUBLE, n);
        this.v = arena.allocate(ValueLayout.JAVA_DOUBLE, n);
        this.quenched = arena.allocate(ValueLayout.JAVA_DOUBLE, n);
    }

    /** A run at {@code temperature} with {@code seed} from r0 at rest plus Maxwell velocities. */
    public List<Quench> run(double temperature, int seed, ThermalSettings s) {
        lammps.restartLog();
        lammps.scatterPositions(reference.positions());
        lammps.commands(List.of(
                "reset_timestep 0",
                "timestep " + number(s.timestep()),
                "velocity all create " + number(temperature) + " " + seed + " dist gaussian mom yes rot no",
                "fix modekick_nvt all nvt temp " + number(temperature) + " " + number(temperature) + " "
                        + number(s.damping())));
        List<Quench> out = new ArrayList<>();
        long step = 0;
        for (int q = 0; q < s.quenches(); q++) {
            lammps.command("run " + s.interval() + " post no");
            step += s.interval();
            out.add(quench(temperature, seed, step, s));
        }
        lammps.command("unfix modekick_nvt");
        return out;
    }

    private Quench quench(double temperature, int seed, long step, ThermalSettings s) {
        lammps.gatherPositions(x);
        lammps.gatherVelocities(v);
        double kinetic = kineticTemperature();
        long timestep = lammps.timestep();
        MinimizationResult r = lammps.minimize(fire);
        lammps.gatherPositions(quenched);
        double distance;
        try (Arena temp = Arena.ofConfined()) {
            distance = DisplacementField.between(reference.structure().box(), reference.positions(), quenched, temp)
                    .norm();
        }
        StructureMatch toR0 = StructureMatch.compare(reference.structure().box(), reference.positions(), quenched,
                sameTolerance);
        String state;
        int id = 0;
        if (toR0.kind() == StructureMatch.Kind.IDENTICAL) {
            state = "r0";
        } else if (toR0.kind() == StructureMatch.Kind.RELABELLED) {
            state = "relabelled";
        } else {
            state = "new";
            for (var e : known.entrySet()) {
                if (StructureMatch.compare(reference.structure().box(), e.getValue(), quenched, sameTolerance)
                        .sameStructure()) {
                    state = "transition";
                    id = e.getKey();
                    break;
                }
            }
        }
        lammps.scatterPositions(x);
        lammps.scatterVelocities(v);
        // FIRE set its own timestep: the trajectory goes on with the MD one
        lammps.commands(List.of("reset_timestep " + timestep, "timestep " + number(s.timestep())));
        return new Quench(temperature, seed, step, kinetic, r.energy(), distance, state, id, r.iterations(),
                r.forceNorm() < fire.forceTolerance());
    }

    /** sum m v^2 / (3N - 3), as LAMMPS's compute temp counts degrees of freedom (k_B = 1). */
    private double kineticTemperature() {
        int n = reference.particles();
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double m = reference.masses()[reference.structure().type(i) - 1];
            for (int a = 0; a < 3; a++) {
                double c = v.getAtIndex(ValueLayout.JAVA_DOUBLE, 3L * i + a);
                sum += m * c * c;
            }
        }
        return sum / (3.0 * n - 3);
    }

    static String number(double v) {
        return String.format(Locale.ROOT, "%.17g", v);
    }

    @Override
    public void close() {
        lammps.close();
        arena.close();
    }
}
