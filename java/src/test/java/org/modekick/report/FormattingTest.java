package org.modekick.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modekick.io.NumberField;

/** How numbers leave the report: CSV fields, HTML cells, tick labels. */
class FormattingTest {

    @Test
    void csvFieldsAreExactAndMissingIsEmpty() {
        assertEquals("1.0E-6", Numbers.csv(1e-6));
        assertEquals("0.1", Numbers.csv(0.1));
        assertEquals("", Numbers.csv(Double.NaN));
        assertEquals("", Numbers.csv(Double.POSITIVE_INFINITY));
        assertEquals(1.3e-6, Double.parseDouble(Numbers.csv(1.3e-6)));
    }

    @Test
    void htmlNumbersHaveThreeSignificantDigits() {
        assertEquals("1.30&times;10<sup>&minus;6</sup>", Numbers.html(1.3e-6));
        assertEquals("&minus;2.50&times;10<sup>&minus;9</sup>", Numbers.html(-2.5e-9));
        assertEquals("1.28&times;10<sup>5</sup>", Numbers.html(128000));
        assertEquals("0.0438", Numbers.html(0.04375));
        assertEquals("2.50", Numbers.html(2.5));
        assertEquals("123", Numbers.html(123.4));
        assertEquals("0", Numbers.html(0));
        assertEquals("&ndash;", Numbers.html(Double.NaN));
    }

    @Test
    void missingSpellingsParseAsNaNAndOthersThrow() {
        for (String s : List.of("", " ", "NaN", "nan", "NA", "-nan")) {
            assertEquals(Double.NaN, NumberField.parse(s), "'" + s + "'");
        }
        assertEquals(-3e-4, NumberField.parse(" -3e-4 "));
        assertThrows(NumberFormatException.class, () -> NumberField.parse("1,5"));
    }

    @Test
    void tickLabelsAvoidJavaExponentNotation() {
        TickFormat f = new TickFormat();
        assertEquals("0", f.format(0.0));
        assertEquals("0.25", f.format(0.25));
        assertEquals("1.6×10⁻⁴", f.format(1.6e-4));
        assertEquals("2×10⁵", f.format(2e5));
        assertEquals("5.1×10⁻⁶", TickFormat.compact(5.1234e-6));
        assertEquals("0.0067", TickFormat.compact(0.006669));
        assertEquals("12", TickFormat.compact(12.3));
    }

    @Test
    void tablesWriteNumbersPlainlyAndQuoteOnlyPaths(@TempDir Path dir) throws Exception {
        Table t = new Table("t", "T", "d", List.of("name", "directory", "x", "n", "id"), List.of(
                Arrays.asList("a", "/runs/a,b", 1.5e-7, 3, OptionalInt.of(4)),
                Arrays.asList("b", "/runs/c", Double.NaN, null, OptionalInt.empty())));
        Path file = t.write(dir);
        assertEquals(List.of("name,directory,x,n,id", "a,\"/runs/a,b\",1.5E-7,3,4", "b,/runs/c,,,"),
                Files.readAllLines(file));
        assertThrows(IllegalArgumentException.class, () -> new Table("t", "T", "d", List.of("note"),
                List.of(List.of("a, b"))), "a comma in text other than a path would break numpy.genfromtxt");
        assertThrows(IllegalArgumentException.class, () -> new Table("t", "T", "d", List.of("a", "b"),
                List.of(List.of("x"))));
    }

    @Test
    void labelsTurnTexScriptsIntoPlainText() {
        assertEquals("Ac", Labels.plain("A_c"));
        assertEquals("ΔΦbarrier", Labels.plain("ΔΦ_{barrier}"));
        assertEquals("Δr2", Labels.plain("Δr^2"));
    }
}
