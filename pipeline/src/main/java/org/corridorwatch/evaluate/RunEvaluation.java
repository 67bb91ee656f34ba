package org.corridorwatch.evaluate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.corridorwatch.model.GridGeometry;
import org.corridorwatch.model.InputDataException;
import org.corridorwatch.raster.GdalScene;
import org.corridorwatch.raster.GridWarp;
import org.corridorwatch.files.AtomicFiles;

/**
 * {@code evaluate}: compares a run's outputs with ground truth and writes {@code evaluation.json}:
 * site recall and precision of flagged candidates per truth class, false alarms per 100 km of
 * corridor scanned, localisation error and a precision–recall curve; with a burned-area mask, pixel
 * F1 and IoU of {@code evidence/burn.tif} on the mask's grid.
 */
public final class RunEvaluation {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    /**
     * A truth site at least this much under cloud in either date cannot be seen in the imagery: it is
     * listed as unobservable and left out of recall (a detector cannot find what the pixels do not show).
     */
    public static final double UNOBSERVABLE_CLOUD_FRACTION = 0.5;
    /** Truth classes candidates are meant to find: attack sites (burn candidates) and queues (queue candidates). */
    public static final List<String> TARGET_CLASSES = List.of("attack", "queue");

    private RunEvaluation() {
    }

    /** The evaluation as written to evaluation.json. */
    public static ObjectNode evaluate(Path runDir, Path truthFile, Path maskFile, double matchM) {
        JsonNode run = readRun(runDir);
        double threshold = run.path("report_threshold").asDouble(0.5);
        double km = run.path("counts").path("corridor_km_covered").asDouble(0);
        List<SiteMatcher.Scored> candidates = candidates(runDir.resolve("candidates.geojson"));
        ObjectNode out = JSON.createObjectNode();
        out.put("run", runDir.toAbsolutePath().toString());
        out.put("report_threshold", threshold);
        out.put("match_distance_m", matchM);
        out.put("corridor_km_scanned", km);
        out.put("candidates", candidates.size());
        if (truthFile != null) {
            List<SiteMatcher.Truth> truths = truths(truthFile);
            requireOverlap(truthFile, truths, runDir, matchM);
            List<SiteMatcher.Truth> targets = truths.stream()
                    .filter(t -> TARGET_CLASSES.contains(t.cls()) && t.observable()).toList();
            ArrayNode unobservable = out.putArray("unobservable_truth");
            truths.stream().filter(t -> TARGET_CLASSES.contains(t.cls()) && !t.observable())
                    .forEach(t -> unobservable.add(t.id()));
            out.put("truth", truthFile.toAbsolutePath().toString());
            List<SiteMatcher.Truth> attacks = ofClass(targets, "attack");
            List<SiteMatcher.Scored> burnCandidates = scored(truths, candidates, "attack", matchM);
            SiteMatcher.Metrics m = SiteMatcher.at(threshold, attacks, burnCandidates, matchM);
            put(out, m);
            ObjectNode classes = out.putObject("classes");
            int falseAlarms = 0;
            for (String cls : TARGET_CLASSES) {
                List<SiteMatcher.Scored> claiming = claiming(candidates, cls);
                List<SiteMatcher.Scored> kept = scored(truths, candidates, cls, matchM);
                SiteMatcher.Metrics mc = SiteMatcher.at(threshold, ofClass(targets, cls), kept, matchM);
                ObjectNode c = classes.putObject(cls);
                put(c, mc);
                c.put("flagged_on_unobservable", claiming.stream().filter(x -> x.score() >= threshold).count()
                        - kept.stream().filter(x -> x.score() >= threshold).count());
                falseAlarms += mc.falseAlarms();
            }
            out.put("false_alarms", falseAlarms);
            if (km > 0) {
                out.put("false_alarms_per_100km", round(100.0 * falseAlarms / km));
            } else {
                out.putNull("false_alarms_per_100km");
            }
            out.set("false_alarm_causes", causes(truths, candidates, threshold, matchM));
            ArrayNode curve = out.putArray("precision_recall_curve");
            for (SiteMatcher.Metrics c : SiteMatcher.curve(attacks, burnCandidates, matchM)) {
                put(curve.addObject(), c);
            }
            out.set("term_effect", termEffect(run, attacks, burnCandidates, threshold, matchM));
            out.set("wreck_counts", WreckCounts.evaluate(truthFile, runDir.resolve("candidates.geojson"), matchM));
        }
        if (maskFile != null) {
            PixelAgreement a = pixelAgreement(runDir.resolve("evidence/burn.tif"), maskFile);
            ObjectNode px = out.putObject("pixels");
            px.put("mask", maskFile.toAbsolutePath().toString());
            px.put("pixel_f1", round(a.f1()));
            px.put("pixel_iou", round(a.iou()));
            px.put("pixel_precision", round(a.precision()));
            px.put("pixel_recall", round(a.recall()));
            px.put("burned_fraction_predicted", round(a.predictedFraction()));
            putReference(px, run, maskFile);
        }
        AtomicFiles.write(runDir.resolve("evaluation.json"), o -> JSON.writeValue(o, out));
        return out;
    }

    /**
     * Refuses a truth file none of whose features lies within {@code matchM} of the run's tiles (another sample's
     * truth, another place): its recall would be 0 and its precision say nothing. An empty truth file is allowed.
     */
    static void requireOverlap(Path truthFile, List<SiteMatcher.Truth> truths, Path runDir, double matchM) {
        Path tiles = runDir.resolve("tiles.geojson");
        if (truths.isEmpty() || !Files.exists(tiles)) {
            return;
        }
        org.locationtech.jts.geom.Envelope scanned = new org.locationtech.jts.geom.Envelope();
        for (GeoJsonFeatures.Feature t : GeoJsonFeatures.read(tiles, "re-run the scan")) {
            if (t.geometry() != null) {
                scanned.expandToInclude(t.geometry().getEnvelopeInternal());
            }
        }
        if (scanned.isNull()) {
            return;
        }
        scanned.expandBy(matchM / 110_000.0 / Math.max(0.1, Math.cos(Math.toRadians(scanned.centre().y))));
        if (truths.stream().noneMatch(t -> t.outline().getEnvelopeInternal().intersects(scanned))) {
            throw new InputDataException(truthFile, "does not overlap the run " + runDir + ": none of its " + truths.size()
                    + " features lies in the scanned tiles (" + String.format(Locale.ROOT, "lon %.4f..%.4f, lat %.4f..%.4f",
                    scanned.getMinX(), scanned.getMaxX(), scanned.getMinY(), scanned.getMaxY()) + ")",
                    "give the truth.geojson of the scenes this run scanned");
        }
    }

    private static List<SiteMatcher.Truth> ofClass(List<SiteMatcher.Truth> truths, String cls) {
        return truths.stream().filter(t -> t.cls().equals(cls)).toList();
    }

    /**
     * The candidates claiming class {@code cls} that are scored: those on a truth site of that class clouds hide (and on
     * no observable one) are set aside ({@link SiteMatcher#apartFromUnobservable}), as {@link #causes} already does.
     */
    private static List<SiteMatcher.Scored> scored(List<SiteMatcher.Truth> truths, List<SiteMatcher.Scored> candidates,
                                                   String cls, double matchM) {
        List<SiteMatcher.Truth> ofClass = ofClass(truths, cls);
        return SiteMatcher.apartFromUnobservable(claiming(candidates, cls),
                ofClass.stream().filter(SiteMatcher.Truth::observable).toList(),
                ofClass.stream().filter(t -> !t.observable()).toList(), matchM);
    }

    private static List<SiteMatcher.Scored> claiming(List<SiteMatcher.Scored> candidates, String cls) {
        return candidates.stream().filter(c -> c.targetClass().equals(cls)).toList();
    }

    /**
     * What each evidence term does at the threshold: attack recall, precision and false alarms with every
     * term, and with each one left out (the fused score recomputed from the other terms' values and the
     * run's weights).
     */
    static ObjectNode termEffect(JsonNode run, List<SiteMatcher.Truth> attacks, List<SiteMatcher.Scored> burn,
                                 double threshold, double matchM) {
        JsonNode weights = run.path("config").path("sites").path("weights");
        java.util.Set<String> terms = new java.util.LinkedHashSet<>();
        burn.forEach(c -> terms.addAll(c.components().keySet()));
        ObjectNode effect = JSON.createObjectNode();
        put(effect.putObject("all_terms"), SiteMatcher.at(threshold, attacks, burn, matchM));
        for (String left : terms) {
            List<SiteMatcher.Scored> rescored = burn.stream().map(c -> {
                double keep = 1;
                for (Map.Entry<String, Double> e : c.components().entrySet()) {
                    if (!e.getKey().equals(left)) {
                        keep *= 1 - weights.path(e.getKey()).asDouble(0) * e.getValue();
                    }
                }
                return c.withScore(1 - keep);
            }).toList();
            SiteMatcher.Metrics m = SiteMatcher.at(threshold, attacks, rescored, matchM);
            ObjectNode n = effect.putObject("without_" + left);
            put(n, m);
            n.put("false_alarms", m.falseAlarms());
        }
        return effect;
    }

    /** Flagged candidates that match no target, by the class of the truth feature they fall on ("unexplained" otherwise). */
    private static ObjectNode causes(List<SiteMatcher.Truth> truths, List<SiteMatcher.Scored> candidates, double threshold,
                                     double matchM) {
        Map<String, Integer> counts = new TreeMap<>();
        for (SiteMatcher.Scored c : candidates) {
            if (c.score() < threshold) {
                continue;
            }
            boolean target = truths.stream().anyMatch(t -> TARGET_CLASSES.contains(t.cls())
                    && SiteMatcher.distanceM(t.outline(), c.outline()) <= matchM);
            if (!target) {
                String cls = truths.stream().filter(t -> t.outline().intersects(c.outline())).map(SiteMatcher.Truth::cls)
                        .findFirst().orElse("unexplained");
                counts.merge(cls, 1, Integer::sum);
            }
        }
        ObjectNode n = JSON.createObjectNode();
        counts.forEach(n::put);
        return n;
    }

    static PixelAgreement pixelAgreement(Path burn, Path mask) {
        if (!Files.exists(burn)) {
            throw new InputDataException(burn, "not found: the run has no evidence raster", "evaluate a finished scan's --out folder");
        }
        try (GdalScene m = GdalScene.open(mask); GdalScene b = GdalScene.open(burn)) {
            GridGeometry grid = m.grid();
            float[] truth = m.read(0, 0, grid.width(), grid.height(), 0).band(0);
            int band = b.bandNames().indexOf("burn_region");
            if (band < 0) {
                throw new InputDataException(burn, "has no burn_region band", "evaluate a run written by this version");
            }
            float[] predicted = GridWarp.read(burn, band, grid, "near");
            boolean shared = false;
            for (int i = 0; i < predicted.length && !shared; i++) {
                shared = !Float.isNaN(predicted[i]) && !Float.isNaN(truth[i]);
            }
            if (!shared) {
                // else every count is 0 and the agreement would read as perfect
                throw new InputDataException(mask, "does not overlap the run " + burn.getParent().getParent()
                        + ": no pixel of the mask lies on a scanned pixel of evidence/burn.tif",
                        "give the burned-area mask of the scenes this run scanned");
            }
            return PixelAgreement.of(predicted, 0.5, truth);
        }
    }

    /** The best single dNBR threshold on the run's own inputs (docs/sweep.md), or why it is not given. */
    private static void putReference(ObjectNode px, JsonNode run, Path maskFile) {
        GridGeometry grid;
        float[] truth;
        try (GdalScene m = GdalScene.open(maskFile)) {
            grid = m.grid();
            truth = m.read(0, 0, grid.width(), grid.height(), 0).band(0);
        }
        PairDnbr.Result d = PairDnbr.onGrid(run, grid);
        if (d.dnbr() == null) {
            px.put("dnbr_reference_unavailable", d.unavailable());
            return;
        }
        DnbrReference r = DnbrReference.of(d.dnbr(), truth);
        ObjectNode n = px.putObject("dnbr_reference");
        n.put("best_f1", round(r.bestF1()));
        n.put("best_threshold", r.bestThreshold());
        n.put("best_f1_threshold_at_least_0", round(r.bestF1AtLeastZero()));
        n.put("best_threshold_at_least_0", r.bestThresholdAtLeastZero());
        n.put("dnbr_inside", Math.round(r.meanInside() * 1000) / 1000.0);
        n.put("dnbr_outside", Math.round(r.meanOutside() * 1000) / 1000.0);
        n.put("shows_burn_signal", r.showsBurnSignal());
    }

    private static void put(ObjectNode n, SiteMatcher.Metrics m) {
        n.put("threshold", round(m.threshold()));
        n.put("truth_sites", m.truths());
        n.put("found", m.found());
        n.put("flagged", m.flagged());
        n.put("recall", round(m.recall()));
        n.put("precision", round(m.precision()));
        if (Double.isNaN(m.meanLocalisationErrorM())) {
            n.putNull("localisation_error_m");
        } else {
            n.put("localisation_error_m", Math.round(m.meanLocalisationErrorM() * 10) / 10.0);
        }
    }

    private static double round(double v) {
        return Math.round(v * 10000) / 10000.0;
    }

    private static JsonNode readRun(Path runDir) {
        Path run = runDir.resolve("run.json");
        if (!Files.exists(run)) {
            throw new InputDataException(runDir, "has no run.json: not a finished scan", "pass the --out folder of a completed scan");
        }
        try {
            return JSON.readTree(run.toFile());
        } catch (IOException e) {
            throw new InputDataException(run, "is not valid JSON", "re-run the scan");
        }
    }

    static List<SiteMatcher.Scored> candidates(Path file) {
        List<SiteMatcher.Scored> out = new ArrayList<>();
        for (GeoJsonFeatures.Feature f : GeoJsonFeatures.read(file, "re-run the scan")) {
            Map<String, Double> components = new java.util.LinkedHashMap<>();
            f.properties().fields().forEachRemaining(e -> {
                if (e.getKey().endsWith("_score") && e.getValue().isNumber()) {
                    components.put(e.getKey().substring(0, e.getKey().length() - "_score".length()), e.getValue().asDouble());
                }
            });
            out.add(new SiteMatcher.Scored(f.properties().path("id").asText(), f.properties().path("score").asDouble(),
                    f.properties().path("pattern").asText(), f.geometry(), components));
        }
        return out;
    }

    static List<SiteMatcher.Truth> truths(Path file) {
        List<SiteMatcher.Truth> out = new ArrayList<>();
        int i = 0;
        for (GeoJsonFeatures.Feature f : GeoJsonFeatures.read(file, "give a truth.geojson written by `samples generate`")) {
            i++;
            String cls = f.properties().path("class").asText("");
            if (cls.isEmpty() || f.geometry() == null) {
                throw new InputDataException(file, "feature " + i + " lacks a class or a geometry",
                        "every truth feature needs properties.class and a polygon");
            }
            double cloud = Math.max(f.properties().path("cloud_fraction_after").asDouble(0),
                    f.properties().path("cloud_fraction_before").asDouble(0));
            out.add(new SiteMatcher.Truth(f.properties().path("id").asText("truth-" + i), cls.toLowerCase(Locale.ROOT),
                    f.geometry(), cloud < UNOBSERVABLE_CLOUD_FRACTION));
        }
        return out;
    }
}
