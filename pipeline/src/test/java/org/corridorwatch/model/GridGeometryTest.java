package org.corridorwatch.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class GridGeometryTest {
    private final GridGeometry grid = GridGeometry.northUp(100, 50, 500000, 1500000, 10, 10, "", 32629);

    @Test
    void pixelToWorldAndBack() {
        assertEquals(500005, grid.x(0.5, 0.5), 1e-9);
        assertEquals(1499995, grid.y(0.5, 0.5), 1e-9);
        assertArrayEquals(new double[] {12.5, 3.25}, grid.toPixel(500125, 1499967.5), 1e-9);
    }

    @Test
    void windowMovesTheOrigin() {
        GridGeometry w = grid.window(10, 20, 5, 5);
        assertEquals(500100, w.originX(), 1e-9);
        assertEquals(1499800, w.originY(), 1e-9);
        assertEquals(5, w.width());
    }

    @Test
    void rejectsEmptyGrids() {
        assertThrows(IllegalArgumentException.class, () -> GridGeometry.northUp(0, 5, 0, 0, 1, 1, "", 0));
    }
}
