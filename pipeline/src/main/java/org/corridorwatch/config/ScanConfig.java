package org.corridorwatch.config;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.stream.Collectors;
import org.corridorwatch.change.TileChangeDetector;
import org.corridorwatch.change.evidence.BurnEvidence;
import org.corridorwatch.change.mask.MaskParameters;
import org.corridorwatch.change.regions.BurnRegions;
import org.corridorwatch.change.vehicles.ClusterChangeParameters;
import org.corridorwatch.change.vehicles.VehicleClusterParameters;
import org.corridorwatch.change.vehicles.VehicleDetectionParameters;
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
                         SiteParameters sites, ImageryRoadParameters roadsFromImagery) {
    public static final int SCHEMA_VERSION = 1;

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
                        double shadowMaxColourChange, double shadowMinCloudFraction, int cloudDilation, int shadowDilation) {
        /** The mask parameters, with the cloud size of a 10 m pixel (the tile stage rescales it to the scan's pixels). */
        public MaskParameters toParameters() {
            return new MaskParameters(cloudBlue, cloudVisible, cloudWhiteness, cloudMaxNdvi, waterIndex, shadowRatio,
                    shadowMaxNir, shadowMaxIndexChange, shadowMaxColourChange, shadowMinCloudFraction,
                    MaskParameters.DEFAULTS.cloudMinPixels(), cloudDilation, shadowDilation);
        }
    }

    private static final ObjectMapper BINDER = YamlFiles.YAML.copy()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES);

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
            checkKeys(userFile, tree, user, "");
            tree = merge((ObjectNode) tree.deepCopy(), user);
            blame = userFile;
        }
        ScanConfig cfg;
        try {
            cfg = BINDER.treeToValue(tree, ScanConfig.class);
        } catch (UnrecognizedPropertyException e) {
            throw new ConfigException(blame, "unknown key '" + e.getPropertyName() + "'", "see config/corridorwatch.yaml for the keys");
        } catch (MismatchedInputException e) {
            throw new ConfigException(blame, "invalid value for '" + path(e) + "'" + cause(e),
                    "see the comments in config/corridorwatch.yaml");
        } catch (Exception e) {
            throw new ConfigException(blame, "invalid value: " + cause(e).replaceFirst("^: ", ""),
                    "see the comments in config/corridorwatch.yaml");
        }
        if (cfg.schemaVersion != SCHEMA_VERSION) {
            throw new ConfigException(blame, "schema_version must be " + SCHEMA_VERSION, "see config/corridorwatch.yaml");
        }
        return cfg;
    }

    private static String path(MismatchedInputException e) {
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
                v.staticMatchM(), v.wreckOnScarM());
    }

    /** The configuration as a JSON tree, for run.json. */
    public JsonNode toTree() {
        return BINDER.valueToTree(this);
    }
}
