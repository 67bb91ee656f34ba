package org.corridorwatch.cli;

import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The options several commands share, as picocli mixins, with their ranges checked here and only here.
 * A value out of range exits 4 with one line naming the option, the value and the allowed range.
 */
final class CommonOptions {
    /** Most worker threads any command accepts (documented in docs/exit-codes.md and --help). */
    static final int MAX_THREADS = 64;
    /** Corridor half-width range in metres. */
    static final double MIN_BUFFER_M = 1;
    static final double MAX_BUFFER_M = 20_000;
    /** Tile size range in pixels. */
    static final int MIN_TILE_PX = 64;
    static final int MAX_TILE_PX = 8192;

    private CommonOptions() {
    }

    static OptionRangeException outOfRange(CommandSpec spec, String option, Object value, String range) {
        return new OptionRangeException(spec.commandLine(),
                String.format(Locale.ROOT, "%s %s is out of range: use %s", option, value, range));
    }

    /** {@code --out}, required: the folder or file a command writes. */
    static final class Out {
        @Option(names = "--out", required = true, paramLabel = "PATH",
                description = "Where to write: the run folder (scan, walkthrough, samples generate) or the file (review export).")
        Path out;
    }

    /** {@code --out}, optional (tiles writes only when asked). */
    static final class OptionalOut {
        @Option(names = "--out", paramLabel = "FILE.geojson", description = "Write the result as GeoJSON (WGS84).")
        Path out;
    }

    /** {@code --overwrite}: replace what --out holds. */
    static final class Overwrite {
        @Option(names = "--overwrite", description = "Replace an existing --out (a previous run or file).")
        boolean overwrite;
    }

    /** {@code --threads N}, 1..{@value #MAX_THREADS}; unset means the command's default. */
    static final class Threads {
        @Spec(Spec.Target.MIXEE)
        CommandSpec spec;

        private int threads;

        @Option(names = "--threads", paramLabel = "N",
                description = "Worker threads, 1.." + MAX_THREADS + " (default: the number of cores, or the configuration's).")
        void setThreads(int n) {
            if (n < 1 || n > MAX_THREADS) {
                throw outOfRange(spec, "--threads", n, "1.." + MAX_THREADS + " (or leave it out for the default)");
            }
            threads = n;
        }

        /** The value given, else the system property corridorwatch.threads, else 0 (= the command's default). */
        int orDefault() {
            return threads > 0 ? threads : Math.max(0, Integer.getInteger("corridorwatch.threads", 0));
        }

        /** The value given, else the number of cores. */
        int orCores() {
            int n = orDefault();
            return n > 0 ? n : Runtime.getRuntime().availableProcessors();
        }
    }

    /** {@code --config FILE}: configuration merged over config/corridorwatch.yaml. */
    static final class Config {
        @Option(names = "--config", paramLabel = "FILE", description = "Configuration merged over config/corridorwatch.yaml.")
        Path config;
    }

    /** {@code --corridors}, {@code --places}, {@code --buffer-m}: which roads, named how, how wide. */
    static final class Corridors {
        @Spec(Spec.Target.MIXEE)
        CommandSpec spec;

        @Option(names = "--corridors", paramLabel = "FILE", description = "Corridor file: GeoJSON, or KML/KMZ from Google Earth (default: config/corridors.geojson).")
        Path corridorsFile;

        @Option(names = "--places", paramLabel = "FILE",
                description = "Places GeoJSON or GeoNames dump such as ML.txt (default: config/places.geojson).")
        Path placesFile;

        private double bufferM = Double.NaN;

        @Option(names = "--buffer-m", paramLabel = "M", description = "Corridor half-width in metres, "
                + (int) MIN_BUFFER_M + ".." + (int) MAX_BUFFER_M + " (default: each corridor's default_buffer_m).")
        void setBufferM(double m) {
            if (!(m >= MIN_BUFFER_M && m <= MAX_BUFFER_M)) {
                throw outOfRange(spec, "--buffer-m", m, (int) MIN_BUFFER_M + ".." + (int) MAX_BUFFER_M + " metres");
            }
            bufferM = m;
        }

        /** The half-width given, or NaN for each corridor's own. */
        double bufferM() {
            return bufferM;
        }
    }

    /** Checks a tile size and overlap pair (tiles command). */
    static void checkTiling(CommandSpec spec, int tileSize, int overlap) {
        if (tileSize < MIN_TILE_PX || tileSize > MAX_TILE_PX) {
            throw outOfRange(spec, "--tile-size", tileSize, MIN_TILE_PX + ".." + MAX_TILE_PX + " pixels");
        }
        if (overlap < 0 || overlap >= tileSize / 2) {
            throw outOfRange(spec, "--overlap", overlap, "0.." + (tileSize / 2 - 1) + " pixels (less than half of --tile-size)");
        }
    }
}
