package org.corridorwatch.change.vehicles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Faint wrecks on char at 3 m: found by the pass whose thresholds come from the char, only on the char. */
class WrecksOnCharTest {
    private static final double GSD = 3.0;
    private static final float CHAR = 45f;

    /** 600 x 120 m: road at y = 60, char over x 100..460 m; 12 wrecks 15 units (a third) darker than the char. */
    private static SyntheticScene scene() {
        SyntheticScene s = new SyntheticScene(600, 120, GSD, 1.0, 7).road(60, 10);
        s.rect(280, 60, 360, 40, 0, CHAR - SyntheticScene.ROAD);
        for (int i = 0; i < 12; i++) {
            s.vehicle(130 + 25 * i, 61.5, 14, 2.5, 0, CHAR - 15, CHAR);
        }
        // the road strip off the char is busy: bright trucks and dark trees raise its thresholds
        for (int i = 0; i < 8; i++) {
            s.vehicle(20 + 9 * i, 52, 14, 2.5, 0, SyntheticScene.TRUCK, SyntheticScene.SOIL);
            s.vehicle(490 + 12 * i, 70, 6, 6, 0, 20f, SyntheticScene.SOIL);
        }
        return s;
    }

    /** On one of the 12 wrecks of {@link #scene()}: on their row, within 9 m of one's centre along the road. */
    private static boolean onAWreck(VehicleObject o) {
        double x = (o.col() + 0.5) * GSD;
        double k = Math.rint((x - 130) / 25);
        return Math.abs((o.row() + 0.5) * GSD - 61.5) <= GSD && k >= 0 && k <= 11 && Math.abs(x - 130 - 25 * k) <= 9;
    }

    private static boolean[] charMask(SyntheticScene s) {
        boolean[] m = new boolean[s.lum.length];
        for (int r = 0; r < s.height; r++) {
            for (int c = 0; c < s.width; c++) {
                double x = (c + 0.5) * GSD;
                double y = (r + 0.5) * GSD;
                m[r * s.width + c] = x >= 103 && x <= 457 && Math.abs(y - 60) <= 18;
            }
        }
        return m;
    }

    @Test
    void faintWrecksOnCharAreFoundOnTheCharOnly() {
        SyntheticScene s = scene();
        List<VehicleObject> found = WrecksOnChar.detect(s.lum, s.width, s.height, GSD, charMask(s),
                VehicleDetectionParameters.DEFAULT, WrecksOnChar.Parameters.DEFAULTS);
        // the road strip's own pass (its thresholds set by the trucks and trees) finds fewer of them
        long main = VehicleDetector.detect(s.lum, s.width, s.height, GSD, s.band(60, 20), VehicleDetectionParameters.DEFAULT)
                .stream().filter(o -> o.polarity() == Polarity.DARK && (o.col() + 0.5) * GSD > 100 && (o.col() + 0.5) * GSD < 460)
                .count();
        long onWrecks = found.stream().filter(o -> onAWreck(o)).count();
        long squareOnWrecks = WrecksOnChar.detect(s.lum, s.width, s.height, GSD, charMask(s),
                VehicleDetectionParameters.DEFAULT, WrecksOnChar.Parameters.DEFAULTS.withLineClosingM(0))
                .stream().filter(o -> onAWreck(o)).count();
        // 7 of the 12 wrecks against the line closing, 6 against the square; the line closing also takes 11 specks of
        // this char's noise (2-3 px) for objects, where the square took none: the cost of the lower response of plain
        // char (measured on the generated scenes in docs/vehicles.md, 16y)
        assertTrue(onWrecks >= 6 && onWrecks >= squareOnWrecks, "on wrecks " + onWrecks + " vs square " + squareOnWrecks);
        assertTrue(found.size() <= 20, "found " + found.size() + ": " + found);
        assertTrue(main < onWrecks, "road strip pass " + main + " vs char pass " + onWrecks);
        for (VehicleObject o : found) {
            assertEquals(Polarity.DARK, o.polarity());
            double x = (o.col() + 0.5) * GSD;
            assertTrue(x > 100 && x < 460, "off the char: " + o);
        }
        assertTrue(WrecksOnChar.detect(s.lum, s.width, s.height, GSD, charMask(s), VehicleDetectionParameters.DEFAULT,
                WrecksOnChar.Parameters.OFF).isEmpty(), "disabled");
    }

    /**
     * Char so smooth that the grow threshold lies inside its texture (tune seed 5443 at 3 m: black top-hat median
     * 0.0003, robust sigma 0.0004, 36 % of the char above grow): half the char's pixels a little darker (up to about
     * 0.003), twelve wrecks 5 px long 0.006-0.02 darker (15-50 sigmas), nose to tail, the pixel between two blurred
     * (a fifth of the shallower one's depth). Hysteresis joins the line into regions far too long for a vehicle, and
     * the shipped split (the main pass's: down to 0.2 of each peak, prominence 0.7) gives half of them back; grown from
     * each peak down to half of it (0.5, 0.5; not shipped: docs/vehicles.md, 16v), each wreck is its own piece, and no
     * speckle of the char passes for one.
     */
    @Test
    void wrecksOnSmoothCharAreSplitFromTheirOwnPeaks() {
        int w = 240;
        int h = 30;
        java.util.Random rnd = new java.util.Random(5443);
        float[] lum = new float[w * h];
        for (int i = 0; i < lum.length; i++) {
            lum[i] = (float) (0.06 - (rnd.nextDouble() < 0.5 ? 0.0015 * Math.abs(rnd.nextGaussian()) : 0));
        }
        double[] depth = {0.006, 0.012, 0.008, 0.02, 0.01, 0.015, 0.007, 0.018, 0.009, 0.013, 0.011, 0.016};
        for (int n = 0; n < depth.length; n++) {
            int c = 10 + 6 * n;
            for (int k = 0; k < 5; k++) {
                lum[15 * w + c + k] -= (float) depth[n];
            }
            if (n + 1 < depth.length) {
                lum[15 * w + c + 5] -= (float) (0.2 * Math.min(depth[n], depth[n + 1]));
            }
        }
        boolean[] onChar = rectangle(w, h, 3, h - 3, 3, w - 3);
        // the split as 16v measured it, against the square closing (line_closing_m 0)
        WrecksOnChar.Parameters square = WrecksOnChar.Parameters.DEFAULTS.withLineClosingM(0);
        List<VehicleObject> split = WrecksOnChar.detect(lum, w, h, GSD, onChar, VehicleDetectionParameters.DEFAULT,
                square.withSplit(0.5, 0.5));
        List<VehicleObject> before = WrecksOnChar.detect(lum, w, h, GSD, onChar, VehicleDetectionParameters.DEFAULT,
                square);
        assertEquals(12, split.size(), "wrecks split from their own peaks: " + split);
        for (VehicleObject o : split) {
            assertTrue(Math.abs(o.row() - 15) <= 1 && o.col() >= 9 && o.col() <= 81, "not on a wreck: " + o);
        }
        assertTrue(before.size() <= 8, "the main pass's split: " + before.size() + " of 12");
    }

    /**
     * A fire on bare ground at 3 m (sweep tune seeds 5346, 5347): the charred road (0.08) stays darker than the charred
     * laterite beside it (0.135) and the wrecks on it (0.03 before the sensor's blur, 5 px long, 7 px apart) are darker
     * still; a 3 x 3 binomial blur spreads each wreck over the road. Against the square closing the whole road responds
     * about as much as a wreck (5347: 0.033 against 0.045 at the wrecks; 5319 at 0.5 m: 0.067 against 0.075), wrecks
     * and road grow into one region far too long for a vehicle and none is found; against the closing by 21 m segments
     * ({@code line_closing_m}) the road does not respond and each wreck is its own object.
     */
    @Test
    void wrecksOnACharredRoadDarkerThanTheGroundBesideIt() {
        int w = 200;
        int h = 40;
        java.util.Random rnd = new java.util.Random(5347);
        float[] lum = new float[w * h];
        for (int r = 0; r < h; r++) {
            for (int c = 0; c < w; c++) {
                lum[r * w + c] = (float) ((Math.abs(r - 20) <= 1 ? 0.08 : 0.135) + 0.002 * rnd.nextGaussian());
            }
        }
        int wrecks = 0;
        for (int c = 20; c + 5 <= 180; c += 12) {
            for (int k = 0; k < 5; k++) {
                lum[20 * w + c + k] = (float) (0.03 + 0.002 * rnd.nextGaussian());
            }
            wrecks++;
        }
        lum = blur(lum, w, h);
        boolean[] onChar = rectangle(w, h, 8, 32, 5, w - 5);
        List<VehicleObject> line = WrecksOnChar.detect(lum, w, h, GSD, onChar, VehicleDetectionParameters.DEFAULT,
                WrecksOnChar.Parameters.DEFAULTS);
        List<VehicleObject> square = WrecksOnChar.detect(lum, w, h, GSD, onChar, VehicleDetectionParameters.DEFAULT,
                WrecksOnChar.Parameters.DEFAULTS.withLineClosingM(0));
        assertEquals(wrecks, onRoadWrecks(line), "an object on every wreck: " + line);
        assertEquals(0, onRoadWrecks(square), "against the square closing: " + onRoadWrecks(square) + " of " + wrecks);
        // specks of the char's noise (0.002) are taken too, each far fainter than any wreck
        double faintestWreck = line.stream().filter(o -> Math.abs(o.row() - 20) <= 1 && o.lengthM() >= 12)
                .mapToDouble(VehicleObject::contrast).min().orElse(0);
        for (VehicleObject o : line) {
            assertTrue(o.lengthM() >= 12 || o.contrast() < 0.5 * faintestWreck, "a speck as dark as a wreck: " + o);
        }
    }

    /** A w x h mask true on rows [r0, r1) and columns [c0, c1). */
    private static boolean[] rectangle(int w, int h, int r0, int r1, int c0, int c1) {
        boolean[] m = new boolean[w * h];
        for (int r = r0; r < r1; r++) {
            for (int c = c0; c < c1; c++) {
                m[r * w + c] = true;
            }
        }
        return m;
    }

    /** The sensor's blur: a 3 x 3 binomial kernel (1 2 1), edges clamped. */
    private static float[] blur(float[] f, int w, int h) {
        float[] out = new float[f.length];
        int[] k = {1, 2, 1};
        for (int r = 0; r < h; r++) {
            for (int c = 0; c < w; c++) {
                double sum = 0;
                for (int dr = -1; dr <= 1; dr++) {
                    for (int dc = -1; dc <= 1; dc++) {
                        int rr = Math.min(h - 1, Math.max(0, r + dr));
                        int cc = Math.min(w - 1, Math.max(0, c + dc));
                        sum += k[dr + 1] * k[dc + 1] * f[rr * w + cc];
                    }
                }
                out[r * w + c] = (float) (sum / 16);
            }
        }
        return out;
    }

    /** Wrecks of {@link #wrecksOnACharredRoadDarkerThanTheGroundBesideIt} (5 px from column 20, every 12) with an object on them. */
    private static long onRoadWrecks(List<VehicleObject> found) {
        long n = 0;
        for (int c = 20; c + 5 <= 180; c += 12) {
            int c0 = c;
            if (found.stream().anyMatch(o -> Math.abs(o.row() - 20) <= 1 && Math.abs(o.col() - (c0 + 2)) <= 2)) {
                n++;
            }
        }
        return n;
    }

    /** A burnt sliver one pixel wide (a road edge moved by misregistration) has no core; a scar keeps its inside. */
    @Test
    void coreDropsSliversAndTheRimOfAScar() {
        int w = 20;
        int h = 12;
        boolean[] burnt = new boolean[w * h];
        for (int c = 0; c < w; c++) {
            burnt[1 * w + c] = true; // sliver along row 1
        }
        for (int r = 4; r < 10; r++) {
            for (int c = 5; c < 15; c++) {
                burnt[r * w + c] = true; // scar rows 4..9, cols 5..14
            }
        }
        boolean[] core = WrecksOnChar.core(burnt, w, h, 1);
        int n = 0;
        for (int i = 0; i < core.length; i++) {
            if (core[i]) {
                n++;
                int r = i / w;
                int c = i % w;
                assertTrue(r >= 5 && r <= 8 && c >= 6 && c <= 13, "core pixel outside the scar's inside: " + r + "," + c);
            }
        }
        assertEquals(4 * 8, n);
        assertEquals(java.util.Arrays.toString(burnt), java.util.Arrays.toString(WrecksOnChar.core(burnt, w, h, 0)));
    }

    /**
     * Wrecks on a narrow scar next to a road whose edge moved by a pixel: burnt slivers along the road edge (strongly
     * responding asphalt) inflate the char's spread when they count as char, and the faint wrecks are lost; the core
     * of the burnt pixels finds them.
     */
    @Test
    void sliversAlongTheRoadDoNotHideTheWrecks() {
        SyntheticScene s = new SyntheticScene(1500, 120, GSD, 1.0, 11).road(60, 10);
        s.rect(200, 60, 180, 24, 0, CHAR - SyntheticScene.SOIL); // char over soil and road...
        s.rect(200, 60, 180, 10, 0, SyntheticScene.SOIL - SyntheticScene.ROAD); // ... the road as dark as the rest
        // dark strips along both edges of the road beyond the scar, one pixel wide, that the burn regions took in
        s.rect(900, 52.5, 1200, GSD, 0, -50);
        s.rect(900, 67.5, 1200, GSD, 0, -50);
        for (int i = 0; i < 7; i++) {
            s.vehicle(125 + 25 * i, 61.5, 14, 2.5, 0, CHAR - 12, CHAR);
        }
        boolean[] burnt = new boolean[s.lum.length];
        for (int r = 0; r < s.height; r++) {
            for (int c = 0; c < s.width; c++) {
                double x = (c + 0.5) * GSD;
                double y = (r + 0.5) * GSD;
                boolean scar = x >= 113 && x <= 287 && Math.abs(y - 60) <= 11;
                boolean sliver = x > 300 && (Math.abs(y - 52.5) < 1 || Math.abs(y - 67.5) < 1);
                burnt[r * s.width + c] = scar || sliver;
            }
        }
        boolean[] road = s.band(60, 20);
        boolean[] all = new boolean[burnt.length];
        boolean[] core = WrecksOnChar.core(burnt, s.width, s.height, 1);
        for (int i = 0; i < all.length; i++) {
            all[i] = burnt[i] && road[i];
            core[i] &= road[i];
        }
        // against the square closing (line_closing_m 0, as when edge_px was chosen) the slivers hide the wrecks
        WrecksOnChar.Parameters square = WrecksOnChar.Parameters.DEFAULTS.withLineClosingM(0);
        long onScarAll = onScar(WrecksOnChar.detect(s.lum, s.width, s.height, GSD, all, VehicleDetectionParameters.DEFAULT,
                square));
        long onScarCore = onScar(WrecksOnChar.detect(s.lum, s.width, s.height, GSD, core, VehicleDetectionParameters.DEFAULT,
                square));
        assertTrue(onScarCore >= 4, "core: " + onScarCore + " of 7 wrecks");
        assertTrue(onScarCore > onScarAll, "core " + onScarCore + " vs every burnt pixel " + onScarAll);
        // with the shipped line closing the core still finds them
        long onScarLine = onScar(WrecksOnChar.detect(s.lum, s.width, s.height, GSD, core, VehicleDetectionParameters.DEFAULT,
                WrecksOnChar.Parameters.DEFAULTS));
        assertTrue(onScarLine >= onScarCore, "core, line closing: " + onScarLine + " of 7 wrecks");
    }

    private static long onScar(List<VehicleObject> found) {
        return found.stream().filter(o -> (o.col() + 0.5) * GSD > 110 && (o.col() + 0.5) * GSD < 290).count();
    }

    @Test
    void mergeKeepsOnlyObjectsTheMainPassDidNotFind() {
        VehicleObject a = new VehicleObject(10, 10, 14, 2.5, 90, Polarity.DARK, 5, 5, 5);
        VehicleObject near = new VehicleObject(11, 10, 14, 2.5, 90, Polarity.DARK, 3, 3, 5);
        VehicleObject far = new VehicleObject(20, 10, 14, 2.5, 90, Polarity.DARK, 3, 3, 5);
        List<VehicleObject> m = WrecksOnChar.merge(List.of(a), List.of(near, far), GSD, 4.5);
        assertEquals(List.of(a, far), m);
    }

    @Test
    void wrecksBurntSideBySideAreNotHiddenByTheCharBetweenThem() {
        // 0.5 m: a 300 x 60 m field of char on the road, six pairs of wrecks side by side (centres 7 m apart across
        // the road, 4.5 m of char between them), a third darker than the char
        double gsd = 0.5;
        SyntheticScene s = new SyntheticScene(300, 60, gsd, 1.0, 11);
        s.rect(150, 30, 300, 60, 0, CHAR - SyntheticScene.SOIL);
        List<VehicleObject> main = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            double x = 40 + 40 * i;
            s.vehicle(x, 26.5, 14, 2.5, 0, CHAR - 15, CHAR);
            s.vehicle(x, 33.5, 14, 2.5, 0, CHAR - 15, CHAR);
            // the strip of char between the two is brighter than both: on the generated scenes the main pass returns
            // it as a bright vehicle-sized object 3-4 m from each wreck (tune seed 5401, 0.5 m), and drops both
            // wrecks as its shadows
            main.add(new VehicleObject(x / gsd - 0.5, 30 / gsd - 0.5, 12, 3.5, 90, Polarity.BRIGHT, 0.03, 3, 160));
        }
        List<VehicleObject> extra = WrecksOnChar.detect(s.lum, s.width, s.height, gsd, s.band(30, 25),
                VehicleDetectionParameters.DEFAULT, WrecksOnChar.Parameters.DEFAULTS);
        assertEquals(12, extra.size(), "char pass: " + extra);
        List<VehicleObject> merged = WrecksOnChar.merge(main, extra, gsd, 4.5);
        assertEquals(12, merged.stream().filter(o -> o.polarity() == Polarity.DARK).count(), "after the merge: " + merged);
        assertEquals(18, merged.size());
    }
}
