package org.corridorwatch.model;

import org.locationtech.jts.geom.Polygon;

/**
 * One unit of work: a pixel window of a scene near one corridor. Immutable.
 *
 * @param id             stable id: a hash of the scene grid (geotransform, CRS), corridor id and window
 * @param col0           first column of the window in the scene grid
 * @param row0           first row
 * @param width          columns (≤ the tile size; smaller at the scene's right edge)
 * @param height         rows
 * @param footprintWgs84 the window's outline, lon/lat degrees
 * @param corridorId     the nearest corridor whose buffer the tile intersects
 * @param chainageFromKm smallest chainage of the corridor line inside the tile (or of the tile centre's
 *                       foot point when the line only passes nearby)
 * @param chainageToKm   largest such chainage
 * @param nearestPlace   name of the place nearest to the tile centre ("" without a gazetteer)
 */
public record Tile(String id, int col0, int row0, int width, int height, Polygon footprintWgs84,
                   String corridorId, double chainageFromKm, double chainageToKm, String nearestPlace) implements java.io.Serializable {
    public Tile {
        footprintWgs84 = (Polygon) footprintWgs84.copy();
    }

    @Override
    public Polygon footprintWgs84() {
        return (Polygon) footprintWgs84.copy();
    }
}
