package org.corridorwatch.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Locale;
import org.imgscalr.Scalr;

/**
 * Draws evidence chips: pure rendering of float bands (row-major, NaN = nodata) into images. A colour
 * composite is stretched per chip and per band from robust percentiles ({@link ChipStretch}); the
 * evidence layer uses a fixed ramp (0 black → 1 yellow) so chips compare. {@link #finish} resizes
 * with imgscalr and draws the site outline, a scale bar in metres and a title.
 */
public final class ChipRenderer {
    /** Colour of nodata pixels. */
    public static final int NODATA_RGB = 0x303030;
    private static final Color OUTLINE = new Color(0, 230, 255);

    private ChipRenderer() {
    }

    /** An RGB composite of three bands, each stretched 2–98 %. */
    public static BufferedImage composite(float[] red, float[] green, float[] blue, int width, int height) {
        check(red, width, height);
        check(green, width, height);
        check(blue, width, height);
        ChipStretch sr = ChipStretch.of(red);
        ChipStretch sg = ChipStretch.of(green);
        ChipStretch sb = ChipStretch.of(blue);
        int[] px = new int[width * height];
        for (int i = 0; i < px.length; i++) {
            int r = sr.apply(red[i]);
            int g = sg.apply(green[i]);
            int b = sb.apply(blue[i]);
            px[i] = r < 0 || g < 0 || b < 0 ? NODATA_RGB : (r << 16) | (g << 8) | b;
        }
        return image(px, width, height);
    }

    /** The evidence layer (0..1) on a fixed ramp: black, dark red, orange, yellow. */
    public static BufferedImage evidence(float[] evidence, int width, int height) {
        check(evidence, width, height);
        int[] px = new int[width * height];
        for (int i = 0; i < px.length; i++) {
            px[i] = ramp(evidence[i]);
        }
        return image(px, width, height);
    }

    private static BufferedImage image(int[] rgb, int width, int height) {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        img.setRGB(0, 0, width, height, rgb, 0, width);
        return img;
    }

    /** Ramp colour of one evidence value; {@link #NODATA_RGB} for NaN. */
    static int ramp(float v) {
        if (!Float.isFinite(v)) {
            return NODATA_RGB;
        }
        double t = Math.max(0, Math.min(1, v));
        int r = (int) Math.round(255 * Math.min(1, t * 2));
        int g = (int) Math.round(255 * Math.max(0, t * 2 - 1));
        int b = (int) Math.round(60 * Math.max(0, 1 - t * 4));
        return (r << 16) | (g << 8) | b;
    }

    /**
     * Resizes a raw chip to {@code sizePx} and draws the outline, a scale bar and a title.
     *
     * @param raw            one image pixel per scene pixel
     * @param outlineRingsPx rings of the site outline in the raw image's pixel coordinates, each as
     *                       {x0, y0, x1, y1, ...}
     * @param metresPerPixel ground size of one raw pixel
     */
    public static BufferedImage finish(BufferedImage raw, List<double[]> outlineRingsPx, double metresPerPixel,
                                       int sizePx, String title) {
        BufferedImage src = raw;
        if (raw.getWidth() < sizePx) {
            // nearest-neighbour enlargement keeps pixels honest; imgscalr then smooths the last step
            int k = Math.max(1, sizePx / raw.getWidth());
            src = enlarge(raw, k);
        }
        BufferedImage img = Scalr.resize(src, Scalr.Method.QUALITY, Scalr.Mode.FIT_EXACT, sizePx, sizePx);
        if (img.getType() != BufferedImage.TYPE_INT_RGB) {
            BufferedImage rgb = new BufferedImage(sizePx, sizePx, BufferedImage.TYPE_INT_RGB);
            rgb.getGraphics().drawImage(img, 0, 0, null);
            img = rgb;
        }
        double f = (double) sizePx / raw.getWidth();
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setStroke(new BasicStroke(1.6f));
            g.setColor(OUTLINE);
            for (double[] ring : outlineRingsPx) {
                Path2D.Double p = new Path2D.Double();
                for (int i = 0; i + 1 < ring.length; i += 2) {
                    if (i == 0) {
                        p.moveTo(ring[i] * f, ring[i + 1] * f);
                    } else {
                        p.lineTo(ring[i] * f, ring[i + 1] * f);
                    }
                }
                p.closePath();
                g.draw(p);
            }
            drawScaleBar(g, sizePx, metresPerPixel / f);
            if (title != null && !title.isEmpty()) {
                g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, Math.max(10, sizePx / 20)));
                outlinedText(g, title, 6, 4 + g.getFontMetrics().getAscent());
            }
        } finally {
            g.dispose();
        }
        return img;
    }

    private static BufferedImage enlarge(BufferedImage raw, int k) {
        BufferedImage big = new BufferedImage(raw.getWidth() * k, raw.getHeight() * k, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = big.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
        g.drawImage(raw, 0, 0, big.getWidth(), big.getHeight(), null);
        g.dispose();
        return big;
    }

    /** Bar length in metres: a 1-2-5 number close to a quarter of the chip's width. */
    public static double niceLength(double chipWidthM) {
        double target = chipWidthM / 4;
        double p = Math.pow(10, Math.floor(Math.log10(target)));
        double best = p;
        for (double m : new double[] {1, 2, 5, 10}) {
            if (m * p <= target) {
                best = m * p;
            }
        }
        return best;
    }

    /** "200 m", "1.5 km". */
    public static String lengthLabel(double metres) {
        if (metres >= 1000) {
            double km = metres / 1000;
            return (km == Math.rint(km) ? String.format(Locale.ROOT, "%.0f", km) : String.format(Locale.ROOT, "%.1f", km)) + " km";
        }
        return String.format(Locale.ROOT, "%.0f m", metres);
    }

    private static void drawScaleBar(Graphics2D g, int sizePx, double metresPerOutPixel) {
        double lengthM = niceLength(sizePx * metresPerOutPixel);
        int len = (int) Math.round(lengthM / metresPerOutPixel);
        int x = 8;
        int y = sizePx - 10;
        g.setStroke(new BasicStroke(1f));
        g.setColor(Color.BLACK);
        g.fillRect(x - 1, y - 5, len + 2, 7);
        g.setColor(Color.WHITE);
        g.fillRect(x, y - 4, len, 5);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, Math.max(9, sizePx / 24)));
        outlinedText(g, lengthLabel(lengthM), x, y - 8);
    }

    private static void outlinedText(Graphics2D g, String s, int x, int y) {
        g.setColor(Color.BLACK);
        for (int dx = -1; dx <= 1; dx++) {
            for (int dy = -1; dy <= 1; dy++) {
                g.drawString(s, x + dx, y + dy);
            }
        }
        g.setColor(Color.WHITE);
        g.drawString(s, x, y);
    }

    private static void check(float[] band, int width, int height) {
        if (band == null || band.length != width * height) {
            throw new IllegalArgumentException("band has " + (band == null ? "no" : band.length) + " values, expected "
                    + width + "x" + height);
        }
    }
}
