package org.modekick.potential;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A pair interaction modekick has Java formulas for ({@link PairStyles#SUPPORTED}), in LAMMPS's lj units; LAMMPS is
 * given the same potential by {@link ForceField#lammpsCommands}.
 */
public record AnalyticInteraction(ForceField field, String label) implements Interaction {

    public AnalyticInteraction {
        Objects.requireNonNull(field);
        Objects.requireNonNull(label);
    }

    @Override
    public int atomTypes() {
        return field.atomTypes();
    }

    @Override
    public String units() {
        return "lj";
    }

    @Override
    public List<String> lammpsCommands() {
        return field.lammpsCommands();
    }

    @Override
    public Optional<ForceField> analytic() {
        return Optional.of(field);
    }

    @Override
    public boolean manyBody() {
        return false;
    }

    @Override
    public List<String> provenance() {
        return lammpsCommands();
    }
}
