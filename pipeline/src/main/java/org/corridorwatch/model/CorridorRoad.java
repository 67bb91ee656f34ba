package org.corridorwatch.model;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.CoordinateList;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;

/**
 * The road of one corridor as the scan measures it: consecutive segments in travel order (chainage 0 at the
 * first vertex of the first segment), each with its source. Built by {@code roads/} from road data, the
 * imagery and the configured line; shown as the roads layer.
 *
 * @param corridorId the corridor's id
 * @param segments   consecutive stretches; the end of one is the start of the next
 * @param provenance where the road data came from (file, checksum, OSM timestamp, attribution), empty if none
 */
public record CorridorRoad(String corridorId, List<RoadSegment> segments, String provenance) {
    private static final GeometryFactory WGS84 = new GeometryFactory();

    public CorridorRoad {
        if (segments == null || segments.isEmpty()) {
            throw new IllegalArgumentException("corridor " + corridorId + ": a road needs at least one segment");
        }
        segments = List.copyOf(segments);
        provenance = provenance == null ? "" : provenance;
    }

    /** The whole road as one line (segments joined, repeated joint vertices dropped). */
    public LineString lineWgs84() {
        CoordinateList all = new CoordinateList();
        for (RoadSegment s : segments) {
            all.add(s.lineWgs84().getCoordinates(), false);
        }
        return WGS84.createLineString(all.toCoordinateArray());
    }

    /** The segments that came from {@code source}. */
    public List<RoadSegment> from(RoadSource source) {
        List<RoadSegment> out = new ArrayList<>();
        for (RoadSegment s : segments) {
            if (s.source() == source) {
                out.add(s);
            }
        }
        return out;
    }

    /** A road that is just the configured line. */
    public static CorridorRoad configured(String corridorId, LineString lineWgs84) {
        return new CorridorRoad(corridorId,
                List.of(new RoadSegment(lineWgs84, RoadSource.CONFIGURED, 0, 0, "configured line")), "");
    }
}
