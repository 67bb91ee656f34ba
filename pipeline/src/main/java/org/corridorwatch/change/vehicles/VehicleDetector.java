package org.corridorwatch.change.vehicles;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Finds vehicle-sized objects in a luminance image: white top-hat (bright objects) and black
 * top-hat (dark objects) by a square a little wider than a vehicle, a robust hysteresis threshold
 * (median + k·σ of the response over the searched pixels), 8-connected components, then size and
 * elongation filters in metres.
 *
 * <pre>
 *   List&lt;VehicleObject&gt; objects = VehicleDetector.detect(lum, w, h, 0.5, roadMask, VehicleDetectionParameters.DEFAULT);
 * </pre>
 *
 * The morphology sees the whole image (context outside the road helps); thresholds, components and
 * objects only use pixels inside the search mask. NaN luminance is invalid and never part of an object.
 */
public final class VehicleDetector {
    private final float[] luminance;
    private final int width;
    private final int height;
    private final double gsd;
    private final boolean[] search;
    private final VehicleDetectionParameters p;

    private VehicleDetector(float[] luminance, int width, int height, double gsd, boolean[] mask,
                            VehicleDetectionParameters p) {
        if (width <= 0 || height <= 0 || luminance.length != width * height) {
            throw new IllegalArgumentException("luminance length " + luminance.length + " != " + width + "x" + height);
        }
        if (!(gsd > 0)) {
            throw new IllegalArgumentException("GSD must be > 0 m: " + gsd);
        }
        if (mask != null && mask.length != luminance.length) {
            throw new IllegalArgumentException("mask length " + mask.length + " != " + luminance.length);
        }
        this.luminance = luminance;
        this.width = width;
        this.height = height;
        this.gsd = gsd;
        this.p = Objects.requireNonNull(p, "parameters");
        search = new boolean[luminance.length];
        for (int i = 0; i < search.length; i++) {
            search[i] = (mask == null || mask[i]) && Float.isFinite(luminance[i]);
        }
    }

    /**
     * Detects dark and bright vehicle-sized objects.
     *
     * @param luminance  row-major luminance, any linear unit; NaN = invalid
     * @param width      columns
     * @param height     rows
     * @param gsdMetres  ground sample distance, metres per pixel (square pixels)
     * @param searchMask pixels to search (e.g. the road buffer); null = everywhere
     * @param parameters sizes and thresholds
     * @return the objects, most significant first
     */
    public static List<VehicleObject> detect(float[] luminance, int width, int height, double gsdMetres,
                                             boolean[] searchMask, VehicleDetectionParameters parameters) {
        return new VehicleDetector(luminance, width, height, gsdMetres, searchMask, parameters).run();
    }

    /**
     * Dark objects only, their response the darkness below a given {@code background} (a closing of the luminance,
     * e.g. {@link LineClosing}) instead of the square closing; pixels where the background is NaN are not searched.
     */
    public static List<VehicleObject> detectDark(float[] luminance, float[] background, int width, int height,
                                                 double gsdMetres, boolean[] searchMask, VehicleDetectionParameters parameters) {
        boolean[] mask = new boolean[luminance.length];
        for (int i = 0; i < mask.length; i++) {
            mask[i] = (searchMask == null || searchMask[i]) && Float.isFinite(background[i]);
        }
        VehicleDetector d = new VehicleDetector(luminance, width, height, gsdMetres, mask, parameters);
        List<VehicleObject> out = new ArrayList<>(d.objects(response(background, luminance), background, Polarity.DARK));
        out.sort(Comparator.comparingDouble(VehicleObject::significance).reversed());
        return out;
    }

    private List<VehicleObject> run() {
        int side = p.structuringElementPixels(gsd);
        float[] opened = SquareMorphology.open(luminance, width, height, side);
        float[] closed = SquareMorphology.close(luminance, width, height, side);
        List<VehicleObject> brightObjects = objects(response(luminance, opened), opened, Polarity.BRIGHT);
        List<VehicleObject> darkObjects = objects(response(closed, luminance), closed, Polarity.DARK);
        List<VehicleObject> all = new ArrayList<>(brightObjects);
        double shadowReachPx = (p.maxWidthM() + p.minWidthM()) / gsd;
        for (VehicleObject d : darkObjects) {
            if (p.suppressShadows() && brightObjects.stream()
                    .anyMatch(b -> Math.hypot(b.col() - d.col(), b.row() - d.row()) < shadowReachPx)) {
                continue;
            }
            all.add(d);
        }
        all.sort(Comparator.comparingDouble(VehicleObject::significance).reversed());
        return all;
    }

    /**
     * The top-hat response {@code upper − lower}, pixel by pixel: white top-hat as (luminance, opening), black top-hat
     * as (closing, luminance); negative or non-finite differences are 0.
     */
    private static float[] response(float[] upper, float[] lower) {
        float[] out = new float[upper.length];
        for (int i = 0; i < out.length; i++) {
            float v = upper[i] - lower[i];
            out[i] = Float.isFinite(v) ? Math.max(0f, v) : 0f;
        }
        return out;
    }

    private List<VehicleObject> objects(float[] response, float[] background, Polarity polarity) {
        double[] ms = RobustStats.medianSigma(response, search);
        if (Double.isNaN(ms[0])) {
            return List.of();
        }
        double seed = ms[0] + p.seedSigmas() * ms[1];
        double grow = ms[0] + p.growSigmas() * ms[1];
        int[] label = new int[response.length];
        int[] stack = new int[response.length];
        List<VehicleObject> found = new ArrayList<>();
        int next = 0;
        int[] pixels = new int[response.length];
        boolean darkSplit = polarity == Polarity.DARK && gsd <= p.darkSplitMaxGsdM();
        double peakFraction = darkSplit ? p.darkPeakFraction() : p.peakFraction();
        PeakSplitter splitter = new PeakSplitter(response, background, width, height, seed, grow, peakFraction,
                darkSplit ? p.darkMinProminence() : p.minProminence());
        for (int start = 0; start < response.length; start++) {
            if (label[start] != 0 || !search[start] || response[start] <= seed) {
                continue;
            }
            next++;
            Moments m = new Moments();
            int top = 0;
            int count = 0;
            stack[top++] = start;
            label[start] = next;
            while (top > 0) {
                int i = stack[--top];
                pixels[count++] = i;
                int c = i % width;
                int r = i / width;
                m.add(c, r, response[i], background[i]);
                for (int dr = -1; dr <= 1; dr++) {
                    int rr = r + dr;
                    if (rr < 0 || rr >= height) {
                        continue;
                    }
                    for (int dc = -1; dc <= 1; dc++) {
                        int cc = c + dc;
                        if (cc < 0 || cc >= width || (dr == 0 && dc == 0)) {
                            continue;
                        }
                        int j = rr * width + cc;
                        if (label[j] == 0 && search[j] && response[j] > grow) {
                            label[j] = next;
                            stack[top++] = j;
                        }
                    }
                }
            }
            VehicleObject o = m.toObject(gsd, polarity, ms[1]);
            if (accepted(o)) {
                if (m.relativeContrast() >= p.minRelativeContrast()) {
                    found.add(o);
                }
            } else {
                // two vehicles abreast, touching: cut along the length (fine pixels, bright objects)
                boolean cut = false;
                if (polarity == Polarity.BRIGHT && gsd <= p.pairSplitMaxGsdM() && twoAbreast(o)) {
                    for (Moments half : AbreastSplit.halves(m, pixels, count, width, height,
                            luminance, response, background, p.minRelativeContrast())) {
                        VehicleObject ho = half.n > 0 ? half.toObject(gsd, polarity, ms[1]) : null;
                        if (ho != null && accepted(ho) && half.relativeContrast() >= p.minRelativeContrast()) {
                            found.add(ho);
                            cut = true;
                        }
                    }
                }
                if (!cut && peakFraction > 0 && count > 2) {
                    // too long or too big: vehicles joined to a road edge or to each other
                    for (Moments piece : splitter.split(pixels, count, label, next)) {
                        VehicleObject po = piece.toObject(gsd, polarity, ms[1]);
                        if (accepted(po) && piece.relativeContrast() >= p.minRelativeContrast()) {
                            found.add(po);
                        }
                    }
                }
            }
        }
        return found;
    }

    /**
     * Shaped like two vehicles side by side: as long as one, wider than one but at most twice as wide, and elongated as
     * one (a square roof is not).
     */
    private boolean twoAbreast(VehicleObject o) {
        double half = 0.5 * gsd;
        return o.lengthM() >= p.minLengthM() - half && o.lengthM() <= p.maxLengthM() + gsd
                && o.widthM() > p.maxWidthM() + gsd && o.widthM() <= 2 * p.maxWidthM() + gsd
                && (o.lengthM() + gsd) / Math.max(o.widthM() - gsd, gsd) >= p.minElongation();
    }

    /** Size, elongation and contrast tests; lower bounds with half a pixel of slack, upper with one. */
    private boolean accepted(VehicleObject o) {
        double half = 0.5 * gsd;
        if (o.pixels() < 2 || o.contrast() < p.minContrast()) {
            return false;
        }
        if (o.lengthM() < p.minLengthM() - half || o.lengthM() > p.maxLengthM() + gsd) {
            return false;
        }
        if (o.widthM() < p.minWidthM() - half || o.widthM() > p.maxWidthM() + gsd) {
            return false;
        }
        double area = o.pixels() * gsd * gsd;
        if (area > 1.2 * p.maxLengthM() * p.maxWidthM() + gsd * gsd
                || area < 0.5 * p.minLengthM() * p.minWidthM()) {
            return false;
        }
        double elongation = (o.lengthM() + gsd) / Math.max(o.widthM() - gsd, gsd);
        return elongation >= p.minElongation();
    }
}
