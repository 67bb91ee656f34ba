package org.corridorwatch.samples;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.corridorwatch.samples.Scenario.Acquisition;

/** The sample folder's {@code README.md} and the {@code scene} member of {@code truth.geojson}. */
final class SampleReadme {
    private SampleReadme() {
    }

    static Map<String, Object> sceneProperties(SampleRequest req, Scenario s, SampleSite site,
                                               List<FirmsDetection> firms) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("synthetic", true);
        m.put("sensor", s.sensor().cliName());
        m.put("case", s.recipe().name());
        m.put("description", s.recipe().description());
        m.put("seed", req.seed());
        m.put("site", site.description());
        m.put("synthetic_road", s.syntheticRoad());
        m.put("epsg", s.grid().epsg());
        m.put("width_px", s.grid().width());
        m.put("height_px", s.grid().height());
        m.put("pixel_m", s.sensor().gsdM());
        m.put("geotransform", s.grid().geoTransform());
        m.put("bands", s.sensor().fileBandNames());
        m.put("dn_encoding", encoding(s.sensor()));
        m.put("attack_date", s.recipe().attackDate() == null ? null : s.recipe().attackDate().toString());
        m.put("before", acquisition(s, s.before()));
        m.put("after", acquisition(s, s.after()));
        m.put("firms_rows", firms.size());
        m.put("firms_unrelated_rows", firms.stream().filter(d -> d.featureId() == null).count());
        m.put("command", req.command());
        return m;
    }

    static String encoding(Sensor sensor) {
        return switch (sensor) {
            case SENTINEL2 -> "UInt16 DN = 10000*reflectance + 1000 (BOA_ADD_OFFSET -1000, baseline 05.09); 0 = nodata";
            case PLANETSCOPE -> "UInt16 DN = 10000*reflectance; 0 = nodata";
            case HIGHRES -> "Byte DN = 510*reflectance (8-bit linear stretch saturating at reflectance 0.5, as "
                    + "very-high-resolution pansharpened RGBN products are delivered; the highres scan profile's "
                    + "scale 1/510 reads it back); 0 = nodata";
        };
    }

    private static Map<String, Object> acquisition(Scenario s, Acquisition q) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("date", q.date().toString());
        m.put("time_utc", q.timeUtc());
        m.put("greenness", ScenarioPlanner.round(q.greenness(), 3));
        m.put("haze", q.haze());
        Map<String, Object> gain = new LinkedHashMap<>();
        Map<String, Object> offset = new LinkedHashMap<>();
        for (int k = 0; k < s.sensor().bandCount(); k++) {
            gain.put(s.sensor().bandNames().get(k), q.gain()[s.sensor().canonicalBand(k)]);
            offset.put(s.sensor().bandNames().get(k), q.offset()[s.sensor().canonicalBand(k)]);
        }
        m.put("gain", gain);
        m.put("offset_reflectance", offset);
        Map<String, Object> shift = new LinkedHashMap<>();
        shift.put("col", q.shiftCol());
        shift.put("row", q.shiftRow());
        m.put("misregistration_px", shift);
        m.put("cloud_count", q.clouds().size());
        m.put("cirrus", q.cirrus() != null);
        m.put("nodata_edge", q.nodata() != null);
        return m;
    }

    static String text(SampleRequest req, Scenario s, SampleSite site, List<PlantedFeature> truth,
                       List<FirmsDetection> firms) {
        StringBuilder b = new StringBuilder();
        SampleRecipe r = s.recipe();
        b.append("# Synthetic sample: ").append(req.out().getFileName()).append("\n\n");
        b.append("**Synthetic imagery** made by `corridorwatch samples generate` (not a real acquisition). ")
                .append(capitalise(r.description())).append(".\n\n");
        b.append("Regenerate (identical pixels) from the repository root:\n\n```\n").append(req.command())
                .append("\n```\n\n");
        b.append("| | |\n|---|---|\n");
        row(b, "sensor", s.sensor().cliName() + " (" + fmt(s.sensor().gsdM()) + " m), bands "
                + String.join(", ", s.sensor().fileBandNames()));
        row(b, "encoding", encoding(s.sensor()));
        row(b, "site", site.description() + (s.syntheticRoad() ? " (no corridor crosses it: synthetic road)" : ""));
        row(b, "grid", s.grid().width() + " x " + s.grid().height() + " px, EPSG:" + s.grid().epsg() + ", origin ("
                + fmt(s.grid().originX()) + ", " + fmt(s.grid().originY()) + ")");
        row(b, "before", describe(s, s.before()));
        row(b, "after", describe(s, s.after()));
        if (r.attackDate() != null && r.attacks() > 0) {
            row(b, "attack date", r.attackDate().toString());
        }
        b.append("\n## Planted features (truth.geojson)\n\n");
        Map<String, Integer> counts = new TreeMap<>();
        truth.forEach(f -> counts.merge(f.featureClass().geojsonName(), 1, Integer::sum));
        b.append("Counts by class: ");
        b.append(String.join(", ", counts.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).toList()));
        b.append(".\n\n| id | class | visible | key attributes |\n|---|---|---|---|\n");
        for (PlantedFeature f : truth) {
            if (f.featureClass() == FeatureClass.TRUCK || f.featureClass() == FeatureClass.WRECK
                    || f.featureClass() == FeatureClass.VILLAGE) {
                continue;
            }
            b.append("| ").append(f.id()).append(" | ").append(f.featureClass().geojsonName()).append(" | ")
                    .append(f.visible().name().toLowerCase(Locale.ROOT)).append(" | ").append(keyAttributes(f))
                    .append(" |\n");
        }
        b.append("\nIndividual wrecks (`wreck`) and intact vehicles (`truck`, with their `parent`) and villages "
                + "(`village`) are in truth.geojson too.\n\n");
        b.append("## firms.csv\n\n").append(firms.size()).append(" VIIRS-format detections (375 m pixels, positions "
                + "jittered by ≈").append((int) FirmsSynthesizer.JITTER_SIGMA_M).append(" m, at most ")
                .append((int) FirmsSynthesizer.MAX_JITTER_M).append(" m): ")
                .append(firms.stream().filter(d -> d.featureId() != null).count())
                .append(" from planted fires between the dates (count per feature in its `firms_detections`), ")
                .append(firms.stream().filter(d -> d.featureId() == null).count())
                .append(" unrelated (no planted scar; some before the before date, some up to 8 km outside the "
                        + "scene).\n");
        return b.toString();
    }

    private static String describe(Scenario s, Acquisition q) {
        StringBuilder b = new StringBuilder(q.date() + " " + q.timeUtc() + " UTC, greenness "
                + fmt(q.greenness()) + ", haze " + fmt(q.haze()));
        if (q.which() == When.AFTER) {
            b.append(", gain ").append(fmt(q.gain()[Spectrum.RED])).append(" (red), offset ")
                    .append(fmt(q.offset()[Spectrum.RED])).append(", misregistration (")
                    .append(fmt(q.shiftCol())).append(", ").append(fmt(q.shiftRow())).append(") px");
        }
        if (!q.clouds().isEmpty()) {
            b.append(", ").append(q.clouds().size()).append(" clouds");
        }
        if (q.cirrus() != null) {
            b.append(", cirrus");
        }
        if (q.nodata() != null) {
            b.append(", nodata corner");
        }
        return b.toString();
    }

    private static String keyAttributes(PlantedFeature f) {
        StringBuilder b = new StringBuilder();
        for (String k : List.of("date", "area_ha", "wreck_count", "vehicle_count", "vehicle_count_before",
                "vehicle_count_after", "length_m", "chainage_km", "location", "crosses_road", "cover_fraction",
                "cloud_fraction_after", "firms_detections")) {
            Object v = f.attributes().get(k);
            if (v != null) {
                b.append(b.length() == 0 ? "" : ", ").append(k).append(" ").append(v);
            }
        }
        return b.toString();
    }

    private static void row(StringBuilder b, String k, String v) {
        b.append("| ").append(k).append(" | ").append(v).append(" |\n");
    }

    private static String fmt(double v) {
        String s = String.format(Locale.ROOT, "%.3f", v);
        return s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
