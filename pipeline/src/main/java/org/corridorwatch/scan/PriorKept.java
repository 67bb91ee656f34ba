package org.corridorwatch.scan;

import java.util.ArrayList;
import java.util.List;
import org.corridorwatch.model.CorridorRoad;
import org.corridorwatch.model.RoadSegment;
import org.corridorwatch.model.RoadSource;
import org.corridorwatch.roads.imagery.SnappedLine;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.linearref.LengthIndexedLine;

/**
 * How the road found in the imagery is laid over the prior road (the road built from {@code --roads} data, else the
 * configured line) where the image does not move it:
 * a road with no {@code imagery} segment (every stretch confirmed the prior or was refused) is the prior's own
 * line, each segment the prior's part between its ends: the join outside the scene ({@code roads/imagery/OutsideJoin})
 * runs out to a ring 1.6 km beyond the scene and back, and measured along it every chainage in the scene moved by
 * 0.3-0.9 km (the product sample: 126.125 → 126.447 km, the planted attack at 126.13) though nothing was snapped. A road
 * the image moved is used as it was snapped.
 * A segment that keeps the prior already has the prior's source there ({@code osm} where the prior is road data, its
 * note saying so): {@code SnappedLine} takes it from the prior road.
 */
final class PriorKept {
    private PriorKept() {
    }

    /** True when the image moved the road somewhere (an {@code imagery} segment). */
    static boolean moved(CorridorRoad snapped) {
        return !snapped.from(RoadSource.IMAGERY).isEmpty();
    }

    /** {@code snapped} laid over {@code prior} (both of the same corridor, WGS84) as described above. */
    static CorridorRoad over(CorridorRoad snapped, CorridorRoad prior) {
        if (moved(snapped)) {
            return snapped;
        }
        LengthIndexedLine index = new LengthIndexedLine(prior.lineWgs84());
        List<RoadSegment> out = new ArrayList<>();
        List<RoadSegment> segs = snapped.segments();
        for (int i = 0; i < segs.size(); i++) {
            RoadSegment s = segs.get(i);
            Coordinate[] cs = s.lineWgs84().getCoordinates();
            double a = i == 0 ? index.getStartIndex() : index.project(cs[0]);
            double b = i == segs.size() - 1 ? index.getEndIndex() : index.project(cs[cs.length - 1]);
            if (b <= a) {
                continue;
            }
            out.add(new RoadSegment((LineString) index.extractLine(a, b), s.source(), s.confidence(),
                    s.offsetFromConfiguredM(), SnappedLine.unmovedNote(s.note())));
        }
        if (out.isEmpty()) {
            return prior;
        }
        return new CorridorRoad(snapped.corridorId(), out, snapped.provenance());
    }
}
