package org.corridorwatch.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class GeodesicTest {
    @Test
    void oneDegreeOfLongitudeOnTheEquator() {
        assertEquals(111_319.4908, Geodesic.distanceM(0, 0, 1, 0), 0.001);
        assertEquals(90, Geodesic.azimuthDeg(0, 0, 1, 0), 1e-9);
    }

    @Test
    void oneDegreeOfLatitudeAtMaliLatitudes() {
        // meridian arc 12..13°N on WGS84, numerical integration of the meridian radius: 110 626.34 m
        assertEquals(110_626.34, Geodesic.distanceM(-8, 12, -8, 13), 0.01);
        assertEquals(0, Geodesic.azimuthDeg(-8, 12, -8, 13), 1e-9);
        assertEquals(180, Geodesic.azimuthDeg(-8, 13, -8, 12), 1e-9);
    }

    @Test
    void compassPoints() {
        assertEquals("N", Geodesic.compass8(0));
        assertEquals("N", Geodesic.compass8(359));
        assertEquals("N", Geodesic.compass8(22.4));
        assertEquals("NE", Geodesic.compass8(22.6));
        assertEquals("SE", Geodesic.compass8(135));
        assertEquals("W", Geodesic.compass8(-90));
        assertEquals("NW", Geodesic.compass8(315));
    }
}
