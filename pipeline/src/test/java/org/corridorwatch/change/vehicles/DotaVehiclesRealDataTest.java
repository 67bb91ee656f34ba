package org.corridorwatch.change.vehicles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.corridorwatch.TestSupport;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The pixel-level detector on a real 0.27 m aerial image (DOTA P1888: a bus/truck park, 50
 * large-vehicle and 14 small-vehicle oriented boxes). The image is not georeferenced; only pixels
 * and the GSD matter here. A label is found when a detection's centroid lies inside its box or
 * within {@value #MATCH_METRES} m of it; a detection is correct when it finds any vehicle box.
 */
@Tag("realdata")
class DotaVehiclesRealDataTest {
    static final double MATCH_METRES = 2.0;

    record Box(double[] x, double[] y, String cls) {
        double distancePx(double px, double py) {
            if (contains(px, py)) {
                return 0;
            }
            double best = Double.POSITIVE_INFINITY;
            for (int i = 0; i < 4; i++) {
                int j = (i + 1) % 4;
                double vx = x[j] - x[i];
                double vy = y[j] - y[i];
                double t = Math.max(0, Math.min(1, ((px - x[i]) * vx + (py - y[i]) * vy) / (vx * vx + vy * vy)));
                best = Math.min(best, Math.hypot(px - x[i] - t * vx, py - y[i] - t * vy));
            }
            return best;
        }

        boolean contains(double px, double py) {
            boolean in = false;
            for (int i = 0, j = 3; i < 4; j = i++) {
                if ((y[i] > py) != (y[j] > py) && px < (x[j] - x[i]) * (py - y[i]) / (y[j] - y[i]) + x[i]) {
                    in = !in;
                }
            }
            return in;
        }
    }

    record Score(int labels, int found, int detections, int correct) {
        double recall() {
            return labels == 0 ? Double.NaN : (double) found / labels;
        }

        double precision() {
            return detections == 0 ? Double.NaN : (double) correct / detections;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "recall %d/%d = %.2f, precision %d/%d = %.2f", found, labels, recall(),
                    correct, detections, precision());
        }
    }

    static List<Box> labels(Path txt) throws IOException {
        List<Box> boxes = new ArrayList<>();
        for (String line : Files.readAllLines(txt)) {
            String[] t = line.trim().split("\\s+");
            if (t.length < 9) {
                continue; // header lines imagesource:/gsd:
            }
            double[] x = new double[4];
            double[] y = new double[4];
            for (int i = 0; i < 4; i++) {
                x[i] = Double.parseDouble(t[2 * i]);
                y[i] = Double.parseDouble(t[2 * i + 1]);
            }
            boxes.add(new Box(x, y, t[8]));
        }
        return boxes;
    }

    static float[] luminance(BufferedImage img) {
        int w = img.getWidth();
        int h = img.getHeight();
        float[] lum = new float[w * h];
        for (int r = 0; r < h; r++) {
            for (int c = 0; c < w; c++) {
                int rgb = img.getRGB(c, r);
                lum[r * w + c] = 0.299f * ((rgb >> 16) & 255) + 0.587f * ((rgb >> 8) & 255) + 0.114f * (rgb & 255);
            }
        }
        return lum;
    }

    /** Recall for labels of class cls; precision of the detections against all vehicle boxes. */
    static Score score(List<VehicleObject> found, List<Box> boxes, String cls, double gsd) {
        double tolPx = MATCH_METRES / gsd;
        int labels = 0;
        int hit = 0;
        for (Box b : boxes) {
            if (!b.cls().equals(cls)) {
                continue;
            }
            labels++;
            if (found.stream().anyMatch(o -> b.distancePx(o.col(), o.row()) <= tolPx)) {
                hit++;
            }
        }
        int correct = 0;
        for (VehicleObject o : found) {
            if (boxes.stream().anyMatch(b -> b.distancePx(o.col(), o.row()) <= tolPx)) {
                correct++;
            }
        }
        return new Score(labels, hit, found.size(), correct);
    }

    @Test
    void largeVehiclesAtTheImageResolution() throws IOException {
        Path dir = TestSupport.dataset("dota-vehicles-sample");
        BufferedImage img = ImageIO.read(dir.resolve("P1888.png").toFile());
        List<Box> boxes = labels(dir.resolve("P1888.txt"));
        assertEquals(50, boxes.stream().filter(b -> b.cls().equals("large-vehicle")).count());
        assertEquals(14, boxes.stream().filter(b -> b.cls().equals("small-vehicle")).count());
        double gsd = 0.266170468393;
        float[] lum = luminance(img);
        long t0 = System.nanoTime();
        List<VehicleObject> trucks = VehicleDetector.detect(lum, img.getWidth(), img.getHeight(), gsd, null,
                VehicleDetectionParameters.TRUCKS);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        Score large = score(trucks, boxes, "large-vehicle", gsd);
        System.out.println("DOTA P1888 trucks: " + large + " (" + ms + " ms, "
                + trucks.stream().filter(o -> o.polarity() == Polarity.DARK).count() + " dark)");
        List<VehicleObject> cars = VehicleDetector.detect(lum, img.getWidth(), img.getHeight(), gsd, null,
                VehicleDetectionParameters.CARS);
        Score small = score(cars, boxes, "small-vehicle", gsd);
        System.out.println("DOTA P1888 cars: " + small);
        // measured 2026-11-22: large 48/50 = 0.96, precision 52/54 = 0.96; cars 13/14 = 0.93, 11/26 = 0.42 (7/14
        // and 7/22 before dark objects were split at half maximum)
        assertTrue(large.recall() >= 0.9, large.toString());
        assertTrue(large.precision() >= 0.85, large.toString());
        assertTrue(small.recall() >= 0.4, small.toString());
        // no bus is detected twice: matched labels ≈ correct detections
        assertTrue(large.correct() <= large.found() + 6, large.toString());
    }

    @Test
    void busRowsClusterAndCoarserGsd() throws IOException {
        Path dir = TestSupport.dataset("dota-vehicles-sample");
        BufferedImage img = ImageIO.read(dir.resolve("P1888.png").toFile());
        List<Box> boxes = labels(dir.resolve("P1888.txt"));
        double gsd = 0.266170468393;
        float[] lum = luminance(img);
        List<VehicleObject> trucks = VehicleDetector.detect(lum, img.getWidth(), img.getHeight(), gsd, null,
                VehicleDetectionParameters.TRUCKS);
        List<VehicleCluster> byRow = VehicleClusterer.clusterInImage(trucks, gsd, new VehicleClusterParameters(8, 2));
        // measured: rows of 16, 13, 10, 4 and 3 buses, all straight (≥ 0.97), parked side by side
        assertTrue(byRow.size() >= 3, byRow.size() + " clusters");
        assertTrue(byRow.get(0).count() >= 12 && byRow.get(0).straightness() > 0.95);
        assertTrue(byRow.get(0).orientationDeg() > 70 && byRow.get(0).orientationDeg() < 100); // rows run ≈ east-west
        for (double eps : new double[] {8, 30}) {
            List<VehicleCluster> rows = VehicleClusterer.clusterInImage(trucks, gsd, new VehicleClusterParameters(eps, 2));
            System.out.println("DOTA P1888 DBSCAN eps " + eps + " m: " + rows.stream().map(c -> String.format(
                    Locale.ROOT, "%d vehicles %.0f m straight %.2f az %.0f", c.count(), c.lengthM(), c.straightness(),
                    c.orientationDeg())).toList());
        }
        for (int f : new int[] {2, 4, 8}) {
            int w = img.getWidth() / f;
            int h = img.getHeight() / f;
            float[] coarse = new float[w * h];
            for (int r = 0; r < h; r++) {
                for (int c = 0; c < w; c++) {
                    double sum = 0;
                    for (int i = 0; i < f; i++) {
                        for (int j = 0; j < f; j++) {
                            sum += lum[(r * f + i) * img.getWidth() + c * f + j];
                        }
                    }
                    coarse[r * w + c] = (float) (sum / (f * f));
                }
            }
            List<VehicleObject> found = VehicleDetector.detect(coarse, w, h, gsd * f, null, VehicleDetectionParameters.TRUCKS);
            List<VehicleObject> inFullPixels = found.stream().map(o -> new VehicleObject((o.col() + 0.5) * f - 0.5,
                    (o.row() + 0.5) * f - 0.5, o.lengthM(), o.widthM(), o.orientationDeg(), o.polarity(), o.contrast(),
                    o.significance(), o.pixels())).toList();
            Score large = score(inFullPixels, boxes, "large-vehicle", gsd);
            System.out.printf(Locale.ROOT, "DOTA P1888 at %.2f m GSD: large %s%n", gsd * f, large);
            if (f == 2) {
                // measured: 42/50 = 0.84, precision 42/51 = 0.82; at 1.06 m 42/50, 40/49; at 2.13 m (dark
                // objects split like bright ones there) 19/50, 15/52. Before dark objects were split at half
                // maximum: 41/48 here, and at 1.06 m the buses parked side by side 1 m apart stayed one block
                // (recall 0.12).
                assertTrue(large.recall() >= 0.75 && large.precision() >= 0.75, large.toString());
            }
        }
    }
}
