package org.corridorwatch.geo;

import org.corridorwatch.model.ConfigException;

/** Factories for the projections the pipeline computes itself (no GDAL): UTM on WGS84 and EPSG:4326. */
public final class Projections {
    /** WGS84 longitude/latitude: forward and inverse are the identity; units are degrees. */
    public static final Projection WGS84 = new Projection() {
        @Override
        public double[] forward(double lon, double lat) {
            return new double[] {lon, lat};
        }

        @Override
        public double[] inverse(double x, double y) {
            return new double[] {x, y};
        }

        @Override
        public int epsg() {
            return 4326;
        }

        @Override
        public String toString() {
            return "EPSG:4326";
        }
    };

    private Projections() {
    }

    /** UTM zone 1..60 on WGS84 (EPSG:326zz north, 327zz south). */
    public static Projection utm(int zone, boolean north) {
        if (zone < 1 || zone > 60) {
            throw new IllegalArgumentException("UTM zone must be 1..60: " + zone);
        }
        return new TransverseMercator(zone * 6 - 183, 0.9996, 500_000, north ? 0 : 10_000_000,
                (north ? 32600 : 32700) + zone);
    }

    /** The UTM projection of the zone a point lies in (zone boundaries belong to the eastern zone). */
    public static Projection utmFor(double lon, double lat) {
        return utm(utmZone(lon), lat >= 0);
    }

    /** UTM zone number of a longitude: 6° wide from 180°W; -6.0 (the 29N/30N boundary in Mali) gives 30. */
    public static int utmZone(double lon) {
        double l = ((lon + 180) % 360 + 360) % 360;
        return Math.min(60, (int) Math.floor(l / 6) + 1);
    }

    /** The projection of an EPSG code this class supports: 32601..32660, 32701..32760, 4326. */
    public static Projection forEpsg(int epsg) {
        if (epsg == 4326) {
            return WGS84;
        }
        if (epsg > 32600 && epsg <= 32660) {
            return utm(epsg - 32600, true);
        }
        if (epsg > 32700 && epsg <= 32760) {
            return utm(epsg - 32700, false);
        }
        throw new ConfigException("EPSG:" + epsg + " is not a CRS CorridorWatch projects itself",
                "use a UTM (EPSG:326xx/327xx) or WGS84 (EPSG:4326) CRS, or open the scene through SceneProjection");
    }
}
