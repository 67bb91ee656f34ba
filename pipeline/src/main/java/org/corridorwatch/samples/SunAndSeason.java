package org.corridorwatch.samples;

import java.time.LocalDate;

/**
 * Sahel seasonality and sun position, accurate enough for plausible samples: vegetation greenness
 * and flooding by day of year (rains July–September, dry season November–May) and the sun's
 * elevation/azimuth at the ≈10:45 local-time overpass used to displace cloud shadows.
 */
public final class SunAndSeason {
    private static final double[] MONTHLY_GREENNESS = {0.10, 0.08, 0.08, 0.10, 0.15, 0.35, 0.65, 0.85, 0.88, 0.60,
        0.35, 0.18};
    private static final double[] MONTHLY_WATER_THRESHOLD = {1.25, 1.3, 1.35, 1.4, 1.4, 1.3, 1.0, 0.85, 0.82, 0.92,
        1.05, 1.15};

    private SunAndSeason() {
    }

    /** Vegetation greenness 0..1 on {@code d}, interpolated between mid-month values. */
    public static double greenness(LocalDate d) {
        return monthly(MONTHLY_GREENNESS, d);
    }

    /** Threshold on the lowland noise above which ground is flooded (lower = more water). */
    public static double waterThreshold(LocalDate d) {
        return monthly(MONTHLY_WATER_THRESHOLD, d);
    }

    private static double monthly(double[] table, LocalDate d) {
        double m = d.getMonthValue() - 1 + (d.getDayOfMonth() - 15.0) / d.lengthOfMonth();
        int i0 = Math.floorMod((int) Math.floor(m), 12);
        int i1 = (i0 + 1) % 12;
        double t = m - Math.floor(m);
        return table[i0] * (1 - t) + table[i1] * t;
    }

    /**
     * Sun {elevation, azimuth} in degrees (azimuth clockwise from north) at latitude {@code latDeg} on
     * {@code d} at local solar time {@code hours}.
     */
    public static double[] sun(LocalDate d, double latDeg, double hours) {
        double doy = d.getDayOfYear();
        double decl = Math.toRadians(23.44) * Math.sin(2 * Math.PI * (284 + doy) / 365.0);
        double lat = Math.toRadians(latDeg);
        double h = Math.toRadians(15 * (hours - 12));
        double sinEl = Math.sin(lat) * Math.sin(decl) + Math.cos(lat) * Math.cos(decl) * Math.cos(h);
        double el = Math.asin(sinEl);
        double az = Math.atan2(Math.sin(h), Math.cos(h) * Math.sin(lat) - Math.tan(decl) * Math.cos(lat));
        double azDeg = Math.floorMod((long) Math.round(Math.toDegrees(az) * 1000) + 180000, 360000) / 1000.0;
        return new double[] {Math.toDegrees(el), azDeg};
    }
}
