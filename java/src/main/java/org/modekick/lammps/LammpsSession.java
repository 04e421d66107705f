package org.modekick.lammps;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.modekick.bindings.lammps.library_h;
import org.modekick.bindings.modekick.modekick_native_h;
import org.modekick.mpi.Communicator;
import org.modekick.potential.AnalyticInteraction;
import org.modekick.potential.ForceField;
import org.modekick.potential.Interaction;
import org.modekick.system.Box;
import org.modekick.system.Configuration;
import org.modekick.system.ParticleVector;

/**
 * One LAMMPS instance, opened on an MPI communicator, with modekick's own pair styles registered.
 * Positions and forces move between LAMMPS and native memory segments by atom ID (gather/scatter),
 * never through Java arrays. Not thread-safe: one thread drives one session.
 *
 * <p>Since a LAMMPS error ends the process (no exception support in this build), callers validate
 * their input before it reaches LAMMPS; each instance writes its own log, whose path is noted for the
 * launcher to show the message should LAMMPS stop the process anyway.
 */
public final class LammpsSession implements AutoCloseable {

    /**
     * The type argument of lammps_gather_atoms/lammps_scatter_atoms for doubles: 1 in this version's gather and
     * scatter family (0 is int). Not the binding's LAMMPS_DOUBLE (= 2, of the _LMP_DATATYPE_CONST enum that the
     * extract functions use), which these two ignore without an error (MpiLifecycleTest checks both).
     */
    private static final int GATHER_DOUBLE = 1;

    private final Arena arena = Arena.ofConfined();
    private final MemorySegment handle;
    private final Path logFile;
    /** The log as the log command names it, made on the first {@link #restartLog}. */
    private CommandPath logCommandPath;
    private boolean closed;
    /**
     * Whether the last thing done to LAMMPS was a force evaluation, with at most new positions scattered since: then
     * {@link #reevaluate} may skip the set-up. Every command (fix, dump, minimize, reset_timestep, ...) clears it.
     */
    private boolean evaluatedLast;
    /**
     * Whether LAMMPS checks every step whether to rebuild the neighbour lists (modekick's neigh_modify, not
     * overridden by the interaction's commands): {@link #reevaluate} relies on that check.
     */
    private boolean neighbourCheckEveryStep;
    /**
     * Where the output of {@link #reevaluate}'s runs goes ({@code NAME.steps.log} beside the log): each run 1 writes
     * about 200 bytes (echo, thermo header and two lines, loop time), 60 MB over the 300k evaluations of a barriers
     * run. LAMMPS's log is switched to this file while reevaluations follow one another, restarted (truncated) every
     * {@link #STEP_LOG_RUNS} of them, and switched back (append) before any other command. An ERROR of one of these
     * runs still lands in a log: this one, which is in the launcher's trail.
     */
    private final Path stepLogFile;
    private CommandPath stepLogCommandPath;
    /** Whether LAMMPS's log is now {@link #stepLogFile}, and how many runs it holds since it was (re)started. */
    private boolean inStepLog;
    private int stepLogRuns;

    /** Reevaluations per restart of the step log: it stays below about 200 kB. */
    static final int STEP_LOG_RUNS = 1000;

    private LammpsSession(MemorySegment handle, Path logFile) {
        this.handle = handle;
        this.logFile = logFile;
        String name = logFile.getFileName().toString();
        this.stepLogFile = logFile.resolveSibling(
                (name.endsWith(".log") ? name.substring(0, name.length() - 4) : name) + ".steps.log");
    }

    /**
     * Opens LAMMPS on the communicator, logging to {@code logFile} (never the shared default
     * log.lammps), with nothing on screen.
     */
    public static LammpsSession open(Communicator communicator, Path logFile) {
        try {
            Path parent = logFile.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (java.io.IOException e) {
            throw new LammpsException("cannot create the directory of the LAMMPS log " + logFile + ": " + e.getMessage(), e);
        }
        FatalErrorTrail.record(logFile);
        List<String> args = List.of("modekick", "-screen", "none", "-log", logFile.toAbsolutePath().toString(), "-nocite");
        MemorySegment handle;
        try (Arena temp = Arena.ofConfined()) {
            MemorySegment argv = temp.allocate(ValueLayout.ADDRESS, args.size() + 1L);
            for (int i = 0; i < args.size(); i++) {
                argv.setAtIndex(ValueLayout.ADDRESS, i, temp.allocateFrom(args.get(i)));
            }
            handle = library_h.lammps_open_fortran(args.size(), argv, communicator.fortranHandle());
        }
        if (handle.equals(MemorySegment.NULL)) {
            throw new LammpsException("LAMMPS could not be opened (log: " + logFile + ")");
        }
        LammpsSession session = new LammpsSession(handle, logFile);
        session.registerNativeStyles();
        return session;
    }

    private void registerNativeStyles() {
        checkIntegerSizes();
        int status = modekick_native_h.modekick_register_pair_styles(handle);
        if (status != 0) {
            throw new LammpsException("registering modekick's pair styles in LAMMPS failed (status " + status + ")");
        }
    }

    /** A native library built with other integer sizes than liblammps would misread atom tags. */
    private void checkIntegerSizes() {
        int[] native_ = {
            modekick_native_h.modekick_native_sizeof_bigint(),
            modekick_native_h.modekick_native_sizeof_tagint(),
            modekick_native_h.modekick_native_sizeof_imageint(),
        };
        String[] names = {"bigint", "tagint", "imageint"};
        for (int k = 0; k < names.length; k++) {
            int lammps;
            try (Arena temp = Arena.ofConfined()) {
                lammps = library_h.lammps_extract_setting(handle, temp.allocateFrom(names[k]));
            }
            if (lammps != native_[k]) {
                throw new LammpsException("libmodekick-native was built with sizeof(" + names[k] + ") = " + native_[k]
                        + " but liblammps uses " + lammps + ": rebuild native/ with the matching LAMMPS_*BIG macro");
            }
        }
    }

    public Path logFile() {
        return logFile;
    }

    /** Where the output of the runs of {@link #reevaluate} goes (see {@link #stepLogFile}); removed on close. */
    public Path stepLogFile() {
        return stepLogFile;
    }

    /**
     * Starts the log afresh with LAMMPS's log command, so that it holds what follows only. The path reaches the
     * command parser through {@link CommandPath}: a space, '#', '$' or quote in it would otherwise truncate it,
     * expand it or end the process.
     */
    public void restartLog() {
        command("log " + logCommandPath().text());
    }

    private CommandPath logCommandPath() {
        if (logCommandPath == null) {
            logCommandPath = CommandPath.of(logFile);
        }
        return logCommandPath;
    }

    /** Runs one LAMMPS command. */
    public void command(String command) {
        ensureOpen();
        evaluatedLast = false;
        leaveStepLog();
        execute(command);
    }

    private void execute(String command) {
        try (Arena temp = Arena.ofConfined()) {
            library_h.lammps_command(handle, temp.allocateFrom(command));
        }
        checkError(command);
    }

    /** Switches LAMMPS's log to the step log, or truncates it when it holds {@link #STEP_LOG_RUNS} runs. */
    private void enterStepLog() {
        if (inStepLog && stepLogRuns < STEP_LOG_RUNS) {
            return;
        }
        if (stepLogCommandPath == null) {
            stepLogCommandPath = CommandPath.of(stepLogFile);
            FatalErrorTrail.record(stepLogFile);
        }
        execute("log " + stepLogCommandPath.text()); // "w": a fresh file
        inStepLog = true;
        stepLogRuns = 0;
    }

    /** Back to the main log, appending, so that it goes on where it was. */
    private void leaveStepLog() {
        if (inStepLog) {
            inStepLog = false;
            execute("log " + logCommandPath().text() + " append");
        }
    }

    public void commands(List<String> commands) {
        for (String c : commands) {
            command(c);
        }
    }

    /**
     * Runs an input script after defining its "index" variables (which the script's own defaults do
     * not override, exactly as {@code lmp -var NAME VALUE} does).
     */
    public void runScript(Path script, Map<String, String> variables) {
        if (!Files.isReadable(script)) {
            throw new LammpsException("LAMMPS input script not found or not readable: " + script);
        }
        for (var v : variables.entrySet()) {
            command("variable " + v.getKey() + " index " + v.getValue());
        }
        ensureOpen();
        evaluatedLast = false;
        try (Arena temp = Arena.ofConfined()) {
            library_h.lammps_file(handle, temp.allocateFrom(script.toString()));
        }
        checkError("input script " + script);
    }

    private void checkError(String what) {
        if (library_h.lammps_has_error(handle) != 0) {
            try (Arena temp = Arena.ofConfined()) {
                MemorySegment buffer = temp.allocate(2048);
                library_h.lammps_get_last_error_message(handle, buffer, 2048);
                throw new LammpsException("LAMMPS error in " + what + ": " + buffer.getString(0));
            }
        }
    }

    /**
     * The neighbour skin in lj units (of sigma). LAMMPS rebuilds the lists whenever an atom has
     * moved more than half the skin since the last build ({@code neigh_modify every 1 delay 0 check yes}), so the
     * forces are right whatever the skin; the skin only trades list builds against pairs per force evaluation. A
     * relaxation of a kick moves most particles by much less than the kick's own size, A sqrt(N) |e_i| (A_c of a
     * few 1e-3 harmonic): with 0.1 the lists are rebuilt about once per relaxation (1.3 per minimisation against 0.07
     * with 0.3, harmonic N = 16,000, 15 relaxations of one mode) and hold 20% fewer pairs than with 0.3
     * (harmonic: 81,555 against 100,985 at N = 16,000; cutoffs 1-1.4 harmonic, 2.5 LJ).
     */
    public static final double NEIGHBOUR_SKIN = 0.1;

    /** The skin in other units than lj (a length in their own unit: Angstrom for metal), as before. */
    static final double OTHER_UNITS_SKIN = 0.3;

    /** {@link #NEIGHBOUR_SKIN} in lj units (the paper's glasses), {@link #OTHER_UNITS_SKIN} otherwise. */
    static double skin(String units) {
        return "lj".equals(units) ? NEIGHBOUR_SKIN : OTHER_UNITS_SKIN;
    }

    /**
     * Creates the box and the atoms of a configuration (ID i + 1 for particle i) and sets up its
     * interactions; positions are wrapped into the box first, since LAMMPS creates only atoms inside.
     */
    public void define(Configuration configuration, ForceField forceField, double[] masses) {
        define(configuration, new AnalyticInteraction(forceField, "custom"), masses);
    }

    /**
     * Creates the box and the atoms of a configuration (ID i + 1 for particle i) in the interaction's units, gives
     * each type its mass, then runs the interaction's commands (which may set masses of their own: a potential
     * file's mass commands, eam/fs's element masses; {@link #masses} reads back what LAMMPS holds). The atoms are
     * created in a spatial order ({@link SpatialOrder}), which is LAMMPS's order in memory (sorting is off), so that
     * the neighbours of an atom lie close to it in memory; IDs are unchanged.
     */
    public void define(Configuration configuration, Interaction interaction, double[] masses) {
        Box b = configuration.box();
        int n = configuration.size();
        if (masses.length != configuration.atomTypes()) {
            throw new IllegalArgumentException("need one mass per atom type: " + configuration.atomTypes());
        }
        commands(List.of(
                "units " + interaction.units(),
                "atom_style atomic",
                // map array: gather/scatter by ID need it. Sorting is off: LAMMPS's sort permutes atoms within a
                // bin in an order that depends on their previous order, so results would depend on what the
                // instance ran before; the spatial creation order below gives the locality once, the same on
                // every instance.
                "atom_modify map array sort 0 0.0",
                "boundary p p p",
                "region modekick_box block " + b.xlo() + " " + b.xhi() + " " + b.ylo() + " " + b.yhi() + " "
                        + b.zlo() + " " + b.zhi(),
                "create_box " + configuration.atomTypes() + " modekick_box"));
        MemorySegment ids = arena.allocate(ValueLayout.JAVA_INT, n);
        MemorySegment types = arena.allocate(ValueLayout.JAVA_INT, n);
        MemorySegment wrapped = arena.allocate(ValueLayout.JAVA_DOUBLE, 3L * n);
        double[] w = new double[3 * n];
        for (int i = 0; i < n; i++) {
            for (int a = 0; a < 3; a++) {
                double lo = b.lo(a);
                double l = b.length(a);
                double u = configuration.x(i, a) - lo;
                double v = u - l * Math.floor(u / l);
                if (v >= l) {
                    v = 0; // u/l rounded up to an integer: the point sits on the upper face
                }
                w[3 * i + a] = lo + v;
            }
        }
        // cells of about two mean spacings: a few particles each, in any units
        int[] order = SpatialOrder.of(b, w, 2 * Math.cbrt(b.volume() / Math.max(n, 1)));
        for (int k = 0; k < n; k++) {
            int i = order[k];
            ids.setAtIndex(ValueLayout.JAVA_INT, k, i + 1);
            types.setAtIndex(ValueLayout.JAVA_INT, k, configuration.type(i));
            for (int a = 0; a < 3; a++) {
                wrapped.setAtIndex(ValueLayout.JAVA_DOUBLE, 3L * k + a, w[3 * i + a]);
            }
        }
        int created = library_h.lammps_create_atoms(handle, n, ids, types, wrapped,
                MemorySegment.NULL, MemorySegment.NULL, 0);
        if (created != n) {
            throw new LammpsException("LAMMPS created " + created + " of " + n + " atoms");
        }
        List<String> setup = new ArrayList<>();
        for (int t = 0; t < masses.length; t++) {
            setup.add("mass " + (t + 1) + " " + masses[t]);
        }
        requireStyles(interaction.lammpsCommands());
        // modekick's neighbour settings first, so that a potential file's own neighbor/neigh_modify override them
        setup.add("neighbor " + skin(interaction.units()) + " bin");
        setup.add("neigh_modify delay 0 every 1 check yes");
        setup.addAll(interaction.lammpsCommands());
        setup.add("thermo_style custom step pe press fnorm");
        // thermo_style resets thermo_modify (platform notes), so norm no must come after it
        setup.add("thermo_modify norm no");
        setup.add("thermo 0");
        commands(setup);
        neighbourCheckEveryStep = interaction.lammpsCommands().stream()
                .noneMatch(c -> c.strip().startsWith("neigh_modify"));
    }

    /**
     * A pair_style this LAMMPS does not have would end the process ("Unrecognized pair style"): refused here, with
     * the name, as bad input (IllegalArgumentException). Sub-styles of a hybrid are LAMMPS's to check.
     */
    private void requireStyles(List<String> commands) {
        for (String c : commands) {
            String[] w = c.strip().split("\\s+");
            if (w.length >= 2 && w[0].equals("pair_style")) {
                int has;
                try (Arena temp = Arena.ofConfined()) {
                    has = library_h.lammps_has_style(handle, temp.allocateFrom("pair"), temp.allocateFrom(w[1]));
                }
                if (has == 0) {
                    throw new IllegalArgumentException("this LAMMPS has no pair style '" + w[1] + "' (" + c + "): its"
                            + " packages are listed by lmp -h; modekick's own: harmonic/contact");
                }
            }
        }
    }

    /** The mass of each atom type as LAMMPS holds it (type t at index t - 1). */
    public double[] masses() {
        ensureOpen();
        int types;
        MemorySegment mass;
        try (Arena temp = Arena.ofConfined()) {
            types = library_h.lammps_extract_setting(handle, temp.allocateFrom("ntypes"));
            mass = library_h.lammps_extract_atom(handle, temp.allocateFrom("mass"));
        }
        if (mass.equals(MemorySegment.NULL)) {
            throw new LammpsException("LAMMPS holds no per-type masses");
        }
        MemorySegment values = mass.reinterpret(Double.BYTES * (types + 1L));
        double[] m = new double[types];
        for (int t = 1; t <= types; t++) {
            m[t - 1] = values.getAtIndex(ValueLayout.JAVA_DOUBLE, t);
        }
        return m;
    }

    /**
     * The pair style's force cutoff (the largest over type pairs, LAMMPS's distance units): atoms farther apart
     * than this do not interact directly. LAMMPS sets it only when it sets the system up (Pair::init; before, the
     * field is uninitialised), so this evaluates the forces first.
     */
    public double pairCutoff() {
        ensureOpen();
        evaluate();
        double cut = modekick_native_h.modekick_pair_cutoff(handle);
        if (!(cut > 0)) {
            throw new LammpsException("LAMMPS has no pair style with a cutoff (pair_style not given or none)");
        }
        return cut;
    }

    /**
     * LAMMPS's ftm2v, the factor of a = ftm2v F / m in its units: 1 in lj units, 1 / 1.0364269e-4 in metal units (eV,
     * A, ps, g/mol), and so on; frequencies of the dynamical matrix become inverse times of the timestep with it.
     */
    public double forceToAcceleration() {
        ensureOpen();
        try (Arena temp = Arena.ofConfined()) {
            MemorySegment p = library_h.lammps_extract_global(handle, temp.allocateFrom("ftm2v"));
            if (p.equals(MemorySegment.NULL)) {
                throw new LammpsException("LAMMPS does not expose ftm2v (extract_global)");
            }
            return p.reinterpret(Double.BYTES).get(ValueLayout.JAVA_DOUBLE, 0);
        }
    }

    /** The largest force component max |F_i,a| of the last force evaluation. */
    public double largestForce() {
        return thermo("fmax");
    }

    /** LAMMPS's version as a date number, e.g. 20210929 for "29 Sep 2021". */
    public int version() {
        ensureOpen();
        return library_h.lammps_version(handle);
    }

    public int atomCount() {
        ensureOpen();
        return (int) library_h.lammps_get_natoms(handle);
    }

    /** Positions (3N doubles, by atom ID) into {@code out}: wrapped into the box by LAMMPS. */
    public void gatherPositions(MemorySegment out) {
        gather("x", out);
    }

    /** Forces (3N doubles, by atom ID) of the last force evaluation. */
    public void gatherForces(MemorySegment out) {
        gather("f", out);
    }

    /** Velocities (3N doubles, by atom ID). */
    public void gatherVelocities(MemorySegment out) {
        gather("v", out);
    }

    /** Sets velocities (3N doubles, by atom ID): an MD run continues from a state saved before a quench. */
    public void scatterVelocities(MemorySegment velocities) {
        ensureOpen();
        evaluatedLast = false;
        ParticleVector.of(velocities, atomCount(), "velocities");
        try (Arena temp = Arena.ofConfined()) {
            library_h.lammps_scatter_atoms(handle, temp.allocateFrom("v"), GATHER_DOUBLE, 3, velocities);
        }
    }

    /** Sets positions (3N doubles, by atom ID). Forces and energies are stale until {@link #evaluate()}. */
    public void scatterPositions(MemorySegment positions) {
        ensureOpen();
        ParticleVector.of(positions, atomCount(), "positions");
        try (Arena temp = Arena.ofConfined()) {
            library_h.lammps_scatter_atoms(handle, temp.allocateFrom("x"), GATHER_DOUBLE, 3, positions);
        }
    }

    private void gather(String name, MemorySegment out) {
        ensureOpen();
        ParticleVector.of(out, atomCount(), name);
        try (Arena temp = Arena.ofConfined()) {
            library_h.lammps_gather_atoms(handle, temp.allocateFrom(name), GATHER_DOUBLE, 3, out);
        }
    }

    /** Recomputes forces, energy and pressure at the current positions ({@code run 0}), with LAMMPS's full set-up. */
    public void evaluate() {
        command("run 0 post no");
        evaluatedLast = true;
    }

    /**
     * Recomputes forces, energy and pressure at the current positions as {@link #evaluate} does, more cheaply when
     * only positions have changed since the last evaluation: then {@code run 1 pre no post no}, which skips LAMMPS's
     * set-up (every style's init, atoms wrapped and exchanged, ghosts and neighbour lists built afresh) and computes
     * the forces once, in the step. Within the step LAMMPS still decides whether to rebuild the
     * neighbour lists, as in any MD step: with {@code neigh_modify every 1 delay 0 check yes} it rebuilds them (pbc,
     * exchange, borders, build) as soon as an atom has moved more than half the skin since the last build, so the
     * forces are those of a full evaluation up to the order of summation. With no fix defined nothing integrates
     * the step, so the atoms stay where they were put; the timestep advances by one.
     *
     * <p>LAMMPS itself cannot tell whether the system changed between runs, and {@code pre no} after a change (a fix,
     * a dump, a minimisation, a new timestep) is wrong or fatal ("Energy was not tallied on needed timestep" ends the
     * process here). So the short way is taken only when this session's last action was an evaluation with at most
     * scattered positions since, no fix and no dump is defined (lammps_id_count), and the interaction's commands did
     * not replace modekick's neighbour checking; otherwise this is {@link #evaluate}.
     *
     * @return whether the short way was taken
     */
    public boolean reevaluate() {
        ensureOpen();
        if (!evaluatedLast || !neighbourCheckEveryStep || idCount("fix") != 0 || idCount("dump") != 0) {
            evaluate();
            return false;
        }
        enterStepLog();
        execute("run 1 pre no post no");
        stepLogRuns++;
        evaluatedLast = true;
        return true;
    }

    /** How many of a category (fix, dump, compute, ...) LAMMPS holds. */
    private int idCount(String category) {
        try (Arena temp = Arena.ofConfined()) {
            return library_h.lammps_id_count(handle, temp.allocateFrom(category));
        }
    }

    /** Total potential energy of the last force evaluation (not per atom). */
    public double potentialEnergy() {
        return thermo("pe");
    }

    public double pressure() {
        return thermo("press");
    }

    /** The global 2-norm of the force vector. */
    public double forceNorm() {
        return thermo("fnorm");
    }

    private double thermo(String keyword) {
        ensureOpen();
        try (Arena temp = Arena.ofConfined()) {
            return library_h.lammps_get_thermo(handle, temp.allocateFrom(keyword));
        }
    }

    public long timestep() {
        ensureOpen();
        try (Arena temp = Arena.ofConfined()) {
            MemorySegment p = library_h.lammps_extract_global(handle, temp.allocateFrom("ntimestep"));
            return p.reinterpret(Long.BYTES).get(ValueLayout.JAVA_LONG, 0);
        }
    }

    public Box box() {
        ensureOpen();
        try (Arena temp = Arena.ofConfined()) {
            MemorySegment lo = temp.allocate(ValueLayout.JAVA_DOUBLE, 3);
            MemorySegment hi = temp.allocate(ValueLayout.JAVA_DOUBLE, 3);
            MemorySegment tilt = temp.allocate(ValueLayout.JAVA_DOUBLE, 3);
            MemorySegment periodicity = temp.allocate(ValueLayout.JAVA_INT, 3);
            MemorySegment boxChange = temp.allocate(ValueLayout.JAVA_INT);
            library_h.lammps_extract_box(handle, lo, hi, tilt.asSlice(0, 8), tilt.asSlice(8, 8), tilt.asSlice(16, 8),
                    periodicity, boxChange);
            return new Box(lo.getAtIndex(ValueLayout.JAVA_DOUBLE, 0), hi.getAtIndex(ValueLayout.JAVA_DOUBLE, 0),
                    lo.getAtIndex(ValueLayout.JAVA_DOUBLE, 1), hi.getAtIndex(ValueLayout.JAVA_DOUBLE, 1),
                    lo.getAtIndex(ValueLayout.JAVA_DOUBLE, 2), hi.getAtIndex(ValueLayout.JAVA_DOUBLE, 2));
        }
    }

    /** FIRE from the current positions until |F| &lt; tolerance or the iteration limit. */
    public MinimizationResult minimize(FireSettings settings) {
        commands(settings.setupCommands());
        long before = timestep();
        command(settings.minimizeCommand());
        return lastMinimization(timestep() - before, settings.forceTolerance());
    }

    /** The state after a minimisation that a script ran, which reset the timestep to 0 before it. */
    public MinimizationResult lastMinimization(long iterations, double forceTolerance) {
        return new MinimizationResult(potentialEnergy(), forceNorm(), pressure(), iterations, forceTolerance);
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("LAMMPS session is closed");
        }
    }

    @Override
    public void close() {
        if (!closed) {
            if (inStepLog) {
                leaveStepLog(); // the main log ends with LAMMPS's closing lines, as without the step log
            }
            closed = true;
            library_h.lammps_close(handle);
            arena.close();
            if (logCommandPath != null) {
                logCommandPath.close();
            }
            if (stepLogCommandPath != null) {
                stepLogCommandPath.close();
                try {
                    // only the thermo lines of the last reevaluations: an ERROR would have ended the process
                    Files.deleteIfExists(stepLogFile);
                } catch (java.io.IOException e) {
                    // a leftover step log harms nothing
                }
            }
        }
    }
}
