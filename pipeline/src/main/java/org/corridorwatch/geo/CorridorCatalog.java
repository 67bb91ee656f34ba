package org.corridorwatch.geo;

import org.corridorwatch.files.Installation;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.corridorwatch.model.ConfigException;

/**
 * The configured corridors, read once from a GeoJSON file (see {@code config/README.md} for the
 * format). Immutable and thread-safe.
 */
public final class CorridorCatalog {
    /** The default corridors file, relative to the repository root. */
    public static final String DEFAULT_FILE = "config/corridors.geojson";

    private final Path file;
    private final List<Corridor> corridors;

    private CorridorCatalog(Path file, List<Corridor> corridors) {
        this.file = file;
        this.corridors = List.copyOf(corridors);
    }

    /** Reads a corridor GeoJSON; any problem is a {@link ConfigException} naming the file. */
    public static CorridorCatalog load(Path geojson) {
        return new CorridorCatalog(geojson, CorridorFileReader.read(geojson));
    }

    /** {@code <corridorwatch.home>/config/corridors.geojson}. */
    public static CorridorCatalog loadDefault() {
        return load(home().resolve(DEFAULT_FILE));
    }

    /** {@code geojson}, or the default file when it is null (an option the user did not give). */
    public static CorridorCatalog loadOrDefault(Path geojson) {
        return geojson == null ? loadDefault() : load(geojson);
    }

    static Path home() {
        return Installation.home();
    }

    /** The same catalog with each corridor's line replaced where {@code lines} (by corridor id) has one. */
    public CorridorCatalog withLines(java.util.Map<String, org.locationtech.jts.geom.LineString> lines) {
        return new CorridorCatalog(file, corridors.stream()
                .map(c -> lines.containsKey(c.id()) ? c.withLine(lines.get(c.id())) : c).toList());
    }

    /** The file the corridors came from. */
    public Path file() {
        return file;
    }

    public List<Corridor> corridors() {
        return corridors;
    }

    /** This catalogue with the corridors of {@code replacements} put in place of those with the same id. */
    public CorridorCatalog with(List<Corridor> replacements) {
        return new CorridorCatalog(file, corridors.stream().map(c -> replacements.stream()
                .filter(r -> r.id().equals(c.id())).findFirst().orElse(c)).toList());
    }

    /** The corridor with this id or alias (case-insensitive); a {@link ConfigException} listing the ids otherwise. */
    public Corridor get(String idOrAlias) {
        return corridors.stream().filter(c -> c.id().equalsIgnoreCase(idOrAlias)).findFirst()
                .or(() -> corridors.stream().filter(c -> c.answersTo(idOrAlias)).findFirst())
                .orElseThrow(() -> new ConfigException(file, "no corridor \"" + idOrAlias + "\"",
                        "known corridors: " + knownIds() + " (or \"all\")"));
    }

    /** {@code "all"} gives every corridor, anything else the one corridor {@link #get} finds. */
    public List<Corridor> select(String idOrAll) {
        return idOrAll == null || idOrAll.equalsIgnoreCase("all") ? corridors : List.of(get(idOrAll));
    }

    private String knownIds() {
        return corridors.stream().map(c -> c.aliases().isEmpty() ? c.id() : c.id() + " " + c.aliases())
                .collect(Collectors.joining(", "));
    }
}
