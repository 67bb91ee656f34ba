package org.corridorwatch.config;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.corridorwatch.change.TileChangeDetector;
import org.corridorwatch.change.evidence.BurnEvidence;
import org.corridorwatch.change.mask.MaskParameters;
import org.corridorwatch.change.regions.BurnRegions;
import org.corridorwatch.change.vehicles.ClusterChangeParameters;
import org.corridorwatch.change.vehicles.VehicleClusterParameters;
import org.corridorwatch.change.vehicles.VehicleDetectionParameters;
import org.corridorwatch.change.vehicles.QueueChains;
import org.corridorwatch.change.vehicles.WrecksOnChar;
import org.corridorwatch.files.Installation;
import org.corridorwatch.geo.TilePlanParameters;
import org.corridorwatch.model.ConfigException;
import org.corridorwatch.roads.imagery.ImageryRoadParameters;
import org.corridorwatch.sites.SiteParameters;
import org.corridorwatch.sites.TileAnalyzer;

/**
 * The run configuration of a scan: {@code config/corridorwatch.yaml} with an optional user file merged over
 * it, validated, translated once into one parameter record per stage. Immutable; saved whole in
 * {@code run.json} with its schema version. Stages never see this class: the scan hands each the record it
 * needs ({@link #tilePlan}, {@link #tileAnalysis}, {@link #vehicleClusters}, {@link #clusterChange},
 * {@link #sites}).
 */
public record ScanConfig(int schemaVersion, Tiles tiles, Scan scan, Masks masks, BurnEvidence.Parameters evidence,
                         BurnRegions.Parameters regions, VehicleDetectionParameters vehicleDetection,
                         VehicleClusterParameters vehicleClusters, ClusterChangeParameters clusterChange,
                         SiteParameters sites, Roads roads, ImageryRoadParameters roadsFromImagery,
                         WrecksOnChar.Parameters wrecksOnChar, QueueChains.Parameters queueChains) {
    public static final int SCHEMA_VERSION = 1;

    /**
     * The {@code roads:} section: road data a corridor's road is built from ({@code file}, overridden by
     * {@code --roads}; a relative path is relative to the configuration file that sets it), its licence attribution,
     * and the {@code roads.RoadsParameters} of the roads stage (built by {@code roads.RoadsParameters.of}).
     */
    public record Roads(String file, String attribution, java.util.List<String> classes, double snapM, double maxGapM,
                        double classPenalty, double gapPenalty) {
        /** Validates the values (an IllegalArgumentException naming the key); the same checks as the stage's record. */
        void check() {
            require(classes != null, "roads.classes must be a list (may be empty)");
            require(snapM > 0, "roads.snap_m must be > 0");
            require(maxGapM >= 0, "roads.max_gap_m must be >= 0");
            require(classPenalty >= 1, "roads.class_penalty must be >= 1");
            require(gapPenalty >= classPenalty, "roads.gap_penalty must be >= roads.class_penalty");
        }
    }

    public record Tiles(int sizePx, int overlapPx) {
        public Tiles {
            require(sizePx >= 64 && sizePx <= 4096, "tiles.size_px must be in [64, 4096]");
            require(overlapPx >= 0 && overlapPx * 4 < sizePx, "tiles.overlap_px must be in [0, size_px/4)");
        }
    }

    public record Scan(double maxMaskedFraction, boolean coregistration, double maxShiftPx,
                       boolean radiometricNormalisation, int sceneSampleWindows) {
        public Scan {
            require(maxMaskedFraction > 0 && maxMaskedFraction <= 1, "scan.max_masked_fraction must be in (0, 1]");
            require(maxShiftPx >= 0, "scan.max_shift_px must be >= 0");
            require(sceneSampleWindows >= 4, "scan.scene_sample_windows must be >= 4");
        }
    }

    /**
     * The {@code masks:} section: {@link MaskParameters} without the cloud size in pixels, which follows from
     * the pixel area of each scan (a cloud is at least {@link MaskParameters#CLOUD_MIN_AREA_M2} m²).
     */
    public record Masks(double cloudBlue, double cloudVisible, double cloudWhiteness, double cloudMaxNdvi,
                        double waterIndex, double shadowRatio, double shadowMaxNir, double shadowMaxIndexChange,
                        double shadowMaxColourChange, double shadowMinCloudFraction, double shadowRoadShare, int cloudDilation,
                        int shadowDilation) {
        /** The mask parameters, with the cloud size of a 10 m pixel (the tile stage rescales it to the scan's pixels). */
        public MaskParameters toParameters() {
            return new MaskParameters(cloudBlue, cloudVisible, cloudWhiteness, cloudMaxNdvi, waterIndex, shadowRatio,
                    shadowMaxNir, shadowMaxIndexChange, shadowMaxColourChange, shadowMinCloudFraction,
                    MaskParameters.DEFAULTS.cloudMinPixels(), shadowRoadShare, cloudDilation, shadowDilation);
        }
    }

    private static final ObjectMapper BINDER = YamlFiles.YAML.copy()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            // an enum key is read and written as its toString(), the lower-case YAML word ("nir_cell: min"), never a number
            .enable(DeserializationFeature.READ_ENUMS_USING_TO_STRING)
            .enable(SerializationFeature.WRITE_ENUMS_USING_TO_STRING)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            // 512.7 for a pixel count is a mistake to report, not to truncate silently
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);

    /** The defaults in {@code <home>/config/corridorwatch.yaml}. */
    public static ScanConfig loadDefault() {
        return load(null);
    }

    /** Defaults with {@code userFile} (may be null) merged over them. */
    public static ScanConfig load(Path userFile) {
        Path defaults = Installation.configFile("corridorwatch.yaml");
        JsonNode tree = YamlFiles.read(defaults);
        Path blame = defaults;
        if (userFile != null) {
            JsonNode user = YamlFiles.read(userFile);
            // sites.weights holds every term's weight in the defaults: a misspelt term ("vehicle") would be ignored silently
            YamlFiles.checkKeys(userFile, defaults, tree, user, "", Set.of());
            tree = YamlFiles.merge((ObjectNode) tree.deepCopy(), user);
            blame = userFile;
        }
        ScanConfig cfg;
        try {
            cfg = BINDER.treeToValue(tree, ScanConfig.class);
        } catch (UnrecognizedPropertyException e) {
            throw new ConfigException(blame, "unknown key '" + e.getPropertyName() + "'", "see config/corridorwatch.yaml for the keys");
        } catch (MismatchedInputException e) {
            String key = path(e);
            throw new ConfigException(blame, "invalid value for '" + key + "'" + given(tree, key)
                    + expected(e.getTargetType()) + cause(e), "see the comments in config/corridorwatch.yaml");
        } catch (com.fasterxml.jackson.databind.JsonMappingException e) {
            String key = path(e);
            throw new ConfigException(blame, (key.isEmpty() ? "invalid value" : "invalid value for '" + key + "'")
                    + cause(e), "see the comments in config/corridorwatch.yaml");
        } catch (Exception e) {
            throw new ConfigException(blame, "invalid value: " + cause(e).replaceFirst("^: ", ""),
                    "see the comments in config/corridorwatch.yaml");
        }
        try {
            cfg.roads().check();
        } catch (IllegalArgumentException e) {
            throw new ConfigException(blame, "invalid value: " + e.getMessage(), "see the comments in config/corridorwatch.yaml");
        }
        if (cfg.schemaVersion != SCHEMA_VERSION) {
            throw new ConfigException(blame, "schema_version must be " + SCHEMA_VERSION, "see config/corridorwatch.yaml");
        }
        return cfg;
    }

    /** ": got X" for the value at the dotted key of the merged tree, "" when there is none. */
    private static String given(JsonNode tree, String key) {
        JsonNode n = tree;
        for (String part : key.split("\\.")) {
            n = n == null ? null : n.get(part);
        }
        if (n == null) {
            return "";
        }
        String v = n.isContainerNode() ? (n.isArray() ? "a list" : "a section") : n.isNull() ? "nothing (null)" : n.toString();
        return ": got " + (v.length() > 60 ? v.substring(0, 59) + "…" : v);
    }

    /** ", expected a whole number" and the like, from the Java type the key binds to. */
    private static String expected(Class<?> type) {
        if (type == null) {
            return "";
        }
        String what;
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            what = "a whole number";
        } else if (type == double.class || type == Double.class || type == float.class || type == Float.class) {
            what = "a number";
        } else if (type == boolean.class || type == Boolean.class) {
            what = "true or false";
        } else if (type == String.class) {
            what = "text";
        } else if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            what = "a list";
        } else if (type.isEnum()) {
            what = "one of " + java.util.Arrays.stream(type.getEnumConstants()).map(c -> c.toString().toLowerCase(java.util.Locale.ROOT))
                    .collect(Collectors.joining(", "));
        } else if (java.util.Map.class.isAssignableFrom(type) || type.isRecord() || !type.isPrimitive()) {
            what = "a section of keys";
        } else {
            what = type.getSimpleName();
        }
        return ", expected " + what;
    }

    private static String path(com.fasterxml.jackson.databind.JsonMappingException e) {
        return e.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining("."));
    }

    /** The innermost message: a stage record's own validation names its YAML key. */
    private static String cause(Throwable e) {
        Throwable c = e;
        while (c.getCause() != null && c.getCause() != c) {
            c = c.getCause();
        }
        if (c instanceof IllegalArgumentException) {
            return ": " + c.getMessage();
        }
        return c == e ? "" : ": " + c.getMessage().split("\n")[0];
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }

    /** The tile plan: tile size and overlap, and the corridor half-width ({@code NaN} = each corridor's default). */
    public TilePlanParameters tilePlan(double bufferM) {
        return new TilePlanParameters(tiles.sizePx(), tiles.overlapPx(),
                Double.isNaN(bufferM) ? TilePlanParameters.DEFAULT_BUFFER_M : bufferM);
    }

    /** The tile stage: masks, co-registration, normalisation, evidence, regions and vehicle objects. */
    public TileAnalyzer.Parameters tileAnalysis() {
        TileChangeDetector.Parameters d = TileChangeDetector.Parameters.DEFAULTS;
        TileChangeDetector.Parameters detection = new TileChangeDetector.Parameters(masks.toParameters(), d.coregistration(),
                d.minShiftConfidence(), scan.coregistration() ? scan.maxShiftPx() : 0, scan.radiometricNormalisation(),
                d.normalisation(), evidence, regions);
        SiteParameters.Vehicles v = sites.vehicles();
        return new TileAnalyzer.Parameters(scan.maxMaskedFraction(), detection, vehicleDetection, v.maxGsdM(),
                v.staticMatchM(), v.wreckOnScarM(), wrecksOnChar);
    }

    /** The configuration as a JSON tree, for run.json. */
    public JsonNode toTree() {
        return BINDER.valueToTree(this);
    }
}
