package org.corridorwatch.change.vehicles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class StaticObjectsTest {
    static VehicleObject at(double col, double row, Polarity p) {
        return new VehicleObject(col, row, 14, 3, 0, p, 10, 8, 5);
    }

    @Test
    void objectsAtTheSamePlaceWithTheSamePolarityAreStatic() {
        List<VehicleObject> before = List.of(at(10, 10, Polarity.DARK), at(50, 10, Polarity.BRIGHT));
        List<VehicleObject> after = List.of(at(11, 10.5, Polarity.DARK),   // the tree again (3.4 m off at 3 m)
                at(50, 11, Polarity.DARK),                                     // dark where a bright truck stood
                at(80, 10, Polarity.BRIGHT),                                   // a newcomer
                at(51.5, 10, Polarity.BRIGHT));                                // the truck, 4.5 m off
        List<VehicleObject> fresh = StaticObjects.newSince(before, after, 3.0, 4.5, null);
        assertEquals(List.of(after.get(1), after.get(2)), fresh);
        assertEquals(4, StaticObjects.newSince(before, after, 3.0, 3.0, null).size(),
                "within 3 m neither the tree (3.4 m off) nor the truck (4.5 m off) is the same object");
    }

    @Test
    void onBurntGroundEveryObjectIsNew() {
        boolean[] burnt = new boolean[100 * 20];
        for (int c = 0; c < 100; c++) {
            burnt[12 * 100 + c] = true; // a burnt row, 2 rows from the objects
        }
        List<VehicleObject> before = List.of(at(10, 10, Polarity.DARK), at(40, 2, Polarity.DARK));
        List<VehicleObject> after = List.of(at(10, 10, Polarity.DARK), at(40, 2, Polarity.DARK));
        StaticObjects.ChangedGround changed = new StaticObjects.ChangedGround(burnt, 100, 10);
        assertEquals(List.of(after.get(0)), StaticObjects.newSince(before, after, 3.0, 4.5, changed));
        assertTrue(changed.near(after.get(0), 3.0));
        assertFalse(changed.near(after.get(1), 3.0), "10 rows (30 m) from the burnt row");
        assertThrows(IllegalArgumentException.class, () -> new StaticObjects.ChangedGround(new boolean[7], 2, 10));
    }
}
