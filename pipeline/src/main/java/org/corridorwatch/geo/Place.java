package org.corridorwatch.geo;

/**
 * A named place for labelling locations. Immutable.
 *
 * @param name display name
 * @param lon  WGS84 longitude, degrees
 * @param lat  WGS84 latitude, degrees
 * @param kind "city", "town", "village", "border post"... or a GeoNames feature code ("PPL", "PPLA2")
 */
public record Place(String name, double lon, double lat, String kind) {
}
