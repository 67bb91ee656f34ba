package org.corridorwatch.sites;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.corridorwatch.firms.Hotspot;
import org.corridorwatch.firms.HotspotIndex;
import org.corridorwatch.firms.Instrument;
import org.locationtech.jts.geom.Geometry;

/**
 * Finds the FIRMS detections that speak for a site and weighs them. A detection counts when it was
 * acquired between the before and after dates (UTC, inclusive, widened by {@code date_slack_days}) and its
 * pixel centre lies within the instrument's search distance D of the site's outline. Its weight is
 * {@code confidence × w(d)}, where w is 1 up to half the nominal pixel (375 m VIIRS, 1 km MODIS: the fire
 * may be anywhere in the pixel, so closer than that says nothing more) and falls linearly to 0 at D
 * (a detection with no confidence counts as nominal, 0.6). The value is {@code 1 − exp(−Σ weight)}:
 * one nominal VIIRS detection on the scar gives 0.45, three give 0.83, one low-confidence 0.26.
 * Thread-safe.
 */
public final class FirmsMatcher {
    /** Confidence assumed for a detection whose file has none (VIIRS "nominal"). */
    public static final double UNKNOWN_CONFIDENCE = 0.6;

    private final HotspotIndex index;
    private final SiteParameters.Firms params;
    private final LocalDate from;
    private final LocalDate to;

    /**
     * @param before UTC date of the before scene; null when unknown (no lower bound)
     * @param after  UTC date of the after scene; null when unknown (no upper bound)
     */
    public FirmsMatcher(HotspotIndex index, SiteParameters.Firms params, LocalDate before, LocalDate after) {
        this.index = index;
        this.params = params;
        this.from = before == null ? null : before.minusDays(params.dateSlackDays());
        this.to = after == null ? null : after.plusDays(params.dateSlackDays());
    }

    /** Search distance for an instrument, metres. */
    public double searchDistanceM(Instrument i) {
        return i == Instrument.VIIRS ? params.viirsDistanceM() : params.modisDistanceM();
    }

    /** The evidence for a site whose outline is {@code siteWgs84}. */
    public FirmsEvidence match(Geometry siteWgs84) {
        double reach = Math.max(params.viirsDistanceM(), params.modisDistanceM());
        List<HotspotIndex.Match> near = new ArrayList<>();
        for (HotspotIndex.Match m : index.near(siteWgs84, reach, from, to)) {
            if (m.distanceM() <= searchDistanceM(m.hotspot().instrument())) {
                near.add(m);
            }
        }
        if (near.isEmpty()) {
            return new FirmsEvidence(0, Double.NaN, null, null, 0, List.of(String.format(Locale.ROOT,
                    "no FIRMS fire detection within %.0f m (VIIRS) or %.0f m (MODIS) %s",
                    params.viirsDistanceM(), params.modisDistanceM(), window())));
        }
        double sum = 0;
        LocalDate min = null;
        LocalDate max = null;
        Map<Instrument, List<HotspotIndex.Match>> byInstrument = new EnumMap<>(Instrument.class);
        for (HotspotIndex.Match m : near) {
            Hotspot h = m.hotspot();
            double c = Double.isNaN(h.confidence()) ? UNKNOWN_CONFIDENCE : h.confidence();
            sum += c * weight(m.distanceM(), h.pixelM() / 2, searchDistanceM(h.instrument()));
            LocalDate d = h.date();
            min = min == null || d.isBefore(min) ? d : min;
            max = max == null || d.isAfter(max) ? d : max;
            byInstrument.computeIfAbsent(h.instrument(), k -> new ArrayList<>()).add(m);
        }
        List<String> reasons = new ArrayList<>();
        byInstrument.forEach((i, ms) -> reasons.add(reason(i, ms)));
        return new FirmsEvidence(near.size(), near.get(0).distanceM(), min, max, clamp(1 - Math.exp(-sum)), reasons);
    }

    private String window() {
        if (from == null && to == null) {
            return "at any date";
        }
        return from == null ? "up to " + to : to == null ? "from " + from : "between " + from + " and " + to;
    }

    /** 1 up to {@code plateauM}, linear to 0 at {@code searchM} (or 1 − d/searchM when the plateau reaches it). */
    static double weight(double d, double plateauM, double searchM) {
        if (d >= searchM) {
            return 0;
        }
        if (plateauM >= searchM) {
            return 1 - d / searchM;
        }
        return d <= plateauM ? 1 : (searchM - d) / (searchM - plateauM);
    }

    /** "3 VIIRS detections on 2025-09-14, nearest 210 m" (matches nearest first). */
    static String reason(Instrument i, List<HotspotIndex.Match> ms) {
        LocalDate min = ms.stream().map(m -> m.hotspot().date()).min(LocalDate::compareTo).orElseThrow();
        LocalDate max = ms.stream().map(m -> m.hotspot().date()).max(LocalDate::compareTo).orElseThrow();
        long high = ms.stream().filter(m -> m.hotspot().confidence() >= 0.8).count();
        double nearest = ms.get(0).distanceM();
        String when = min.equals(max) ? "on " + min : "from " + min + " to " + max;
        return String.format(Locale.ROOT, "%d %s detection%s %s%s, %s", ms.size(), i.name(), ms.size() == 1 ? "" : "s",
                when, high == 0 ? "" : " (" + high + " high-confidence)",
                nearest < 0.5 ? (ms.size() == 1 ? "on the scar" : "nearest on the scar")
                        : String.format(Locale.ROOT, ms.size() == 1 ? "%.0f m away" : "nearest %.0f m", nearest));
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }
}
