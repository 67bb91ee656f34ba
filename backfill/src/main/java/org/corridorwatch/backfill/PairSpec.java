package org.corridorwatch.backfill;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.corridorwatch.scan.ScanRequest;

/**
 * One pair of a backfill, as shipped to executors (paths as strings: they must be readable on every node).
 *
 * @param before     before scene (path or GDAL URL)
 * @param after      after scene
 * @param sensor     sensor profile to force, or "" to detect
 * @param firms      FIRMS export, or ""
 * @param configFile the user's configuration file, or ""
 * @param tiles      ids of the tiles to scan (the nightly's per-tile pairing: the tiles that chose this before-scene),
 *                   or null for every tile
 */
public record PairSpec(String before, String after, String sensor, String firms, String configFile, List<String> tiles)
        implements Serializable {

    public PairSpec {
        tiles = tiles == null ? null : List.copyOf(tiles);
    }

    /** A pair over every tile (PAIRS.csv). */
    public PairSpec(String before, String after, String sensor, String firms, String configFile) {
        this(before, after, sensor, firms, configFile, null);
    }

    /** Stable id from both scene names: {@code <after's folder>_<after's stem>__<sha8 of both paths>}. */
    public String id() {
        Path a = Path.of(after);
        String name = (a.getParent() == null ? "" : a.getParent().getFileName() + "_") + a.getFileName();
        String stem = name.replaceAll("\\.[^.]*$", "").replaceAll("[^A-Za-z0-9_-]", "_");
        return stem + "__" + sha(before + "\n" + after).substring(0, 8);
    }

    /** Hash of the scene ids and the configuration (files' contents): a finished pair with the same hash is skipped. */
    public String key(Path home) {
        StringBuilder s = new StringBuilder(before + "\n" + after + "\n" + sensor + "\n" + firms + "\n");
        if (tiles != null) {
            s.append("tiles=").append(String.join(",", tiles)).append('\n');
        }
        for (Path f : List.of(home.resolve("config/corridorwatch.yaml"), home.resolve("config/corridors.geojson"),
                home.resolve("config/sensors.yaml"))) {
            s.append(read(f));
        }
        if (!configFile.isEmpty()) {
            s.append(read(Path.of(configFile)));
        }
        return sha(s.toString());
    }

    /** The scan request of this pair writing to {@code out}. */
    public ScanRequest request(Path out, int threads) {
        ScanRequest.Builder b = ScanRequest.builder(Path.of(before), Path.of(after), out).threads(threads).overwrite(true);
        if (!sensor.isEmpty()) {
            b.sensor(sensor);
        }
        if (!firms.isEmpty()) {
            b.firms(List.of(Path.of(firms)));
        }
        if (!configFile.isEmpty()) {
            b.configFile(Path.of(configFile));
        }
        if (tiles != null) {
            b.tiles(java.util.Set.copyOf(tiles));
        }
        return b.build();
    }

    private static String read(Path f) {
        try {
            return Files.exists(f) ? Files.readString(f) : "";
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot read " + f + ": " + e.getMessage(), e);
        }
    }

    static String sha(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
