package org.corridorwatch.model;

import org.locationtech.jts.geom.LineString;

/**
 * One stretch of the road a corridor's terms are measured against.
 *
 * @param lineWgs84            the stretch, x = longitude, y = latitude (degrees), in travel order
 * @param source               where it came from
 * @param confidence           0..1: 1 for road data, the road-likeness support for imagery, 0 for the configured line
 * @param offsetFromConfiguredM median distance (metres) of this stretch from the corridor's configured line
 * @param note                 free text for the roads layer (e.g. "gap bridged by the configured line", OSM refs)
 */
public record RoadSegment(LineString lineWgs84, RoadSource source, double confidence, double offsetFromConfiguredM,
                          String note) {
    public RoadSegment {
        if (lineWgs84 == null || lineWgs84.getNumPoints() < 2) {
            throw new IllegalArgumentException("a road segment needs at least two vertices");
        }
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be in 0..1, was " + confidence);
        }
        lineWgs84 = (LineString) lineWgs84.copy();
        note = note == null ? "" : note;
    }

    @Override
    public LineString lineWgs84() {
        return (LineString) lineWgs84.copy();
    }
}
