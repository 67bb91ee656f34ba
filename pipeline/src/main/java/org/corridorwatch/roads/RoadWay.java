package org.corridorwatch.roads;

import java.util.List;
import org.locationtech.jts.geom.LineString;

/**
 * One line of road data: an OSM way or a feature of a line layer.
 *
 * @param id        the way's id in its source (OSM id or feature id), for notes
 * @param refs      its road numbers (OSM {@code ref}, split at ';'), empty if none
 * @param highway   its class (OSM {@code highway}, or {@code fclass}/{@code class} of other layers), "" if none
 * @param lineWgs84 x = longitude, y = latitude, at least two vertices
 */
public record RoadWay(String id, List<String> refs, String highway, LineString lineWgs84) {
    public RoadWay {
        refs = List.copyOf(refs);
        highway = highway == null ? "" : highway.trim().toLowerCase(java.util.Locale.ROOT);
        id = id == null ? "" : id;
    }
}
