package org.corridorwatch.samples;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.corridorwatch.model.ConfigException;

/**
 * What to plant in a sample pair (the "case"): dates, attacks, confounders and acquisition
 * differences. Ranges are sampled by {@link ScenarioPlanner} with the scene's seeded random. Use
 * {@link #forCase(String)} for the named presets ({@link #CASE_NAMES}); {@link #DEFAULT} is the
 * {@code default} case.
 *
 * @param attackDate          date of the planted attack(s) (between the two dates), null if none
 * @param attackHa            attack scar area range, hectares {min, max} (0.1–10)
 * @param wrecks              burnt tankers per attack {min, max} (5–80)
 * @param queueProbability    chance that an attack has a queue of stranded intact trucks behind it
 * @param queueTrucks         trucks in a queue {min, max}
 * @param bushfireHa          bush-fire scar area range, hectares
 * @param bushfireAcrossRoad  fraction of bush fires whose scar crosses the road
 * @param oldBurns            burn scars present in both images
 * @param villages            villages per 100 km² (plus one every ~6 km along the road)
 * @param cloudCover          cloud cover fraction {before, after}
 * @param haze                haze strength {before, after}, 0..1
 * @param misregistrationPx   {min, max} magnitude of the after image's displacement, pixels
 * @param gainSigma           standard deviation of the after/before gain around 1
 * @param offsetSigma         standard deviation of the after/before offset, reflectance
 * @param nodataEdge          cut one image's corner with a swath edge
 * @param keepAttacksClear    keep clouds and nodata off the attack sites
 * @param sweep               opt-in realism of the evaluation sweep ({@link SweepOptions#NONE} for the named cases)
 */
public record SampleRecipe(String name, LocalDate beforeDate, LocalDate afterDate, LocalDate attackDate, int attacks,
                           double[] attackHa, int[] wrecks, double queueProbability, int[] queueTrucks,
                           int bushfires, double[] bushfireHa, double bushfireAcrossRoad, int oldBurns,
                           int truckParks, int markets, int newBuildings, double villages,
                           double vegetationLevel, double treeDensity, double fieldDensity,
                           double[] cloudCover, boolean cirrus, double[] haze, double[] misregistrationPx,
                           double gainSigma, double offsetSigma, boolean nodataEdge, boolean keepAttacksClear,
                           String description, SweepOptions sweep) {

    /** The {@code default} case: one attack like 13 Sep 2025 with the usual confounders. */
    public static final SampleRecipe DEFAULT = new SampleRecipe("default", LocalDate.of(2025, 9, 8),
            LocalDate.of(2025, 9, 18), LocalDate.of(2025, 9, 13), 1, new double[] {0.5, 4}, new int[] {8, 25}, 0.5,
            new int[] {30, 90}, 2, new double[] {5, 60}, 0.3, 0, 1, 1, 3, 6, 0.45, 0.25, 0.3,
            new double[] {0.03, 0.08}, false, new double[] {0.05, 0.15}, new double[] {0.3, 1.5}, 0.03, 0.006,
            true, true, "one convoy attack with the usual confounders");

    /** Names accepted by {@link #forCase(String)}. */
    public static final List<String> CASE_NAMES = List.of("default", "attack-13sep", "attack-14sep-large",
            "bushfires-small-attack", "wrecks-queue", "wreck-line", "no-change", "mostly-cloudy",
            "wrecks-low-contrast");

    /** A recipe without sweep realism (every named case). */
    public SampleRecipe(String name, LocalDate beforeDate, LocalDate afterDate, LocalDate attackDate, int attacks,
                        double[] attackHa, int[] wrecks, double queueProbability, int[] queueTrucks,
                        int bushfires, double[] bushfireHa, double bushfireAcrossRoad, int oldBurns,
                        int truckParks, int markets, int newBuildings, double villages,
                        double vegetationLevel, double treeDensity, double fieldDensity,
                        double[] cloudCover, boolean cirrus, double[] haze, double[] misregistrationPx,
                        double gainSigma, double offsetSigma, boolean nodataEdge, boolean keepAttacksClear,
                        String description) {
        this(name, beforeDate, afterDate, attackDate, attacks, attackHa, wrecks, queueProbability, queueTrucks,
                bushfires, bushfireHa, bushfireAcrossRoad, oldBurns, truckParks, markets, newBuildings, villages,
                vegetationLevel, treeDensity, fieldDensity, cloudCover, cirrus, haze, misregistrationPx, gainSigma,
                offsetSigma, nodataEdge, keepAttacksClear, description, SweepOptions.NONE);
    }

    public SampleRecipe {
        sweep = sweep == null ? SweepOptions.NONE : sweep;
        attackHa = attackHa.clone();
        wrecks = wrecks.clone();
        queueTrucks = queueTrucks.clone();
        bushfireHa = bushfireHa.clone();
        cloudCover = cloudCover.clone();
        haze = haze.clone();
        misregistrationPx = misregistrationPx.clone();
        if (!afterDate.isAfter(beforeDate)) {
            throw new ConfigException("the after date " + afterDate + " is not after the before date " + beforeDate,
                    "give dates in order");
        }
        if (attacks > 0 && (attackDate == null || attackDate.isBefore(beforeDate) || attackDate.isAfter(afterDate))) {
            throw new ConfigException("attack date " + attackDate + " is not between " + beforeDate + " and "
                    + afterDate, "put the attack between the two image dates");
        }
        if (attackHa[0] < 0.1 || attackHa[1] > 10 || attackHa[0] > attackHa[1]) {
            throw new ConfigException("attack area range must lie within 0.1–10 ha", "fix attackHa");
        }
        if (wrecks[0] < 5 || wrecks[1] > 80 || wrecks[0] > wrecks[1]) {
            throw new ConfigException("wrecks per attack must lie within 5–80", "fix wrecks");
        }
    }

    /** The named preset; a {@link ConfigException} lists the names for anything else. */
    public static SampleRecipe forCase(String name) {
        if (name.startsWith(SweepOptions.PREFIX)) {
            return forSweep(name, SweepOptions.parse(name));
        }
        SampleRecipe d = DEFAULT;
        return switch (name) {
            case "default" -> d;
            case "attack-13sep" -> d.withName(name, "attack like 13 Sep 2025 between Kolokani and Didiéni "
                    + "(≈20 tankers burnt)").withAttack(1, new double[] {1.5, 3.5}, new int[] {16, 24}, 0.5);
            case "attack-14sep-large" -> d.withName(name, "large attack like 14 Sep 2025 between Kaniéra and "
                    + "Lakamané (≈40 of an 80-tanker convoy burnt) with the rest of the convoy queued")
                    .withDates(LocalDate.of(2025, 9, 9), LocalDate.of(2025, 9, 19), LocalDate.of(2025, 9, 14))
                    .withAttack(1, new double[] {5, 9}, new int[] {38, 45}, 1.0);
            case "bushfires-small-attack" -> new SampleRecipe(name, LocalDate.of(2025, 11, 28),
                    LocalDate.of(2025, 12, 13), LocalDate.of(2025, 12, 6), 1, new double[] {0.3, 0.9},
                    new int[] {15, 20}, 0.0, d.queueTrucks, 14, new double[] {8, 250}, 0.25, 5, 1, 1, 2, 6,
                    0.4, 0.35, 0.3, new double[] {0.0, 0.02}, false, new double[] {0.25, 0.35},
                    d.misregistrationPx, d.gainSigma, d.offsetSigma, true, true,
                    "dry season near Bougouni: many bush-fire scars (some across the road) and one small attack "
                    + "like 6 Dec 2025 (≥15 tankers)");
            case "wrecks-queue" -> d.withName(name, "PlanetScope-scale attack with a line of wrecks, a queue of "
                    + "intact trucks and a truck park with vehicles in both dates")
                    .withAttack(1, new double[] {0.8, 2}, new int[] {20, 30}, 1.0);
            case "wreck-line" -> d.withName(name, "small high-resolution scene: a short line of burnt tankers on a "
                    + "burn scar hugging the road and a truck park with vehicles in both dates")
                    .withAttack(1, new double[] {0.3, 0.6}, new int[] {7, 9}, 0.0)
                    .withCounts(1, 0, 0, 1, 0, 0)
                    .withAcquisition(new double[] {0, 0}, new double[] {0.05, 0.12}, new double[] {0.3, 1.5},
                            d.gainSigma, d.offsetSigma, false);
            case "no-change" -> new SampleRecipe(name, LocalDate.of(2026, 2, 10), LocalDate.of(2026, 2, 15), null, 0,
                    d.attackHa, d.wrecks, 0, d.queueTrucks, 0, d.bushfireHa, 0, 2, 1, 1, 0, 6, 0.3, 0.25, 0.3,
                    new double[] {0, 0}, false, new double[] {0.1, 0.1}, new double[] {0, 0}, 0, 0, false, true,
                    "no change at all: same season, no clouds, identical radiometry and registration; "
                    + "only independent sensor noise differs (old burn scars, villages and a truck park with the "
                    + "same vehicles are in both images)");
            case "mostly-cloudy" -> new SampleRecipe(name, d.beforeDate, d.afterDate, d.attackDate, 1, d.attackHa,
                    d.wrecks, 0.3, d.queueTrucks, 2, d.bushfireHa, 0.3, 0, 1, 0, 2, 6, d.vegetationLevel,
                    d.treeDensity, d.fieldDensity, new double[] {0.35, 0.8}, true, new double[] {0.1, 0.3},
                    d.misregistrationPx, d.gainSigma, d.offsetSigma, true, false,
                    "rainy-season pair, after image mostly cloudy (with cirrus): the attack may be hidden");
            case "wrecks-low-contrast" -> d.withName(name, "vehicles as seen on independent 3 m scenes: 16–40 burnt "
                    + "tankers only a few hundredths darker than the char around them, a queue of 60–80 intact trucks "
                    + "behind the attack and a truck park with vehicles in both dates")
                    .withAttack(1, new double[] {0.8, 3}, new int[] {16, 40}, 1.0)
                    .withQueue(new int[] {60, 80});
            default -> throw new ConfigException("unknown sample case '" + name + "'",
                    "use one of " + String.join(", ", CASE_NAMES) + ", or a sweep case sweep:key=value,...");
        };
    }

    private SampleRecipe withName(String n, String desc) {
        return new SampleRecipe(n, beforeDate, afterDate, attackDate, attacks, attackHa, wrecks, queueProbability,
                queueTrucks, bushfires, bushfireHa, bushfireAcrossRoad, oldBurns, truckParks, markets, newBuildings,
                villages, vegetationLevel, treeDensity, fieldDensity, cloudCover, cirrus, haze, misregistrationPx,
                gainSigma, offsetSigma, nodataEdge, keepAttacksClear, desc);
    }

    /** A copy with other dates. */
    public SampleRecipe withDates(LocalDate before, LocalDate after, LocalDate attack) {
        return new SampleRecipe(name, before, after, attack, attacks, attackHa, wrecks, queueProbability,
                queueTrucks, bushfires, bushfireHa, bushfireAcrossRoad, oldBurns, truckParks, markets, newBuildings,
                villages, vegetationLevel, treeDensity, fieldDensity, cloudCover, cirrus, haze, misregistrationPx,
                gainSigma, offsetSigma, nodataEdge, keepAttacksClear, description);
    }

    /** A copy with other attack parameters. */
    public SampleRecipe withAttack(int n, double[] ha, int[] wreckRange, double queueP) {
        return new SampleRecipe(name, beforeDate, afterDate, attackDate, n, ha, wreckRange, queueP,
                queueTrucks, bushfires, bushfireHa, bushfireAcrossRoad, oldBurns, truckParks, markets, newBuildings,
                villages, vegetationLevel, treeDensity, fieldDensity, cloudCover, cirrus, haze, misregistrationPx,
                gainSigma, offsetSigma, nodataEdge, keepAttacksClear, description);
    }

    /**
     * A copy with other acquisition differences and confounders (tests use this to isolate one effect).
     */
    public SampleRecipe withAcquisition(double[] clouds, double[] hazeLevels, double[] misregPx, double gainSd,
                                        double offsetSd, boolean nodata) {
        return new SampleRecipe(name, beforeDate, afterDate, attackDate, attacks, attackHa, wrecks, queueProbability,
                queueTrucks, bushfires, bushfireHa, bushfireAcrossRoad, oldBurns, truckParks, markets, newBuildings,
                villages, vegetationLevel, treeDensity, fieldDensity, clouds, false, hazeLevels, misregPx,
                gainSd, offsetSd, nodata, keepAttacksClear, description);
    }

    /** A copy with another queue size range. */
    public SampleRecipe withQueue(int[] trucks) {
        return new SampleRecipe(name, beforeDate, afterDate, attackDate, attacks, attackHa, wrecks, queueProbability,
                trucks, bushfires, bushfireHa, bushfireAcrossRoad, oldBurns, truckParks, markets, newBuildings,
                villages, vegetationLevel, treeDensity, fieldDensity, cloudCover, cirrus, haze, misregistrationPx,
                gainSigma, offsetSigma, nodataEdge, keepAttacksClear, description);
    }

    /**
     * Wrecks that differ from the char under them by only a few hundredths of reflectance (the look of burnt
     * tankers on independent 3 m scenes), instead of the default near-black wreck spectrum.
     */
    public boolean lowContrastWrecks() {
        return "wrecks-low-contrast".equals(name);
    }

    /** A copy with other counts of land-change features. */
    public SampleRecipe withCounts(int nAttacks, int nBushfires, int nOldBurns, int nTruckParks, int nMarkets,
                                   int nNewBuildings) {
        return new SampleRecipe(name, beforeDate, afterDate, attackDate, nAttacks, attackHa, wrecks,
                queueProbability, queueTrucks, nBushfires, bushfireHa, bushfireAcrossRoad, nOldBurns, nTruckParks,
                nMarkets, nNewBuildings, villages, vegetationLevel, treeDensity, fieldDensity, cloudCover, cirrus,
                haze, misregistrationPx, gainSigma, offsetSigma, nodataEdge, keepAttacksClear, description);
    }

    /** The recipe of a sweep case ({@link SweepOptions}): a o.wet() (September) or dry (December) pair, one attack. */
    static SampleRecipe forSweep(String caseName, SweepOptions o) {
        SampleRecipe d = DEFAULT;
        LocalDate before = o.wet() ? LocalDate.of(2025, 9, 8) : LocalDate.of(2025, 11, 28);
        LocalDate after = o.wet() ? LocalDate.of(2025, 9, 18) : LocalDate.of(2025, 12, 13);
        LocalDate attack = o.wet() ? LocalDate.of(2025, 9, 13) : LocalDate.of(2025, 12, 6);
        int attacks = o.attackHa() > 0 ? 1 : 0;
        double h = attacks > 0 ? o.attackHa() : 1;
        int wreckMax = (int) Math.max(6, Math.min(40, Math.round(6 + 8 * h)));
        int[] wrecks = {5, Math.max(5, wreckMax)};
        return new SampleRecipe(caseName, before, after, attacks > 0 ? attack : null, attacks,
                new double[] {h, h}, wrecks, 0.3, d.queueTrucks(), o.bushfires(), new double[] {5, 60}, 0.25, 1, 1, 0,
                1, 6, o.wet() ? 0.45 : 0.35, 0.25, 0.3, new double[] {0, o.clouds()}, false, new double[] {0.05, 0.15},
                new double[] {o.misregPx(), o.misregPx()}, o.radiometry(), o.radiometry() / 5, false, true,
                "sweep scene: " + o.summary(), o);
    }

    /** The recipe as plain values for README/truth metadata. */
    public Map<String, Object> summary() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("case", name);
        m.put("before_date", beforeDate.toString());
        m.put("after_date", afterDate.toString());
        m.put("attack_date", attackDate == null ? null : attackDate.toString());
        m.put("description", description);
        if (!sweep.isNone()) {
            m.put("sweep", sweep.values());
        }
        return m;
    }
}
