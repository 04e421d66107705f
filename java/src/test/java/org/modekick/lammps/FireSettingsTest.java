package org.modekick.lammps;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** FIRE settings that cannot work are refused, naming the setting and the value given. */
class FireSettingsTest {

    private static void refused(String setting, String value, Executable make) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, make);
        assertTrue(e instanceof InvalidSettingException, e.toString());
        assertEquals(setting, ((InvalidSettingException) e).setting(), e.getMessage());
        assertTrue(e.getMessage().contains(value), "the value given in: " + e.getMessage());
        assertFalse(e.getMessage().contains("FireSettings["), "not a record of zeros: " + e.getMessage());
    }

    @Test
    void theDefaultsAreValid() {
        assertDoesNotThrow(FireSettings::harmonic);
        assertDoesNotThrow(FireSettings::lennardJones);
        assertDoesNotThrow(() -> FireSettings.harmonic().withForceTolerance(1e-30).withMaxIterations(5));
    }

    @Test
    void valuesOutsideLammpsBoundsOrFiresAreRefused() {
        FireSettings h = FireSettings.harmonic();
        refused("timestep", "0.0", () -> new FireSettings(0, 8, 0.25, 0.1, 1e-10, 100));
        refused("timestep", "-0.05", () -> new FireSettings(-0.05, 8, 0.25, 0.1, 1e-10, 100));
        refused("timestep", "NaN", () -> new FireSettings(Double.NaN, 8, 0.25, 0.1, 1e-10, 100));
        refused("timestep", "Infinity", () -> new FireSettings(Double.POSITIVE_INFINITY, 8, 0.25, 0.1, 1e-10, 100));
        // LAMMPS's MinFire::init ends the process for tmax < tmin = 0.02
        refused("tmax", "0.01", () -> new FireSettings(0.05, 0.01, 0.25, 0.1, 1e-10, 100));
        refused("tmax", "0.5", () -> new FireSettings(0.05, 0.5, 0.25, 0.1, 1e-10, 100));
        refused("alpha0", "2.0", () -> new FireSettings(0.05, 8, 2, 0.1, 1e-10, 100));
        refused("alpha0", "0.0", () -> new FireSettings(0.05, 8, 0, 0.1, 1e-10, 100));
        refused("alpha0", "-1.0", () -> new FireSettings(0.05, 8, -1, 0.1, 1e-10, 100));
        refused("dmax", "0.0", () -> new FireSettings(0.05, 8, 0.25, 0, 1e-10, 100));
        // ftol^2 underflows to 0 below ~1.5e-154: LAMMPS would never stop
        refused("forceTolerance", "1.0E-200", () -> h.withForceTolerance(1e-200));
        refused("forceTolerance", "0.0", () -> h.withForceTolerance(0));
        refused("maxIterations", "0", () -> h.withMaxIterations(0));
        assertDoesNotThrow(() -> new FireSettings(0.05, 8, 1, 0.1, 1e-10, 100), "alpha0 = 1 is FIRE's limit");
    }

    @Test
    void aTimestepBeyondTheStabilityLimitOrALongStepIsRefusedForTheGlass() {
        FireSettings h = FireSettings.harmonic(); // dtmax = 0.4
        assertDoesNotThrow(() -> h.requireStableFor(3, 0.9));
        InvalidSettingException unstable = assertThrows(InvalidSettingException.class, () -> h.requireStableFor(6, 0.9));
        assertEquals("timestep", unstable.setting());
        assertTrue(unstable.getMessage().contains("dtmax = 0.4") && unstable.getMessage().contains("2 / omega_max = 0.333"),
                unstable.getMessage());
        FireSettings longStep = new FireSettings(0.05, 8, 0.25, 0.6, 1e-10, 100);
        InvalidSettingException far = assertThrows(InvalidSettingException.class, () -> longStep.requireStableFor(3, 1));
        assertEquals("dmax", far.setting());
        assertTrue(far.getMessage().contains("dmax = 0.6"), far.getMessage());
    }
}
