package org.corridorwatch.samples;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.corridorwatch.model.ConfigException;

/**
 * Opt-in realism for the evaluation sweep, given as a case string
 * {@code sweep:ground=laterite,season=dry,ha=0.5,bushfires=3,clouds=0.2,misreg=0.8,radiometry=0.05,lookalikes=resurfacing+flood}
 * (every key optional). The committed cases never carry it ({@link #NONE}), so their pixels do not change.
 *
 * @param ground     ground under the attack (null = the generator's classic char on whatever ground is there)
 * @param wet        wet season (September pair) or dry season (December pair)
 * @param attackHa   attack scar area, hectares (0 = no attack)
 * @param bushfires  bush fires between the dates
 * @param clouds     cloud cover of the after date (attacks kept clear)
 * @param misregPx   misregistration of the after date, pixels
 * @param radiometry standard deviation of the after date's gain (offset sigma is a fifth of it, reflectance)
 * @param lookAlikes look-alikes to plant near the road
 */
public record SweepOptions(FireGround ground, boolean wet, double attackHa, int bushfires, double clouds,
                           double misregPx, double radiometry, List<LookAlike> lookAlikes) {
    /** No sweep realism: the committed cases. */
    public static final SweepOptions NONE = new SweepOptions(null, true, 0, 0, 0, 0, 0, List.of());
    /** Prefix of sweep case strings. */
    public static final String PREFIX = "sweep:";

    public SweepOptions {
        lookAlikes = List.copyOf(lookAlikes);
    }

    /** True for the committed cases (nothing to add). */
    public boolean isNone() {
        return this.equals(NONE);
    }

    /** Parses {@code sweep:key=value,...}; a {@link ConfigException} names a bad key or value. */
    public static SweepOptions parse(String caseName) {
        FireGround ground = FireGround.LATERITE;
        boolean wet = true;
        double ha = 1;
        int bushfires = 0;
        double clouds = 0;
        double misreg = 0.3;
        double radiometry = 0.03;
        List<LookAlike> looks = new ArrayList<>();
        String body = caseName.substring(PREFIX.length());
        for (String kv : body.isBlank() ? new String[0] : body.split(",")) {
            String[] p = kv.split("=", 2);
            if (p.length != 2) {
                throw bad(caseName, "'" + kv + "' is not key=value");
            }
            String k = p[0].trim().toLowerCase(Locale.ROOT);
            String v = p[1].trim().toLowerCase(Locale.ROOT);
            try {
                switch (k) {
                    case "ground" -> {
                        ground = FireGround.of(v);
                        if (ground == null) {
                            throw bad(caseName, "unknown ground '" + v + "'");
                        }
                    }
                    case "season" -> {
                        if (!v.equals("wet") && !v.equals("dry")) {
                            throw bad(caseName, "season is wet or dry");
                        }
                        wet = v.equals("wet");
                    }
                    case "ha" -> ha = range(caseName, k, Double.parseDouble(v), 0, 10);
                    case "bushfires" -> bushfires = (int) range(caseName, k, Integer.parseInt(v), 0, 30);
                    case "clouds" -> clouds = range(caseName, k, Double.parseDouble(v), 0, 0.9);
                    case "misreg" -> misreg = range(caseName, k, Double.parseDouble(v), 0, 3);
                    case "radiometry" -> radiometry = range(caseName, k, Double.parseDouble(v), 0, 0.3);
                    case "lookalikes" -> {
                        for (String l : v.split("\\+")) {
                            if (l.isBlank() || l.equals("none")) {
                                continue;
                            }
                            LookAlike la = LookAlike.of(l);
                            if (la == null) {
                                throw bad(caseName, "unknown look-alike '" + l + "'");
                            }
                            looks.add(la);
                        }
                    }
                    default -> throw bad(caseName, "unknown key '" + k + "'");
                }
            } catch (NumberFormatException e) {
                throw bad(caseName, "'" + v + "' is not a number for " + k);
            }
        }
        if (ha > 0 && ha < 0.1) {
            throw bad(caseName, "ha is 0 (no attack) or 0.1–10");
        }
        return new SweepOptions(ground, wet, ha, bushfires, clouds, misreg, radiometry, looks);
    }

    private static double range(String c, String k, double v, double lo, double hi) {
        if (!(v >= lo && v <= hi)) {
            throw bad(c, k + " must lie within " + lo + "–" + hi + ": " + v);
        }
        return v;
    }

    private static ConfigException bad(String c, String why) {
        return new ConfigException("bad sweep case '" + c + "': " + why,
                "use sweep:ground=asphalt|laterite|sand|dry-grass|green-verge|woodland,season=wet|dry,ha=0.2..5,"
                        + "bushfires=N,clouds=0..0.9,misreg=PX,radiometry=SIGMA,lookalikes=A+B (cloud-shadow, "
                        + "resurfacing, wet-soil, flood, building-shadow, harvest, dried-vegetation)");
    }

    /** The options as plain values (README, truth metadata). */
    public Map<String, Object> values() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ground", ground == null ? null : ground.label());
        m.put("season", wet ? "wet" : "dry");
        m.put("attack_ha", attackHa);
        m.put("bushfires", bushfires);
        m.put("clouds", clouds);
        m.put("misregistration_px", misregPx);
        m.put("radiometry_sigma", radiometry);
        m.put("lookalikes", lookAlikes.stream().map(LookAlike::label).toList());
        return m;
    }

    /** The options in one line. */
    public String summary() {
        return values().toString();
    }
}
