package org.corridorwatch.change.vehicles;

import java.util.Objects;

/**
 * A detected object placed in a metric plane (a projected CRS such as UTM, or the image's own
 * metric frame). Immutable.
 *
 * @param x      easting (or image x), metres
 * @param y      northing (or image y, pointing up), metres
 * @param object the detection
 */
public record PlacedVehicle(double x, double y, VehicleObject object) {
    public PlacedVehicle {
        Objects.requireNonNull(object, "object");
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            throw new IllegalArgumentException("position must be finite: " + x + ", " + y);
        }
    }

    /**
     * Places an object in the image's own metric frame: x = col·GSD, y = −row·GSD (so y points up,
     * north for a north-up image). Use a projected CRS position instead when the scene has one.
     */
    public static PlacedVehicle inImageMetres(VehicleObject o, double gsdMetres) {
        return new PlacedVehicle(o.col() * gsdMetres, -o.row() * gsdMetres, o);
    }
}
