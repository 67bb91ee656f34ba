package org.corridorwatch.roads.imagery;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The cross-profile acceptance rules on generated 20 m grids: a path along row 50, columns 20..180. */
class CrossProfileTest {
    private static final int W = 200;
    private static final int H = 100;
    private static final int ROW = 50;
    private static final ImageryRoadParameters P = ImageryRoadParameters.DEFAULT;

    /** Textured background: noise plus field parcels (dark 4 x 4-cell blocks) away from rows 40..60. */
    private static float[] background(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        float[] img = new float[W * H];
        for (int r = 0; r < H; r++) {
            for (int c = 0; c < W; c++) {
                double v = 0.25 + 0.01 * rnd.nextGaussian();
                if ((r < 40 || r > 60) && (r / 4) % 3 == 0 && (c / 4) % 3 == 0) {
                    v -= 0.06;
                }
                img[r * W + c] = (float) v;
            }
        }
        return img;
    }

    private static boolean shaped(float[] img, ImageryRoadParameters p) {
        int n = 161;
        double[] cols = new double[n];
        double[] rows = new double[n];
        for (int k = 0; k < n; k++) {
            cols[k] = 20 + k + 0.5;
            rows[k] = ROW + 0.5;
        }
        return CrossProfile.roadShaped(cols, rows, new float[][] {img}, W, 20, 0, n - 1, p);
    }

    @Test
    void aNarrowRoadIsRoadShaped() {
        float[] img = background(1);
        for (int c = 0; c < W; c++) {
            img[ROW * W + c] -= 0.03f; // one cell wide, darker than both sides
        }
        assertTrue(shaped(img, P));
    }

    @Test
    void aPathInsideAWideBandIsRefused() {
        float[] img = background(2);
        for (int r = ROW - 3; r <= ROW + 3; r++) { // a 140 m wide dark band: the centre is like its cells 20 m out
            for (int c = 0; c < W; c++) {
                img[r * W + c] -= 0.03f;
            }
        }
        assertFalse(shaped(img, P));
    }

    @Test
    void aPathAlongAnEdgeIsRefused() {
        float[] img = background(3);
        for (int r = 0; r <= ROW; r++) { // darker on one side only (a field or cloud-shadow edge)
            for (int c = 0; c < W; c++) {
                img[r * W + c] -= 0.03f;
            }
        }
        assertFalse(shaped(img, P));
    }

    @Test
    void aRowOfParcelsIsRefusedButANarrowRoadThroughTheSameTextureIsNot() {
        float[] parcels = background(4);
        for (int c = 0; c < W; c++) { // dark 4-cell blocks with 4-cell gaps, centred on the path's row
            if ((c / 4) % 2 == 0) {
                for (int r = ROW - 2; r <= ROW + 1; r++) {
                    parcels[r * W + c] -= 0.06f;
                }
            }
        }
        assertFalse(shaped(parcels, P));
        float[] road = background(4);
        for (int c = 0; c < W; c++) {
            road[ROW * W + c] -= 0.03f;
        }
        assertTrue(shaped(road, P));
    }

    @Test
    void aLineWhoseSenseFlipsAlongItIsRefusedBelowTheSignShare() {
        float[] img = background(5);
        for (int c = 0; c < W; c++) { // dark on 7 cells of 10, bright on 3: mean dark, narrow, symmetric
            img[ROW * W + c] += (c % 10) < 7 ? -0.04f : 0.04f;
        }
        assertFalse(shaped(img, P));
        ImageryRoadParameters lenient = new ImageryRoadParameters(P.enabled(), P.searchHalfWidthM(), P.resolutionM(),
                P.minSupport(), P.maxCloudFraction(), P.cloudMarginM(), P.stretchM(), P.keepConfiguredWithinM(),
                P.keepConfiguredMaxM(), P.maxTortuosity(),
                P.rivalFromM(), P.rivalToM(), P.rivalShare(), P.profileBalance(), P.profileSharpness(), 0.6,
                P.signatureTolerance(), P.signatureMinMatch(), P.nirCell(), P.beforeShadow(), P.priorOnRoadSupport(), P.cloudGapMinM());
        assertTrue(shaped(img, lenient));
    }
}
