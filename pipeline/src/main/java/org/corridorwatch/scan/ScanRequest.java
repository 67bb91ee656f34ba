package org.corridorwatch.scan;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.corridorwatch.config.ScanConfig;
import org.corridorwatch.config.SensorProfiles;
import org.corridorwatch.geo.CorridorCatalog;
import org.corridorwatch.geo.Gazetteer;
import org.corridorwatch.roads.CorridorRoads;
import org.corridorwatch.roads.RoadsParameters;

/**
 * What to scan, with every configuration file already read and validated: the one immutable description of a
 * run, built at the edge (the CLI, the nightly job) by {@link #builder}. The scan never reads a configuration
 * file itself.
 *
 * @param corridor   corridor id or alias, or "all" (corridor mode; ignored for an area scan)
 * @param aoi        area of interest GeoJSON (WGS84), or null
 * @param aoiScene   scan the whole overlap of the two scenes
 * @param bufferM    corridor half-width in metres; NaN = each corridor's default
 * @param tiles      ids of the planned tiles to scan (null = all; the nightly job scans each pair over the tiles that
 *                   chose it). With a tile filter the pair is read on the after scene's grid, where those tiles were planned.
 * @param config     the run configuration (defaults merged with {@code configFile})
 * @param configFile the user's configuration file, or null (recorded in run.json)
 * @param sensor     a sensor profile name to force, or null (detected from the band descriptions)
 * @param threads    worker threads, at least 1
 * @param decisions  a decision store whose rejected/confirmed sites are remembered, or null
 * @param firms      FIRMS exports to corroborate sites with (may be empty)
 * @param roads      the corridors' roads built from road data ({@code --roads} / {@code roads.file}); {@code corridors}
 *                   already measures along them. {@link CorridorRoads#none()} without road data.
 */
public record ScanRequest(Path before, Path after, String corridor, Path aoi, boolean aoiScene, double bufferM,
                          Set<String> tiles, ScanConfig config, Path configFile, CorridorCatalog corridors,
                          Gazetteer places, SensorProfiles sensors, String sensor, int threads, Path out,
                          boolean overwrite, Path decisions, boolean noChips, List<Path> firms, CorridorRoads roads) {
    public ScanRequest {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(corridors, "corridors");
        Objects.requireNonNull(places, "places");
        Objects.requireNonNull(sensors, "sensors");
        firms = firms == null ? List.of() : List.copyOf(firms);
        roads = roads == null ? CorridorRoads.none() : roads;
        tiles = tiles == null ? null : Set.copyOf(tiles);
        corridor = corridor == null ? "all" : corridor;
        threads = Math.max(1, threads);
    }

    /** This request measuring against other corridor lines (the roads found in the imagery). */
    public ScanRequest withCorridors(CorridorCatalog snapped) {
        return new ScanRequest(before, after, corridor, aoi, aoiScene, bufferM, tiles, config, configFile, snapped,
                places, sensors, sensor, threads, out, overwrite, decisions, noChips, firms, roads);
    }

    /** True when tiles are planned along corridors (not over an area). */
    public boolean corridorMode() {
        return aoi == null && !aoiScene;
    }

    public static Builder builder(Path before, Path after, Path out) {
        return new Builder(before, after, out);
    }

    /** Builds a request; configuration files not given are the installation's defaults, read once by {@link #build}. */
    public static final class Builder {
        private final Path before;
        private final Path after;
        private final Path out;
        private String corridor = "all";
        private Path aoi;
        private boolean aoiScene;
        private double bufferM = Double.NaN;
        private Set<String> tiles;
        private Path configFile;
        private Path corridorsFile;
        private Path placesFile;
        private String sensor;
        private int threads = Runtime.getRuntime().availableProcessors();
        private boolean overwrite;
        private Path decisions;
        private boolean noChips;
        private List<Path> firms = List.of();
        private ScanConfig config;
        private CorridorCatalog catalog;
        private Gazetteer gazetteer;
        private SensorProfiles profiles;
        private Path roadsFile;
        private CorridorRoads roads;

        private Builder(Path before, Path after, Path out) {
            this.before = before;
            this.after = after;
            this.out = out;
        }

        public Builder corridor(String idOrAliasOrAll) {
            this.corridor = idOrAliasOrAll;
            return this;
        }

        public Builder aoi(Path geojson) {
            this.aoi = geojson;
            return this;
        }

        public Builder aoiScene(boolean wholeScene) {
            this.aoiScene = wholeScene;
            return this;
        }

        public Builder bufferM(double metres) {
            this.bufferM = metres;
            return this;
        }

        public Builder tiles(Set<String> tileIds) {
            this.tiles = tileIds;
            return this;
        }

        public Builder configFile(Path yaml) {
            this.configFile = yaml;
            return this;
        }

        public Builder corridorsFile(Path geojson) {
            this.corridorsFile = geojson;
            return this;
        }

        public Builder placesFile(Path file) {
            this.placesFile = file;
            return this;
        }

        public Builder sensor(String profile) {
            this.sensor = profile;
            return this;
        }

        public Builder threads(int n) {
            this.threads = n;
            return this;
        }

        public Builder overwrite(boolean replace) {
            this.overwrite = replace;
            return this;
        }

        public Builder decisions(Path store) {
            this.decisions = store;
            return this;
        }

        public Builder noChips(boolean skip) {
            this.noChips = skip;
            return this;
        }

        public Builder firms(List<Path> files) {
            this.firms = files;
            return this;
        }

        /** An already loaded configuration (and the file it came from, or null), e.g. shared by the pairs of a night. */
        public Builder config(ScanConfig loaded, Path file) {
            this.config = loaded;
            this.configFile = file;
            return this;
        }

        public Builder corridors(CorridorCatalog loaded) {
            this.catalog = loaded;
            return this;
        }

        /** Road data to build the corridors' roads from (overrides {@code roads.file} of the configuration). */
        public Builder roadsFile(Path file) {
            this.roadsFile = file;
            return this;
        }

        /** Roads already built (with {@link #corridors} already measuring along them), e.g. once per night. */
        public Builder roads(CorridorRoads built) {
            this.roads = built;
            return this;
        }

        public Builder places(Gazetteer loaded) {
            this.gazetteer = loaded;
            return this;
        }

        public Builder sensors(SensorProfiles loaded) {
            this.profiles = loaded;
            return this;
        }

        /** Reads and validates the configuration, corridor, places and sensor files (a ConfigException when one is bad). */
        public ScanRequest build() {
            ScanConfig cfg = config != null ? config : ScanConfig.load(configFile);
            CorridorCatalog cat = catalog != null ? catalog : CorridorCatalog.loadOrDefault(corridorsFile);
            CorridorRoads built = roads;
            if (built == null) {
                Path file = ScanRequest.roadsFile(cfg, configFile, roadsFile);
                if (file != null) {
                    boolean corridorMode = aoi == null && !aoiScene;
                    built = CorridorRoads.load(file, corridorMode ? cat.select(corridor) : cat.corridors(),
                            RoadsParameters.of(cfg.roads()), cfg.roads().attribution());
                    cat = built.applyTo(cat);
                }
            }
            return new ScanRequest(before, after, corridor, aoi, aoiScene, bufferM, tiles, cfg, configFile, cat,
                    gazetteer != null ? gazetteer : Gazetteer.loadOrDefault(placesFile),
                    profiles != null ? profiles : SensorProfiles.loadDefault(),
                    sensor, threads, out, overwrite, decisions, noChips, firms, built);
        }
    }

    /** {@code option} if given, else {@code roads.file} of the configuration (relative to {@code configFile}), else null. */
    public static Path roadsFile(ScanConfig cfg, Path configFile, Path option) {
        if (option != null) {
            return option;
        }
        String f = cfg.roads().file();
        if (f == null || f.isBlank()) {
            return null;
        }
        Path p = Path.of(f);
        return p.isAbsolute() || configFile == null || configFile.toAbsolutePath().getParent() == null ? p
                : configFile.toAbsolutePath().getParent().resolve(p);
    }
}
