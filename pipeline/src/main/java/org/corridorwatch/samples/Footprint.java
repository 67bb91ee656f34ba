package org.corridorwatch.samples;

import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

/** A planted shape in scene-CRS metres that can say how much of a square pixel it covers. */
public interface Footprint {
    /** Bounding box in scene metres (covering everything with non-zero coverage). */
    Envelope envelope();

    /**
     * Fraction (0..1) of the square pixel of side {@code g} metres centred on ({@code x},{@code y})
     * covered by this shape (box-filter point spread).
     */
    double coverage(double x, double y, double g);

    /** The outline as a polygon in scene metres. */
    Polygon toPolygon(GeometryFactory gf);
}
