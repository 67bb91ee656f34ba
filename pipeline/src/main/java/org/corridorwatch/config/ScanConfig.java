package org.corridorwatch.config;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import org.corridorwatch.model.ConfigException;

/**
 * The effective scan configuration: {@code config/corridorwatch.yaml} with an optional user file
 * merged over it, validated. Immutable; saved with every run.
 */
public record ScanConfig(int schemaVersion, Tiles tiles, Scan scan, Sites sites) {
    public static final int SCHEMA_VERSION = 1;

    public record Tiles(int sizePx, int overlapPx) {
    }

    public record Scan(double maxMaskedFraction, boolean coregistration, double maxShiftPx,
                       boolean radiometricNormalisation, int sceneSampleWindows) {
    }

    public record Sites(double minAreaM2, double reportThreshold, Strength strength, Size size,
                        Proximity proximity, Hug hug, AlongRoad alongRoad, Vehicles vehicles, Firms firms, Map<String, Double> weights) {
    }

    /** FIRMS matching: search distance from a site's outline per instrument, and days added to the date window. */
    public record Firms(double viirsDistanceM, double modisDistanceM, int dateSlackDays) {
    }

    public record Strength(double evidenceLow, double evidenceHigh) {
    }

    public record Hug(double zeroFraction, double fullFraction) {
    }

    public record Vehicles(double maxGsdM, double roadBufferM, double siteDistanceM, double wrecksForHalf,
                           double queueMinM, double queueFullM, double staticMatchM, double wreckPitchM,
                           double countByLengthAboveGsdM, double wreckOnScarM, double wreckLineOffsetM) {
    }

    public record Size(double zeroBelowHa, double minHa, double maxHa, double zeroAboveHa) {
    }

    public record Proximity(double fullM, double zeroM) {
    }

    public record AlongRoad(double minElongation, double maxAngleDeg, double bonus) {
    }

    private static final ObjectMapper BINDER = YamlFiles.YAML.copy()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    /** The defaults in {@code <home>/config/corridorwatch.yaml}. */
    public static ScanConfig loadDefault() {
        return load(null);
    }

    /** Defaults with {@code userFile} (may be null) merged over them. */
    public static ScanConfig load(Path userFile) {
        Path defaults = YamlFiles.home().resolve("config/corridorwatch.yaml");
        JsonNode tree = YamlFiles.read(defaults);
        Path blame = defaults;
        if (userFile != null) {
            JsonNode user = YamlFiles.read(userFile);
            checkKeys(userFile, tree, user, "");
            tree = merge((ObjectNode) tree.deepCopy(), user);
            blame = userFile;
        }
        ScanConfig cfg;
        try {
            cfg = BINDER.treeToValue(tree, ScanConfig.class);
        } catch (UnrecognizedPropertyException e) {
            throw new ConfigException(blame, "unknown key '" + e.getPropertyName() + "'", "see config/corridorwatch.yaml for the keys");
        } catch (Exception e) {
            throw new ConfigException(blame, "invalid value: " + e.getMessage().split("\n")[0], "see config/corridorwatch.yaml");
        }
        cfg.validate(blame);
        return cfg;
    }

    private static void checkKeys(Path file, JsonNode defaults, JsonNode user, String prefix) {
        for (Iterator<Map.Entry<String, JsonNode>> it = user.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode d = defaults.get(e.getKey());
            boolean openMap = prefix.equals("sites.weights.");
            if (d == null && !openMap) {
                throw new ConfigException(file, "unknown key '" + prefix + e.getKey() + "'", "see config/corridorwatch.yaml for the keys");
            }
            if (d != null && d.isObject() && e.getValue().isObject()) {
                checkKeys(file, d, e.getValue(), prefix + e.getKey() + ".");
            }
        }
    }

    private static JsonNode merge(ObjectNode base, JsonNode over) {
        for (Iterator<Map.Entry<String, JsonNode>> it = over.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode b = base.get(e.getKey());
            if (b instanceof ObjectNode bo && e.getValue().isObject()) {
                merge(bo, e.getValue());
            } else {
                base.set(e.getKey(), e.getValue());
            }
        }
        return base;
    }

    private void validate(Path file) {
        require(file, schemaVersion == SCHEMA_VERSION, "schema_version must be " + SCHEMA_VERSION);
        require(file, tiles.sizePx >= 64 && tiles.sizePx <= 4096, "tiles.size_px must be in [64, 4096]");
        require(file, tiles.overlapPx >= 0 && tiles.overlapPx * 4 < tiles.sizePx, "tiles.overlap_px must be in [0, size_px/4)");
        require(file, scan.maxMaskedFraction > 0 && scan.maxMaskedFraction <= 1, "scan.max_masked_fraction must be in (0, 1]");
        require(file, scan.maxShiftPx >= 0, "scan.max_shift_px must be >= 0");
        require(file, scan.sceneSampleWindows >= 4, "scan.scene_sample_windows must be >= 4");
        require(file, sites.minAreaM2 >= 0, "sites.min_area_m2 must be >= 0");
        require(file, sites.reportThreshold > 0 && sites.reportThreshold <= 1, "sites.report_threshold must be in (0, 1]");
        require(file, 0 <= sites.hug.zeroFraction && sites.hug.zeroFraction < sites.hug.fullFraction && sites.hug.fullFraction <= 1,
                "sites.hug needs 0 <= zero_fraction < full_fraction <= 1");
        require(file, sites.strength.evidenceHigh > sites.strength.evidenceLow, "sites.strength.evidence_high must exceed evidence_low");
        Size s = sites.size;
        require(file, 0 < s.zeroBelowHa && s.zeroBelowHa < s.minHa && s.minHa < s.maxHa && s.maxHa < s.zeroAboveHa,
                "sites.size needs 0 < zero_below_ha < min_ha < max_ha < zero_above_ha");
        require(file, 0 <= sites.proximity.fullM && sites.proximity.fullM < sites.proximity.zeroM,
                "sites.proximity needs 0 <= full_m < zero_m");
        Vehicles v = sites.vehicles;
        require(file, v.maxGsdM > 0 && v.roadBufferM > 0 && v.siteDistanceM >= 0 && v.wrecksForHalf > 0
                && 0 < v.queueMinM && v.queueMinM < v.queueFullM, "sites.vehicles: sizes must be positive, queue_min_m < queue_full_m");
        require(file, v.staticMatchM >= 0 && v.wreckPitchM > 0 && v.countByLengthAboveGsdM > 0 && v.wreckOnScarM >= 0
                && v.wreckLineOffsetM >= 0, "sites.vehicles: static_match_m, wreck_on_scar_m, wreck_line_offset_m >= 0; "
                + "wreck_pitch_m, count_by_length_above_gsd_m > 0");
        require(file, sites.alongRoad.bonus >= 0 && sites.alongRoad.bonus < 1, "sites.along_road.bonus must be in [0, 1)");
        require(file, sites.firms.viirsDistanceM > 0 && sites.firms.viirsDistanceM <= 10_000
                && sites.firms.modisDistanceM > 0 && sites.firms.modisDistanceM <= 10_000,
                "sites.firms.viirs_distance_m and modis_distance_m must be in (0, 10000]");
        require(file, sites.firms.dateSlackDays >= 0 && sites.firms.dateSlackDays <= 30,
                "sites.firms.date_slack_days must be in [0, 30]");
        require(file, sites.weights.values().stream().allMatch(w -> w >= 0 && w <= 1), "sites.weights must be in [0, 1]");
    }

    private static void require(Path file, boolean ok, String message) {
        if (!ok) {
            throw new ConfigException(file, message, "see the comments in config/corridorwatch.yaml");
        }
    }

    /** The configuration as a JSON tree, for run.json. */
    public JsonNode toTree() {
        return BINDER.valueToTree(this);
    }
}
