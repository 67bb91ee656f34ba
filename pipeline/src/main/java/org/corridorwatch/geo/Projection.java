package org.corridorwatch.geo;

/**
 * A map projection between WGS84 longitude/latitude (degrees) and a CRS: metres for UTM, the
 * identity (degrees) for EPSG:4326. Implementations are immutable unless they say otherwise.
 */
public interface Projection {
    /** {x, y} of a WGS84 point. */
    double[] forward(double lon, double lat);

    /** {lon, lat} (WGS84 degrees) of a CRS point. */
    double[] inverse(double x, double y);

    /** The EPSG code, e.g. 32629; 0 when the CRS has none. */
    int epsg();

    /** True when the CRS's units are degrees (EPSG:4326 and other geographic CRSs), false for metres. */
    default boolean isGeographic() {
        return epsg() == 4326;
    }
}
