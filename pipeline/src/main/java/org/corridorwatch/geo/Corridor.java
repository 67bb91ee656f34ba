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
 * @param chainageLineWgs84 the line the reported chainage of a point is measured along (its foot on it): the prior
 *                       line (road data or configured) where the road found in the imagery moved the corridor, so that
 *                       a site keeps its km whichever scene or road was used; {@code lineWgs84} itself otherwise
 *                       (null = {@code lineWgs84})
 */
public record Corridor(String id, String name, List<String> aliases, double defaultBufferM, LineString lineWgs84,
                       List<String> refs, LineString chainageLineWgs84) {
    public Corridor {
        aliases = List.copyOf(aliases);
        refs = refs == null || refs.isEmpty() ? aliases : List.copyOf(refs);
        lineWgs84 = (LineString) lineWgs84.copy();
        chainageLineWgs84 = (LineString) (chainageLineWgs84 == null ? lineWgs84 : chainageLineWgs84).copy();
    }

    /** A corridor whose chainage is measured along its own line. */
    public Corridor(String id, String name, List<String> aliases, double defaultBufferM, LineString lineWgs84,
                    List<String> refs) {
        this(id, name, aliases, defaultBufferM, lineWgs84, refs, null);
    }

    /** A corridor whose road numbers are its aliases. */
    public Corridor(String id, String name, List<String> aliases, double defaultBufferM, LineString lineWgs84) {
        this(id, name, aliases, defaultBufferM, lineWgs84, List.of());
    }

    @Override
    public LineString lineWgs84() {
        return (LineString) lineWgs84.copy();
    }

    @Override
    public LineString chainageLineWgs84() {
        return (LineString) chainageLineWgs84.copy();
    }

    /** The same corridor measured along another line, chainage included (e.g. its road built from road data). */
    public Corridor withLine(LineString line) {
        return new Corridor(id, name, aliases, defaultBufferM, line, refs);
    }

    /**
     * The corridor moved onto {@code line} (the road found in the imagery) for every road term and tile, its reported
     * chainage still measured along this corridor's chainage line.
     */
    public Corridor movedTo(LineString line) {
        return new Corridor(id, name, aliases, defaultBufferM, line, refs, chainageLineWgs84);
    }

    /** True when chainage is measured along {@link #lineWgs84()} itself (nothing moved the corridor). */
    public boolean chainageAlongLine() {
        return chainageLineWgs84.equalsExact(lineWgs84);
    }

    /** The corridor whose line is this one's chainage line. */
    Corridor chainageCorridor() {
        return withLine(chainageLineWgs84);
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
