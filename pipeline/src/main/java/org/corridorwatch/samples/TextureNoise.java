package org.corridorwatch.samples;

/**
 * Counter-based pseudo-random fields: every value is a pure function of (seed, channel, position),
 * so a pixel gets the same value whichever strip or tile it is rendered in, and strips can be
 * rendered in any order or in parallel. Positions are ground metres in the scene CRS.
 */
public final class TextureNoise {
    private TextureNoise() {
    }

    /** SplitMix64 finaliser of a combination of the inputs. */
    public static long hash(long seed, long channel, long a, long b) {
        long z = seed * 0x9E3779B97F4A7C15L + channel * 0xBF58476D1CE4E5B9L + a * 0x94D049BB133111EBL
                + b * 0x2545F4914F6CDD1DL;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Uniform in [0,1). */
    public static double uniform(long seed, long channel, long a, long b) {
        return (hash(seed, channel, a, b) >>> 11) * 0x1.0p-53;
    }

    /** Standard normal (Box–Muller on two hashed uniforms). */
    public static double gaussian(long seed, long channel, long a, long b) {
        long h = hash(seed, channel, a, b);
        double u1 = ((h >>> 40) + 0.5) * 0x1.0p-24;
        double u2 = ((h & 0xFFFFFFL) + 0.5) * 0x1.0p-24;
        return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    }

    /** Value noise in [-1,1] with lattice spacing {@code scale} metres and smooth (quintic) interpolation. */
    public static double value(long seed, long channel, double x, double y, double scale) {
        double fx = x / scale;
        double fy = y / scale;
        long ix = (long) Math.floor(fx);
        long iy = (long) Math.floor(fy);
        double tx = fade(fx - ix);
        double ty = fade(fy - iy);
        double v00 = lattice(seed, channel, ix, iy);
        double v10 = lattice(seed, channel, ix + 1, iy);
        double v01 = lattice(seed, channel, ix, iy + 1);
        double v11 = lattice(seed, channel, ix + 1, iy + 1);
        double a = v00 + (v10 - v00) * tx;
        double b = v01 + (v11 - v01) * tx;
        return a + (b - a) * ty;
    }

    /**
     * Fractal (fBm) value noise, roughly in [-1,1]: octaves from {@code scale} down by halves while
     * the lattice spacing stays at least {@code finest} metres (at least one octave).
     */
    public static double fractal(long seed, long channel, double x, double y, double scale, int octaves,
                                 double finest) {
        double sum = 0;
        double norm = 0;
        double amp = 1;
        double s = scale;
        for (int o = 0; o < octaves && (o == 0 || s >= finest); o++) {
            sum += amp * value(seed, channel * 31 + o, x, y, s);
            norm += amp;
            amp *= 0.5;
            s *= 0.5;
        }
        return sum / norm * 1.6;
    }

    private static double lattice(long seed, long channel, long ix, long iy) {
        return uniform(seed, channel, ix, iy) * 2 - 1;
    }

    private static double fade(double t) {
        return t * t * t * (t * (t * 6 - 15) + 10);
    }
}
