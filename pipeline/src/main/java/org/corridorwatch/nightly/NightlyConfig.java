package org.corridorwatch.nightly;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Set;
import org.corridorwatch.model.ConfigException;

/**
 * The nightly settings of a workspace ({@code config/nightly.yaml}): which corridors to scan, how to
 * pair scenes, threads, an optional STAC source and the FIRMS folder.
 *
 * @param corridor  corridor id or alias, or "all"
 * @param bufferM   corridor half-width in metres; NaN = each corridor's default
 * @param pairing   how an after-scene finds its before-scene
 * @param threads   worker threads per scan (0 = number of cores)
 * @param chips     draw evidence chips for each pair
 * @param stacUrl   STAC API root to search for scenes (null = inbox only)
 * @param stacCollection STAC collection to search
 * @param firmsFolder    folder of FIRMS exports (relative to the workspace, or absolute)
 * @param notes          settings accepted but no longer used, in words (logged by the nightly job)
 */
public record NightlyConfig(String corridor, double bufferM, PairingParameters pairing, int threads, boolean chips, String stacUrl,
                            String stacCollection, String firmsFolder, java.util.List<String> notes) {

    public static final String DEFAULT_YAML = """
            # CorridorWatch nightly settings (corridorwatch nightly --workspace DIR). Units in the key names.
            corridor: all                # corridor id or alias, or 'all'
            buffer_m: null               # corridor half-width in metres (null = each corridor's default, 7.5 km)
            pairing:                     # per tile: the most recent earlier scene of the same sensor clear over the tile
              max_gap_days: 60           # a before-scene older than this (before the after-scene) is never used
              max_cloud_fraction: 0.5    # a before-scene leaving more of a tile than this unusable (cloud, shadow, nodata; 0-1) is skipped for it
            threads: 0                   # worker threads per scan; 0 = number of cores
            chips: true                  # evidence chips (PNG) for each pair's candidates
            stac:                        # optional STAC API scene source (null = the inbox only)
              url: null                  # e.g. https://earth-search.aws.element84.com/v1
              collection: null           # e.g. sentinel-2-c1-l2a
            firms:
              folder: firms              # FIRMS exports (CSV/JSON) dropped here go to every scan whose dates they cover
            """;

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Set<String> KEYS = Set.of("corridor", "buffer_m", "pairing", "threads", "chips", "stac", "firms");
    /** min_overlap_fraction: accepted from workspaces made before pairing per tile, and ignored. */
    private static final Set<String> PAIRING_KEYS = Set.of("max_gap_days", "max_cloud_fraction", "min_overlap_fraction");
    private static final Set<String> STAC_KEYS = Set.of("url", "collection");
    private static final Set<String> FIRMS_KEYS = Set.of("folder");

    public static NightlyConfig load(Path file) {
        JsonNode root;
        try {
            root = YAML.readTree(file.toFile());
        } catch (IOException e) {
            throw new ConfigException(file, "is not valid YAML (" + e.getMessage().split("\n")[0] + ")",
                    "compare it with the defaults written by 'corridorwatch workspace init'");
        }
        if (root == null || !root.isObject()) {
            throw new ConfigException(file, "is not a YAML mapping", "compare it with the defaults written by 'workspace init'");
        }
        checkKeys(file, root, KEYS, "");
        JsonNode p = root.path("pairing");
        checkKeys(file, p, PAIRING_KEYS, "pairing.");
        JsonNode stac = root.path("stac");
        checkKeys(file, stac, STAC_KEYS, "stac.");
        JsonNode firms = root.path("firms");
        checkKeys(file, firms, FIRMS_KEYS, "firms.");
        java.util.List<String> notes = new java.util.ArrayList<>();
        if (p.has("min_overlap_fraction")) {
            notes.add("pairing.min_overlap_fraction is no longer used (pairing is per tile: a before-scene must cover "
                    + "each tile it is chosen for); remove it from " + file);
        }
        try {
            PairingParameters pairing = new PairingParameters(
                    number(file, p, "max_gap_days", PairingParameters.DEFAULT_MAX_GAP_DAYS),
                    number(file, p, "max_cloud_fraction", PairingParameters.DEFAULT_MAX_CLOUD_FRACTION));
            int threads = (int) number(file, root, "threads", 0);
            if (threads < 0) {
                throw new IllegalArgumentException("threads must be >= 0");
            }
            double bufferM = number(file, root, "buffer_m", Double.NaN);
            if (!Double.isNaN(bufferM) && !(bufferM > 0)) {
                throw new IllegalArgumentException("buffer_m must be > 0 (or null), not " + bufferM);
            }
            return new NightlyConfig(root.path("corridor").asText("all"), bufferM, pairing, threads,
                    root.path("chips").asBoolean(true), text(stac, "url"), text(stac, "collection"),
                    text(firms, "folder") == null ? "firms" : text(firms, "folder"), java.util.List.copyOf(notes));
        } catch (IllegalArgumentException e) {
            throw new ConfigException(file, e.getMessage(), "see the comments in config/nightly.yaml");
        }
    }

    private static String text(JsonNode n, String key) {
        JsonNode v = n.path(key);
        return v.isMissingNode() || v.isNull() || v.asText().isBlank() ? null : v.asText();
    }

    private static double number(Path file, JsonNode n, String key, double dflt) {
        JsonNode v = n.path(key);
        if (v.isMissingNode() || v.isNull()) {
            return dflt;
        }
        if (!v.isNumber()) {
            throw new ConfigException(file, "'" + key + "' must be a number, not '" + v.asText() + "'",
                    "see the comments in config/nightly.yaml");
        }
        return v.asDouble();
    }

    private static void checkKeys(Path file, JsonNode n, Set<String> known, String prefix) {
        if (n.isMissingNode() || n.isNull()) {
            return;
        }
        if (!n.isObject()) {
            throw new ConfigException(file, "'" + prefix.replace(".", "") + "' must be a mapping", "see config/nightly.yaml");
        }
        for (Iterator<String> it = n.fieldNames(); it.hasNext();) {
            String k = it.next();
            if (!known.contains(k)) {
                throw new ConfigException(file, "unknown key '" + prefix + k + "'", "known keys: " + known);
            }
        }
    }
}
