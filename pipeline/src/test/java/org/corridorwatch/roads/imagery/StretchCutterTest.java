package org.corridorwatch.roads.imagery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class StretchCutterTest {
    private static final int W = 200;
    private static final int H = 40;
    private static final StretchCutter CUTTER = new StretchCutter(ImageryRoadParameters.DEFAULT);

    @Test
    void aLastVertexWithAReasonOfItsOwnMakesNoStretchOfOnePoint() {
        // the path's last vertex refused alone: it is the joint the accepted stretch before already ends on
        int m = 12;
        double[] cols = new double[m];
        double[] rows = new double[m];
        boolean[] ok = new boolean[m];
        String[] why = new String[m];
        for (int k = 0; k < m; k++) {
            cols[k] = k;
            ok[k] = k < m - 1;
            why[k] = ok[k] ? "" : "weak support";
        }
        List<TracedRoad.Stretch> st = StretchCutter.stretches(cols, rows, ok, why, new double[m], new double[m],
                new double[m]);
        assertEquals(1, st.size());
        assertEquals(m, st.get(0).cols().length, "the accepted stretch ends on the last vertex");
        for (TracedRoad.Stretch s : st) {
            assertTrue(s.cols().length >= 2, "a stretch of one point cannot be drawn");
        }
    }

    @Test
    void tortuosityIsOneOnAStraightPathAndHighOnAZigzag() {
        int m = 60;
        double[] c = new double[m];
        double[] r = new double[m];
        double[] zc = new double[m];
        double[] zr = new double[m];
        for (int k = 0; k < m; k++) {
            c[k] = k;
            r[k] = 0.5 * k;
            zc[k] = k;
            zr[k] = (k / 5) % 2 == 0 ? k % 5 : 5 - k % 5; // steps of 5 cells up and down
        }
        assertEquals(1.0, StretchCutter.tortuosity(c, r, 30)[30], 1e-9);
        assertTrue(StretchCutter.tortuosity(zc, zr, 30)[30] > ImageryRoadParameters.DEFAULT.maxTortuosity());
    }

    @Test
    void aStraightSupportedPathIsOneAcceptedStretchWithItsMedianOffset() {
        int[] path = straight(20);
        float[] z = new float[W * H];
        Arrays.fill(z, 20 * W, 21 * W, 10f);
        float[] dist = new float[W * H];
        Arrays.fill(dist, 3f);
        TracedRoad road = CUTTER.cut(path, W, z, null, dist, 20, null, null);
        assertEquals(1, road.stretches().size());
        TracedRoad.Stretch s = road.stretches().get(0);
        assertTrue(s.accepted());
        assertEquals(60, s.medianOffsetM(), 1e-6);
        assertEquals(W, s.cols().length);
    }

    @Test
    void aCloudedRunIsRefusedAsCloudAndTheStretchesShareTheirJoints() {
        int[] path = straight(20);
        float[] z = roadOnRow20();
        boolean[] cloud = cloudOnRow20(90, 110);
        TracedRoad road = CUTTER.cut(path, W, z, cloud, new float[W * H], 20, null, null);
        List<TracedRoad.Stretch> st = road.stretches();
        assertEquals(3, st.size(), st.stream().map(TracedRoad.Stretch::reason).toList().toString());
        assertTrue(st.get(0).accepted() && st.get(2).accepted());
        assertFalse(st.get(1).accepted());
        assertEquals("cloud", st.get(1).reason());
        double[] first = st.get(0).cols();
        assertEquals(first[first.length - 1], st.get(1).cols()[0], 1e-9);
    }

    @Test
    void aCloudedRunIsRefusedOnlyWithinTheCloudMarginOfTheCloud() {
        // 20 cloud cells (400 m) on a supported straight road of 20 m cells: refused for cloud from 100 m (5 cells)
        // before to 100 m after; the window rule (cloud_margin_m 0) refused the clear road up to ~180 m either side
        int[] path = straight(20);
        float[] z = roadOnRow20();
        boolean[] cloud = cloudOnRow20(90, 110);
        TracedRoad.Stretch margin = CUTTER.cut(path, W, z, cloud, new float[W * H], 20, null, null).stretches().get(1);
        assertEquals("cloud", margin.reason());
        assertTrue(margin.cols()[0] >= 84 && margin.cols()[margin.cols().length - 1] <= 117,
                margin.cols()[0] + " .. " + margin.cols()[margin.cols().length - 1]);
        TracedRoad.Stretch wide = new StretchCutter(withCloudMargin(0)).cut(path, W, z, cloud, new float[W * H], 20,
                null, null).stretches().get(1);
        assertEquals("cloud", wide.reason());
        assertTrue(wide.cols()[0] < 84 && wide.cols()[wide.cols().length - 1] > 117,
                wide.cols()[0] + " .. " + wide.cols()[wide.cols().length - 1]);
    }

    @Test
    void theClearRoadThreeCellsFromACloudIsAccepted() {
        // cloud_margin_m 30 (40 until issue 15s): the clear road 60-80 m (3-4 cells) before and after a cloud is
        // judged on its own support and accepted; the margin of 100 m refused it for cloud (tune seeds 8500-8511:
        // 2.7 km of the clear road so refused, docs/road-sweep.md)
        int[] path = straight(20);
        TracedRoad road = CUTTER.cut(path, W, roadOnRow20(), cloudOnRow20(90, 110), new float[W * H], 20, null, null);
        for (double col : new double[] {86.5, 113.5}) {
            TracedRoad.Stretch at = road.stretches().stream().filter(s -> s.cols()[0] < col
                    && s.cols()[s.cols().length - 1] > col).findFirst().orElseThrow();
            assertTrue(at.accepted(), "column " + col + ": " + at.reason());
        }
    }

    @Test
    void withACloudMarginTheLocalCloudTestIsTheVertexsOwnCell() {
        // cloud_margin_m 30 (the default, one 20 m cell straight or diagonal): the road is refused for cloud from the
        // cell before the cloud (column 89) to the cell after it (110); the local window's cloud test (no cloud within
        // 2 cells) refused 88-111 whatever the margin (issue 15s: ~0.1 km of clear road refused beside each cloud
        // crossing on the tune seeds)
        int[] path = straight(20);
        TracedRoad road = CUTTER.cut(path, W, roadOnRow20(), cloudOnRow20(90, 110), new float[W * H], 20, null, null);
        List<TracedRoad.Stretch> st = road.stretches();
        assertEquals(3, st.size(), st.stream().map(TracedRoad.Stretch::reason).toList().toString());
        TracedRoad.Stretch cloud = st.get(1);
        assertEquals("cloud", cloud.reason());
        assertEquals(89.5, cloud.cols()[0], 1e-9);
        assertEquals(111.5, cloud.cols()[cloud.cols().length - 1], 1e-9); // the joint with the accepted road after
        assertTrue(st.get(0).accepted() && st.get(2).accepted());
    }

    @Test
    void theClearRoadBetweenTwoCloudsIsAcceptedThoughShorterThanTheStretch() {
        // two clouds of 200 m with 420 m of clear supported road between them (columns 70-91): shorter than stretch_m
        // (600 m), accepted as at least cloud_gap_min_m (200 m); the clouds themselves stay refused for cloud
        int[] path = straight(20);
        boolean[] cloud = cloudOnRow20(60, 70);
        Arrays.fill(cloud, 20 * W + 91, 20 * W + 101, true);
        TracedRoad road = CUTTER.cut(path, W, roadOnRow20(), cloud, new float[W * H], 20, null, null);
        TracedRoad.Stretch gap = road.stretches().stream().filter(s -> s.cols()[0] < 80.5
                && s.cols()[s.cols().length - 1] > 80.5).findFirst().orElseThrow();
        assertTrue(gap.accepted(), gap.reason());
        assertTrue(gap.cols()[0] >= 71 && gap.cols()[gap.cols().length - 1] <= 91,
                gap.cols()[0] + " .. " + gap.cols()[gap.cols().length - 1]);
        for (double col : new double[] {65.5, 95.5}) {
            TracedRoad.Stretch at = road.stretches().stream().filter(s -> s.cols()[0] < col
                    && s.cols()[s.cols().length - 1] > col).findFirst().orElseThrow();
            assertFalse(at.accepted());
            assertEquals("cloud", at.reason());
        }
    }

    @Test
    void theClearRoadBetweenAFoundStretchAndACloudIsAcceptedThoughShorterThanTheStretch() {
        // the road found from column 0, a dip of 4 cells without support (120-123), 520 m of supported road (to the
        // cloud's margin), a cloud (150-170): the run between the dip and the cloud is shorter than stretch_m but beside
        // a cloud and a found stretch (until issue 15t refused: a cloud was needed on both sides, tune seed 8514)
        int[] path = straight(20);
        float[] z = roadOnRow20();
        Arrays.fill(z, 20 * W + 120, 20 * W + 124, 0f);
        TracedRoad road = CUTTER.cut(path, W, z, cloudOnRow20(150, 170), new float[W * H], 20, null, null);
        assertTrue(at(road, 60.5).accepted());
        assertTrue(at(road, 135.5).accepted(), at(road, 135.5).reason());
        assertFalse(at(road, 122.5).accepted(), "the dip itself stays refused");
        assertEquals("cloud", at(road, 160.5).reason());
    }

    @Test
    void theClearRoadBetweenACloudAndThePathsEndIsAcceptedThoughShorterThanTheStretch() {
        // a cloud (20-40), then 300 m of road to the path's end (columns 44-59 of a 60-vertex path)
        int m = 60;
        int[] path = new int[m];
        for (int c = 0; c < m; c++) {
            path[c] = 20 * W + c;
        }
        TracedRoad road = CUTTER.cut(path, W, roadOnRow20(), cloudOnRow20(20, 40), new float[W * H], 20, null, null);
        assertTrue(at(road, 52.5).accepted(), at(road, 52.5).reason());
        assertEquals("cloud", at(road, 30.5).reason());
    }

    @Test
    void aShortRunBesideNoCloudIsStillRefused() {
        // a short supported run between a found stretch and the path's end, no cloud: refused as before
        assertFalse(StretchCutter.besideCloud(new double[40], StretchCutter.runLengths(passedUpTo(40, 35)), 36, 39, 6,
                30));
        double[] cloud = new double[40];
        cloud[33] = 1;
        assertTrue(StretchCutter.besideCloud(cloud, StretchCutter.runLengths(passedUpTo(40, 32)), 35, 39, 6, 30));
    }

    private static boolean[] passedUpTo(int m, int to) {
        boolean[] out = new boolean[m];
        Arrays.fill(out, 0, to, true);
        Arrays.fill(out, to + 1, m, true);
        return out;
    }

    @Test
    void aRefusedRunIsCutWhereItsReasonChanges() {
        // no support over 600 m (columns 120-150), then a cloud (150-170), then the road again: one refused run, two
        // pieces, the clear one refused for weak support, the clouded one for cloud (one reason per run said cloud
        // for both: 20 of its ~55 vertices clouded)
        int[] path = straight(20);
        float[] z = roadOnRow20();
        Arrays.fill(z, 20 * W + 120, 20 * W + 150, 0f);
        TracedRoad road = CUTTER.cut(path, W, z, cloudOnRow20(150, 170), new float[W * H], 20, null, null);
        assertEquals("weak support", at(road, 132.5).reason());
        assertEquals("cloud", at(road, 160.5).reason());
        assertFalse(at(road, 132.5).accepted());
        assertTrue(at(road, 100.5).accepted());
    }

    /** The stretch of {@code road} across column {@code col}. */
    private static TracedRoad.Stretch at(TracedRoad road, double col) {
        return road.stretches().stream().filter(s -> s.cols()[0] < col && s.cols()[s.cols().length - 1] > col)
                .findFirst().orElseThrow();
    }

    @Test
    void shortRunsOfOneReasonJoinTheRefusedRunBefore() {
        String[] why = {"", "", "cloud", "cloud", "cloud", "weak support", "weak support", "cloud", "cloud", "cloud",
            "cloud", "cloud", ""};
        StretchCutter.smoothReasons(why, 5);
        assertEquals(List.of("", "", "cloud", "cloud", "cloud", "cloud", "cloud", "cloud", "cloud", "cloud", "cloud",
                "cloud", ""), Arrays.asList(why));
    }

    @Test
    void anAcceptedRunShorterThanTheStretchIsRefused() {
        int[] path = straight(20);
        float[] z = new float[W * H];
        // support only over 20 cells (400 m), shorter than stretch_m (600 m = 30 cells)
        Arrays.fill(z, 20 * W + 90, 20 * W + 110, 10f);
        TracedRoad road = CUTTER.cut(path, W, z, null, new float[W * H], 20, null, null);
        assertTrue(road.stretches().stream().noneMatch(TracedRoad.Stretch::accepted));
        assertEquals("weak support", road.stretches().get(0).reason());
    }

    @Test
    void aZigzagPathIsRefusedAsWinding() {
        // a path stepping diagonally 6 cells up, then 6 down (tortuosity ~1.4), all of it supported
        int[] path = new int[W];
        float[] z = new float[W * H];
        for (int c = 0; c < W; c++) {
            int r = 14 + ((c / 6) % 2 == 0 ? c % 6 : 6 - c % 6);
            path[c] = r * W + c;
        }
        for (int i : path) {
            z[i] = 10f;
        }
        TracedRoad road = CUTTER.cut(path, W, z, null, new float[W * H], 20, null, null);
        assertTrue(road.stretches().stream().noneMatch(TracedRoad.Stretch::accepted));
        assertEquals("winding", road.stretches().get(0).reason());
    }

    /** The default parameters with {@code cloud_margin_m} {@code marginM}. */
    private static ImageryRoadParameters withCloudMargin(double marginM) {
        ImageryRoadParameters d = ImageryRoadParameters.DEFAULT;
        return new ImageryRoadParameters(d.enabled(), d.searchHalfWidthM(), d.resolutionM(), d.minSupport(),
                d.maxCloudFraction(), marginM, d.stretchM(), d.keepConfiguredWithinM(), d.keepConfiguredMaxM(),
                d.maxTortuosity(), d.rivalFromM(), d.rivalToM(), d.rivalShare(), d.profileBalance(),
                d.profileSharpness(), d.profileSignShare(), d.signatureTolerance(), d.signatureMinMatch(), d.nirCell(),
                d.beforeShadow(), d.priorOnRoadSupport(), d.cloudGapMinM());
    }

        /** Support 10 sigmas along row 20. */
    private static float[] roadOnRow20() {
        float[] z = new float[W * H];
        Arrays.fill(z, 20 * W, 21 * W, 10f);
        return z;
    }

    /** Cloud on row 20 from column {@code from} to {@code to} (exclusive). */
    private static boolean[] cloudOnRow20(int from, int to) {
        boolean[] cloud = new boolean[W * H];
        Arrays.fill(cloud, 20 * W + from, 20 * W + to, true);
        return cloud;
    }

    private static int[] straight(int row) {
        int[] path = new int[W];
        for (int c = 0; c < W; c++) {
            path[c] = row * W + c;
        }
        return path;
    }
}
