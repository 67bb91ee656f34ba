package org.corridorwatch.sites;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.corridorwatch.model.EvidenceComponents;
import org.corridorwatch.model.SiteFeatures;

/**
 * The burn-scar term: how much a region looks like a convoy attack's burn scar, in [0,1].
 * {@code value = strength × size fit × proximity × hug × shape}, where strength maps the mean per-pixel
 * evidence (scene-adaptive) linearly between the configured low/high values, size fit is 1 for 0.1–10 ha
 * falling in log area to 0 outside the plausible range (bush fires are far larger), proximity is 1 near
 * the corridor falling linearly to 0, hug maps the share of the area within 60 m of the road, and shape
 * is 1 for scars elongated along the road, {@code 1 - bonus} otherwise.
 */
public final class BurnTerm implements EvidenceTerm {
    private final SiteParameters p;

    public BurnTerm(SiteParameters parameters) {
        this.p = parameters;
    }

    @Override
    public String name() {
        return "burn";
    }

    @Override
    public Result evaluate(SiteFeatures s) {
        List<String> reasons = new ArrayList<>();
        double strength = ramp(s.meanEvidence(), p.strength().evidenceLow(), p.strength().evidenceHigh());
        // a strip of mixed pixels is judged on its char, not on the pixels the char is spread over
        boolean strip = s.components().mainCarrier() == EvidenceComponents.Carrier.STRIP;
        double size = sizeFit(strip ? EvidenceWords.charAreaHa(s) : s.areaHa());
        double proximity = Double.isNaN(s.distanceM()) ? 1 : 1 - ramp(s.distanceM(), p.proximity().fullM(), p.proximity().zeroM());
        double hug = Double.isNaN(s.roadFraction()) ? 1 : ramp(s.roadFraction(), p.hug().zeroFraction(), p.hug().fullFraction());
        boolean along = !Double.isNaN(s.roadAngleDeg()) && s.elongation() >= p.alongRoad().minElongation()
                && s.roadAngleDeg() <= p.alongRoad().maxAngleDeg();
        double shape = along ? 1 : 1 - p.alongRoad().bonus();

        reasons.add(String.format(Locale.ROOT, "%s burn scar, %s %.2f%s", area(s.areaHa()),
                s.swir() ? "dNBR" : "burn evidence", s.swir() ? s.meanBurn() : s.meanEvidence(),
                s.swir() ? " (" + severity(s.meanBurn()) + ")" : ""));
        if (size < 1) {
            reasons.add(s.areaHa() > p.size().maxHa()
                    ? String.format(Locale.ROOT, "larger than a convoy fire (> %.0f ha): typical of a bush fire", p.size().maxHa())
                    : String.format(Locale.ROOT, "smaller than a convoy fire (< %.1f ha)", p.size().minHa()));
        }
        if (!Double.isNaN(s.distanceM())) {
            reasons.add(s.distanceM() <= 0.5 ? "crosses the road" : String.format(Locale.ROOT, "%.0f m from the road", s.distanceM()));
            if (proximity < 1) {
                reasons.add(proximity == 0 ? "too far from the road for a convoy attack" : "some distance from the road");
            } else if (hug >= 1) {
                reasons.add(String.format(Locale.ROOT, "hugs the road (%.0f%% of its area within %.0f m)",
                        100 * s.roadFraction(), SiteFeatures.HUG_M));
            } else {
                reasons.add(String.format(Locale.ROOT, "only %.0f%% of its area within %.0f m of the road",
                        100 * s.roadFraction(), SiteFeatures.HUG_M));
            }
        }
        if (along) {
            reasons.add(String.format(Locale.ROOT, "elongated along the road (%.1f:1, %.0f° off its axis)",
                    s.elongation(), s.roadAngleDeg()));
        }
        String carried = EvidenceWords.carried(s);
        if (carried != null) {
            reasons.add(carried);
        }
        if (s.darkness() >= 0.5 && s.components().mainCarrier() != EvidenceComponents.Carrier.DARKENING) {
            // (a site the darkening carried already says "charred: N % darker in every band")
            reasons.add("charred: dark in every band after the event");
        }
        if (strength < 0.5) {
            reasons.add(String.format(Locale.ROOT, "weak change for this scene (mean evidence %.2f of 1)", s.meanEvidence()));
        }
        return new Result(name(), clamp(strength * size * proximity * hug * shape), reasons, EvidenceWords.details(s));
    }

    /** 1 inside [minHa, maxHa], linear in log(area) down to 0 at zeroBelowHa and zeroAboveHa. */
    double sizeFit(double ha) {
        SiteParameters.Size z = p.size();
        if (ha <= z.zeroBelowHa() || ha >= z.zeroAboveHa()) {
            return 0;
        }
        if (ha < z.minHa()) {
            return Math.log(ha / z.zeroBelowHa()) / Math.log(z.minHa() / z.zeroBelowHa());
        }
        if (ha > z.maxHa()) {
            return Math.log(z.zeroAboveHa() / ha) / Math.log(z.zeroAboveHa() / z.maxHa());
        }
        return 1;
    }

    static double ramp(double v, double lo, double hi) {
        return clamp((v - lo) / (hi - lo));
    }

    static double clamp(double v) {
        return Double.isNaN(v) ? 0 : Math.max(0, Math.min(1, v));
    }

    private static String area(double ha) {
        return ha >= 1 ? String.format(Locale.ROOT, "%.1f ha", ha) : String.format(Locale.ROOT, "%.0f m²", ha * 10_000);
    }

    /** USGS dNBR severity class. */
    static String severity(double dnbr) {
        if (dnbr < 0.1) {
            return "unburned";
        } else if (dnbr < 0.27) {
            return "low severity";
        } else if (dnbr < 0.44) {
            return "moderate-low severity";
        } else if (dnbr < 0.66) {
            return "moderate-high severity";
        }
        return "high severity";
    }
}
