package org.corridorwatch.nightly;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.corridorwatch.model.Tile;
import org.corridorwatch.nightly.store.SceneRecord;
import org.corridorwatch.nightly.store.TileChoiceStore;

/**
 * Chooses the before-scene of every tile of an after-scene: among the candidates (catalogued scenes of the
 * same sensor profile, strictly earlier, at most {@code maxGapDays} older, whose footprint meets the
 * after-scene's), the most recent one whose footprint reaches the tile and that leaves at most
 * {@code maxCloudFraction} of the tile unusable (cloud, cirrus, shadow or nodata, see {@link TileCover});
 * ties on the date go to the smaller id. Every choice carries its reason in words, naming the scenes
 * skipped and why. Pure: the covers come from a function, asked only for the scenes actually examined.
 */
final class TilePairing {
    /** What was measured of a candidate: its covers by tile id, or the problem that prevented measuring. */
    record Measured(Map<String, TileCover.Cover> byTile, String problem) {
    }

    private TilePairing() {
    }

    /** The candidate before-scenes of an after-scene, most recent first. */
    static List<SceneRecord> candidates(SceneRecord after, List<SceneRecord> catalog, PairingParameters p) {
        if (after.date() == null) {
            return List.of();
        }
        List<SceneRecord> out = new ArrayList<>();
        for (SceneRecord b : catalog) {
            if (b.id().equals(after.id()) || b.date() == null || !b.date().isBefore(after.date())
                    || !b.sensorProfile().equals(after.sensorProfile())
                    || ChronoUnit.DAYS.between(b.date(), after.date()) > p.maxGapDays()
                    || !b.footprint().intersects(after.footprint())) {
                continue;
            }
            out.add(b);
        }
        out.sort(Comparator.comparing(SceneRecord::date).reversed().thenComparing(SceneRecord::id));
        return out;
    }

    /**
     * The choice of every tile, in plan order.
     *
     * @param covers measures a candidate over every tile (called at most once per candidate by the caller's cache)
     */
    static List<TileChoiceStore.TileChoice> choose(SceneRecord after, List<Tile> tiles, List<SceneRecord> candidates,
                                                   Function<SceneRecord, Measured> covers, PairingParameters p) {
        List<TileChoiceStore.TileChoice> out = new ArrayList<>(tiles.size());
        for (Tile t : tiles) {
            out.add(chooseTile(after, t, candidates, covers, p));
        }
        return out;
    }

    private static TileChoiceStore.TileChoice chooseTile(SceneRecord after, Tile t, List<SceneRecord> candidates,
                                                         Function<SceneRecord, Measured> covers, PairingParameters p) {
        List<String> skipped = new ArrayList<>();
        for (SceneRecord b : candidates) {
            if (!b.footprint().relate(t.footprintWgs84(), "T********")) {  // interiors meet: touching is not reaching
                skipped.add("skipped " + b.date() + ": does not reach the tile");
                continue;
            }
            Measured m = covers.apply(b);
            TileCover.Cover c = m.byTile() == null ? null : m.byTile().get(t.id());
            if (c == null) {
                // not measurable (e.g. unreadable now): chosen as it is, so the scan reports the problem
                return new TileChoiceStore.TileChoice(t.id(), b.id(), "most recent: " + b.date() + " ("
                        + days(b, after) + "), clearness not measured: " + m.problem() + tail(skipped));
            }
            if (c.cells() == 0) {
                return new TileChoiceStore.TileChoice(t.id(), null, "the after-scene has no data over the tile");
            }
            if (c.unusable() <= p.maxCloudFraction()) {
                return new TileChoiceStore.TileChoice(t.id(), b.id(), "most recent clear: " + b.date() + " ("
                        + days(b, after) + "), " + describe(c) + " over tile" + tail(skipped));
            }
            skipped.add("skipped " + b.date() + ": " + describe(c) + " over tile");
        }
        return new TileChoiceStore.TileChoice(t.id(), null, "no clear before-scene within " + fmt(p.maxGapDays())
                + " days" + tail(skipped));
    }

    /** "3% cloud", "78% cloud", "40% nodata", "20% cloud, 35% nodata". */
    static String describe(TileCover.Cover c) {
        String cloud = pct(c.cloudFraction()) + " cloud";
        return c.nodata() == 0 ? cloud : c.cloud() == 0 ? pct(c.nodataFraction()) + " nodata"
                : cloud + ", " + pct(c.nodataFraction()) + " nodata";
    }

    private static String pct(double f) {
        return String.format(Locale.ROOT, "%.0f%%", 100 * f);
    }

    private static String days(SceneRecord before, SceneRecord after) {
        long d = ChronoUnit.DAYS.between(before.date(), after.date());
        return d + (d == 1 ? " day" : " days") + " earlier";
    }

    private static String tail(List<String> skipped) {
        return skipped.isEmpty() ? "" : "; " + String.join("; ", skipped);
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
