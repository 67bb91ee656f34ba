package org.corridorwatch.geo;

import java.util.List;
import org.locationtech.jts.geom.LineString;

/**
 * One configured corridor: a road (or a coarse line along it) in WGS84 whose first vertex is
 * chainage 0 (Bamako for the shipped corridors). Immutable.
 *
 * @param id             stable identifier, e.g. "rn1-senegal"
 * @param name           human-readable name
 * @param aliases        other names analysts use ("RN1", "RN3"), matched case-insensitively
 * @param defaultBufferM half-width of the corridor in metres used when no --buffer-m is given
 * @param lineWgs84      JTS line, x = longitude, y = latitude (degrees)
 * @param refs           road numbers of the corridor in road data (OSM {@code ref}: "RN1", "N1"); the aliases when
 *                       the corridor file gives none
 */
public record Corridor(String id, String name, List<String> aliases, double defaultBufferM, LineString lineWgs84,
                       List<String> refs) {
    public Corridor {
        aliases = List.copyOf(aliases);
        refs = refs == null || refs.isEmpty() ? aliases : List.copyOf(refs);
        lineWgs84 = (LineString) lineWgs84.copy();
    }

    /** A corridor whose road numbers are its aliases. */
    public Corridor(String id, String name, List<String> aliases, double defaultBufferM, LineString lineWgs84) {
        this(id, name, aliases, defaultBufferM, lineWgs84, List.of());
    }

    @Override
    public LineString lineWgs84() {
        return (LineString) lineWgs84.copy();
    }

    /** The same corridor measured along another line (e.g. its road built from road data). */
    public Corridor withLine(LineString line) {
        return new Corridor(id, name, aliases, defaultBufferM, line, refs);
    }

    /** The short name for labels: the first alias, else the id. */
    public String shortName() {
        return aliases.isEmpty() ? id : aliases.get(0);
    }

    /** True when {@code idOrAlias} names this corridor (case-insensitive). */
    public boolean answersTo(String idOrAlias) {
        return id.equalsIgnoreCase(idOrAlias) || aliases.stream().anyMatch(a -> a.equalsIgnoreCase(idOrAlias));
    }
}
