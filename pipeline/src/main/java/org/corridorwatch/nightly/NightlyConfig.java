package org.corridorwatch.nightly;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.corridorwatch.config.YamlFiles;
import org.corridorwatch.files.Installation;
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
                            String stacCollection, String firmsFolder, List<String> notes) {
    /** Accepted from workspaces made before pairing per tile, and ignored with a note. */
    private static final String RETIRED_PAIRING_KEY = "min_overlap_fraction";


    /** The defaults, and the file {@code workspace init} copies: {@code <home>/config/nightly.yaml}. */
    public static Path defaultFile() {
        return Installation.configFile("nightly.yaml");
    }

    /** The text of the default file, comments included. */
    public static String defaultYaml() {
        try {
            return Files.readString(defaultFile());
        } catch (IOException e) {
            throw new ConfigException(defaultFile(), "cannot be read (" + e.getMessage() + ")",
                    "reinstall CorridorWatch: config/nightly.yaml ships with it");
        }
    }

    /** The workspace's settings merged over the defaults; unknown keys and wrong types name their key. */
    public static NightlyConfig load(Path file) {
        JsonNode defaults = YamlFiles.read(defaultFile());
        ObjectNode user = (ObjectNode) YamlFiles.read(file).deepCopy();
        List<String> notes = new ArrayList<>();
        if (user.path("pairing") instanceof ObjectNode p && p.remove(RETIRED_PAIRING_KEY) != null) {
            notes.add("pairing." + RETIRED_PAIRING_KEY + " is no longer used (pairing is per tile: a before-scene must "
                    + "cover each tile it is chosen for); remove it from " + file);
        }
        YamlFiles.checkKeys(file, defaultFile(), defaults, user, "", Set.of());
        JsonNode root = YamlFiles.merge((ObjectNode) defaults.deepCopy(), user);
        JsonNode p = root.path("pairing");
        JsonNode stac = root.path("stac");
        JsonNode firms = root.path("firms");
        try {
            PairingParameters pairing = new PairingParameters(
                    number(file, p, "pairing.max_gap_days"), number(file, p, "pairing.max_cloud_fraction"));
            double threadsValue = number(file, root, "threads");
            int threads = (int) threadsValue;
            if (!Double.isNaN(threadsValue) && threads != threadsValue) {
                throw new IllegalArgumentException("'threads' must be a whole number, not " + root.path("threads").asText());
            }
            JsonNode chips = root.path("chips");
            if (!chips.isMissingNode() && !chips.isNull() && !chips.isBoolean()) {
                throw new IllegalArgumentException("'chips' must be true or false, not '" + chips.asText() + "'");
            }
            if (threads < 0) {
                throw new IllegalArgumentException("threads must be >= 0");
            }
            double bufferM = number(file, root, "buffer_m");
            if (!Double.isNaN(bufferM) && !(bufferM > 0)) {
                throw new IllegalArgumentException("buffer_m must be > 0 (or null), not " + bufferM);
            }
            return new NightlyConfig(root.path("corridor").asText("all"), bufferM, pairing, threads,
                    root.path("chips").asBoolean(true), text(stac, "url"), text(stac, "collection"),
                    text(firms, "folder") == null ? "firms" : text(firms, "folder"), List.copyOf(notes));
        } catch (IllegalArgumentException e) {
            throw new ConfigException(file, e.getMessage(), "see the comments in " + defaultFile());
        }
    }

    private static String text(JsonNode n, String key) {
        JsonNode v = n.path(key);
        return v.isMissingNode() || v.isNull() || v.asText().isBlank() ? null : v.asText();
    }

    /** The number at {@code key} (its last dotted part under {@code n}); null = NaN. */
    private static double number(Path file, JsonNode n, String key) {
        JsonNode v = n.path(key.substring(key.lastIndexOf('.') + 1));
        if (v.isMissingNode() || v.isNull()) {
            return Double.NaN;
        }
        if (!v.isNumber()) {
            throw new ConfigException(file, "'" + key + "' must be a number, not '" + v.asText() + "'",
                    "see the comments in " + defaultFile());
        }
        return v.asDouble();
    }
}
