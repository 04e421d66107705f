package org.modekick.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class BoxTest {

    @Test
    void minimumImageFoldsIntoHalfBox() {
        Box box = new Box(-1, 3, 0, 2, 0, 10);
        assertEquals(-1.0, box.minimumImage(3.0, 0), 1e-15);
        assertEquals(0.5, box.minimumImage(-1.5, 1), 1e-15);
        assertEquals(4.0, box.minimumImage(4.0, 2), 1e-15);
        assertEquals(80.0, box.volume(), 1e-12);
    }

    @Test
    void rejectsInvertedBounds() {
        assertThrows(IllegalArgumentException.class, () -> new Box(1, 0, 0, 1, 0, 1));
    }
}
