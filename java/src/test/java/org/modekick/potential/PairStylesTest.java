package org.modekick.potential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PairStylesTest {

    @Test
    void harmonicContactSingleType() {
        ForceField ff = PairStyles.parse("pair_style harmonic/contact", List.of("pair_coeff 1 1 1.0 1.0"), 1);
        assertEquals(new HarmonicContact(1.0, 1.0), ff.pair(1, 1));
        assertEquals(List.of("pair_style harmonic/contact", "pair_coeff 1 1 1.0 1.0"), ff.lammpsCommands());
    }

    @Test
    void commandWordAndCommentsAreOptional() {
        ForceField ff = PairStyles.parse("lj/smooth/linear 2.5   # the paper's rc",
                List.of("", "# a comment line", "* * 1 1"), 1);
        assertEquals(new LennardJonesSmoothLinear(1, 1, 2.5), ff.pair(1, 1));
    }

    @Test
    void globalCutoffIsTheDefaultAndPerPairCutoffOverrides() {
        ForceField ff = PairStyles.parse("pair_style lj/smooth/linear 2.5",
                List.of("pair_coeff * * 1.0 1.0", "pair_coeff 2 2 0.5 0.88 2.2"), 2);
        assertEquals(new LennardJonesSmoothLinear(1.0, 1.0, 2.5), ff.pair(1, 1));
        assertEquals(new LennardJonesSmoothLinear(1.0, 1.0, 2.5), ff.pair(1, 2)); // set by * *
        assertEquals(new LennardJonesSmoothLinear(0.5, 0.88, 2.2), ff.pair(2, 2));
        // every pair_coeff states its cutoff, so the global one in pair_style does not matter to LAMMPS
        assertEquals(List.of("pair_style lj/smooth/linear 2.5",
                "pair_coeff 1 1 1.0 1.0 2.5", "pair_coeff 1 2 1.0 1.0 2.5", "pair_coeff 2 2 0.5 0.88 2.2"),
                ff.lammpsCommands());
        assertEquals(2.5, ff.maxCutoff(), 0);
    }

    @Test
    void unsetCrossPairsAreMixedGeometrically() {
        ForceField ff = PairStyles.parse("pair_style lj/smooth/linear 2.5",
                List.of("pair_coeff 1 1 1.0 1.0", "pair_coeff 2 2 0.5 0.88 2.2", "pair_coeff 3 3 2 1.2",
                        "pair_coeff 3 1 1.5 0.8 2.0"), 3);
        LennardJonesSmoothLinear p12 = (LennardJonesSmoothLinear) ff.pair(1, 2);
        assertEquals(Math.sqrt(1.0 * 0.5), p12.epsilon(), 0);
        assertEquals(Math.sqrt(1.0 * 0.88), p12.sigma(), 0);
        assertEquals(Math.sqrt(2.5 * 2.2), p12.cutoff(), 0);
        LennardJonesSmoothLinear p23 = (LennardJonesSmoothLinear) ff.pair(3, 2);
        assertEquals(Math.sqrt(2 * 0.5), p23.epsilon(), 0);
        assertEquals(Math.sqrt(1.2 * 0.88), p23.sigma(), 0);
        // "3 1" was reordered to "1 3" and given explicitly: not mixed
        assertEquals(new LennardJonesSmoothLinear(1.5, 0.8, 2.0), ff.pair(1, 3));

        ForceField h = PairStyles.parse("harmonic/contact", List.of("1 1 1 1", "2 2 4 1.4"), 2);
        assertEquals(new HarmonicContact(2, Math.sqrt(1.4)), h.pair(1, 2));
    }

    @Test
    void wildcardRanges() {
        ForceField ff = PairStyles.parse("harmonic/contact",
                List.of("* * 1 1", "2* 2* 2 2", "*1 3 3 3", "2*3 4 4 4"), 4);
        assertEquals(new HarmonicContact(1, 1), ff.pair(1, 1));
        assertEquals(new HarmonicContact(1, 1), ff.pair(1, 2));
        assertEquals(new HarmonicContact(3, 3), ff.pair(1, 3));
        assertEquals(new HarmonicContact(2, 2), ff.pair(2, 2));
        assertEquals(new HarmonicContact(2, 2), ff.pair(2, 3));
        assertEquals(new HarmonicContact(4, 4), ff.pair(2, 4));
        assertEquals(new HarmonicContact(4, 4), ff.pair(3, 4));
        assertEquals(new HarmonicContact(2, 2), ff.pair(4, 4));
        assertEquals(new HarmonicContact(1, 1), ff.pair(1, 4));
    }

    @Test
    void coefficientsRoundTripThroughLammpsCommands() {
        ForceField ff = PairStyles.parse("lj/smooth/linear 2.5",
                List.of("1 1 0.30000000000000004 0.3333333333333333 2.5", "2 2 1e-3 .5", "1 2 1 1 1.7"), 2);
        List<String> commands = ff.lammpsCommands();
        ForceField again = PairStyles.parse(commands.get(0), commands.subList(1, commands.size()), 2);
        assertEquals(ff, again);
    }

    private static void rejects(String style, List<String> coeffs, int types, String... fragments) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PairStyles.parse(style, coeffs, types));
        for (String f : fragments) {
            assertTrue(e.getMessage().contains(f), () -> "message \"" + e.getMessage() + "\" lacks \"" + f + "\"");
        }
    }

    @Test
    void errorsNameTheLineAndTheProblem() {
        rejects("pair_style lj/cut 2.5", List.of(), 1, "unknown pair style 'lj/cut'", "harmonic/contact",
                "lj/smooth/linear");
        rejects("", List.of(), 1, "no pair style", "harmonic/contact");
        rejects("harmonic/contact 1.0", List.of(), 1, "takes no arguments");
        rejects("lj/smooth/linear", List.of(), 1, "takes 1 argument");
        rejects("lj/smooth/linear abc", List.of(), 1, "'abc' is not a number");
        rejects("lj/smooth/linear -1", List.of(), 1, "must be > 0");
        rejects("harmonic/contact", List.of("1 1 1.0 1.0", "1 1 1.0"), 1, "line 2", "expected I J eps sigma",
                "got 3");
        rejects("harmonic/contact", List.of("1 1 1.0 1.0 2.5"), 1, "line 1", "expected I J eps sigma");
        rejects("lj/smooth/linear 2.5", List.of("1 1 1.0 1.0 2.5 7"), 1, "expected I J eps sigma [rc]");
        rejects("lj/smooth/linear 2.5", List.of("1 1 x 1.0"), 1, "line 1", "eps 'x' is not a number");
        rejects("lj/smooth/linear 2.5", List.of("1 1 1 nan"), 1, "sigma 'nan' is not a number");
        rejects("lj/smooth/linear 2.5", List.of("1 1 1 1 1e999"), 1, "rc '1e999' is not finite");
        rejects("harmonic/contact", List.of("1 1 -1 1"), 1, "eps must be >= 0");
        rejects("harmonic/contact", List.of("1 1 1 0"), 1, "sigma must be > 0");
        rejects("lj/smooth/linear 2.5", List.of("1 1 1 1 0"), 1, "rc must be > 0");
        rejects("harmonic/contact", List.of("1 3 1 1"), 2, "atom type '3' is out of range 1..2");
        rejects("harmonic/contact", List.of("0 1 1 1"), 2, "out of range");
        rejects("harmonic/contact", List.of("a 1 1 1"), 2, "'a' is not a type number");
        rejects("harmonic/contact", List.of("2* 1 1 1"), 2, "no pair I <= J");
        rejects("harmonic/contact", List.of("1 1 1 1"), 3, "no pair_coeff for type pair(s) 2 2, 3 3");
        rejects("harmonic/contact", List.of("1 1 1 1", "1 2 1 1"), 2, "2 2");
        rejects("harmonic/contact", List.of(), 0, "atom types must be >= 1");
    }
}
