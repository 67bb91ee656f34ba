package org.corridorwatch.ops;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Chooses the before-scene of an after-scene: among the catalogued scenes of the same sensor profile,
 * strictly earlier, at most {@code maxGapDays} older, whose footprint covers at least
 * {@code minOverlapFraction} of the after-scene's, and whose cloud fraction over the corridors is at
 * most {@code maxCloudFraction}, the most recent (ties: the clearer, then the smaller id). Pure: no I/O.
 * Footprints are WGS84; the overlap share is measured in degrees² (adequate for neighbouring footprints).
 */
public final class ScenePairing {

    /** The decision for one after-scene: the chosen before-scene (null = none) and why, in words. */
    public record Choice(SceneRecord after, SceneRecord before, String why) {
        public boolean paired() {
            return before != null;
        }
    }

    private ScenePairing() {
    }

    public static Choice choose(SceneRecord after, List<SceneRecord> catalog, PairingParameters p) {
        if (after.date() == null) {
            return new Choice(after, null, "no acquisition date (neither in the metadata nor in the file name)");
        }
        if (!after.onCorridor()) {
            return new Choice(after, null, "does not reach any selected corridor");
        }
        List<String> skipped = new ArrayList<>();
        int tooOld = 0;
        List<SceneRecord> eligible = new ArrayList<>();
        double afterArea = after.footprint().getArea();
        for (SceneRecord b : catalog) {
            if (b.id().equals(after.id()) || b.date() == null || !b.date().isBefore(after.date())) {
                continue;
            }
            long gap = ChronoUnit.DAYS.between(b.date(), after.date());
            String name = b.label();
            if (!b.sensorProfile().equals(after.sensorProfile())) {
                skipped.add(name + " (sensor " + b.sensorProfile() + ")");
            } else if (gap > p.maxGapDays()) {
                tooOld++;
            } else if (overlap(after, b, afterArea) < p.minOverlapFraction()) {
                skipped.add(name + String.format(Locale.ROOT, " (covers %.0f%% of the after footprint < %.0f%%)",
                        100 * overlap(after, b, afterArea), 100 * p.minOverlapFraction()));
            } else if (!b.onCorridor() || b.cloudFraction() > p.maxCloudFraction()) {
                skipped.add(name + (b.onCorridor() ? String.format(Locale.ROOT, " (%.0f%% cloud > %.0f%%)",
                        100 * b.cloudFraction(), 100 * p.maxCloudFraction()) : " (off the corridors)"));
            } else {
                eligible.add(b);
            }
        }
        eligible.sort(Comparator.comparing(SceneRecord::date).reversed()
                .thenComparingDouble(SceneRecord::cloudFraction).thenComparing(SceneRecord::id));
        if (tooOld > 0) {
            skipped.add(tooOld + " more than " + fmt(p.maxGapDays()) + " days earlier");
        }
        String skippedText = skipped.isEmpty() ? "" : "; skipped: " + String.join(", ", skipped);
        if (eligible.isEmpty()) {
            return new Choice(after, null, "no earlier " + after.sensorProfile() + " scene within "
                    + fmt(p.maxGapDays()) + " days that is clear enough and overlaps it" + skippedText);
        }
        SceneRecord b = eligible.get(0);
        String why = String.format(Locale.ROOT, "most recent earlier %s scene (%d days before) covering %.0f%% of the "
                        + "after footprint with %.0f%% cloud over the corridors (max %.0f%%)", b.sensorProfile(),
                ChronoUnit.DAYS.between(b.date(), after.date()), 100 * overlap(after, b, afterArea),
                100 * b.cloudFraction(), 100 * p.maxCloudFraction());
        return new Choice(after, b, why + skippedText);
    }

    private static double overlap(SceneRecord after, SceneRecord before, double afterArea) {
        if (afterArea <= 0) {
            return 0;
        }
        return Math.min(1, after.footprint().intersection(before.footprint()).getArea() / afterArea);
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
