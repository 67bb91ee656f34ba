package org.corridorwatch.change.evidence;

import java.util.Arrays;

/**
 * Robust statistics of the change index (dNBR, or its no-SWIR stand-in) over a scene, used to adapt
 * burn thresholds to the scene: a regional shift (senescence, green-up, different compositing or sun
 * angle) moves the {@code centre}, sensor noise and texture set the {@code noiseSigma}.
 *
 * <p>Burns only push the index up, so the noise is measured on the lower half of the distribution:
 * {@code noiseSigma = 1.4826 · median(centre − v | v < centre)}, which a large burn does not inflate.
 * {@code sigma} is the ordinary two-sided scaled MAD, kept for reporting. {@code pixelNoise} is the part of the
 * spread that changes from one pixel to the next, {@code 1.4826 · median|v(x+1) − v(x)| / √2} over horizontally
 * adjacent valid pixels: equal to {@code noiseSigma} for sensor noise and fine texture, far smaller when the
 * spread is land-cover change over whole fields (greening, drying), which adjacent pixels share.
 *
 * @param centre     median of the index over valid pixels
 * @param noiseSigma lower-half robust spread (see above)
 * @param sigma      1.4826 · MAD, two-sided
 * @param pixelNoise spread between adjacent pixels (see above); {@code noiseSigma} when not measured
 * @param samples    number of values the statistics were computed from (0 = no data: centre 0, spreads 0)
 * @param darkening  the same statistics of the {@link CharDarkening} index, or null when not collected (each
 *                   tile then uses its own)
 * @param wetness    the same statistics of the scene's wetness change dNBR2 = NBR2(before) − NBR2(after)
 *                   ({@link CharDarkening#nbr2Change}; negative = wetter after), or null when not collected (no SWIR, or
 *                   not sampled): its centre is how much wetter the whole scene got, which the centred not-wet gate
 *                   ({@code evidence.darkening.centre_wetness}) allows for
 */
public record SceneStatistics(double centre, double noiseSigma, double sigma, double pixelNoise, long samples,
                              SceneStatistics darkening, SceneStatistics wetness) implements java.io.Serializable {
    /** Below this many samples statistics are not trusted and {@link #NONE} is used. */
    public static final int MIN_SAMPLES = 100;
    /** No statistics: centre 0 and zero spread, so only the fixed floors apply. */
    public static final SceneStatistics NONE = new SceneStatistics(0, 0, 0, 0);

    /** Statistics of the change index alone (no darkening statistics), its spread all taken as pixel noise. */
    public SceneStatistics(double centre, double noiseSigma, double sigma, long samples) {
        this(centre, noiseSigma, sigma, noiseSigma, samples, null, null);
    }

    /** These statistics with the darkening index's. */
    public SceneStatistics withDarkening(SceneStatistics d) {
        return new SceneStatistics(centre, noiseSigma, sigma, pixelNoise, samples, d, wetness);
    }

    /** These statistics with the spread between adjacent pixels measured. */
    public SceneStatistics withPixelNoise(double p) {
        return new SceneStatistics(centre, noiseSigma, sigma, p, samples, darkening, wetness);
    }

    /** These statistics with the wetness change's (dNBR2). */
    public SceneStatistics withWetness(SceneStatistics w) {
        return new SceneStatistics(centre, noiseSigma, sigma, pixelNoise, samples, darkening, w);
    }

    /** The centre of the scene's wetness change (dNBR2), 0 when it was not collected or had too few samples. */
    public double wetnessCentre() {
        return wetness == null || wetness.samples() == 0 ? 0 : wetness.centre();
    }

    /** Statistics of the finite values of an array (NaN skipped), every {@code step}-th value. */
    public static SceneStatistics of(float[] values, int step) {
        Accumulator a = new Accumulator();
        a.add(values, step);
        return a.result();
    }

    /**
     * Collects a decimated sample of change-index values across tiles (thread-safe), then reduces it.
     * Memory is bounded: past {@code capacity} values, every other value is dropped and the stride
     * doubles.
     */
    public static final class Accumulator {
        /** Default bound on stored values (4 MB). */
        public static final int DEFAULT_CAPACITY = 1 << 20;
        private final int capacity;
        private float[] values;
        private int size;
        private int stride = 1;
        private long offered;
        private Accumulator darkening;
        private Accumulator wetness;
        private Accumulator differences;

        public Accumulator() {
            this(DEFAULT_CAPACITY);
        }

        public Accumulator(int capacity) {
            if (capacity < 1024) {
                throw new IllegalArgumentException("capacity must be >= 1024: " + capacity);
            }
            this.capacity = capacity;
            this.values = new float[Math.min(4096, capacity)];
        }

        /** Adds every {@code step}-th finite value of {@code index} (NaN = masked, skipped). */
        public synchronized void add(float[] index, int step) {
            if (step < 1) {
                throw new IllegalArgumentException("step must be >= 1");
            }
            for (int i = 0; i < index.length; i += step) {
                float v = index[i];
                if (!Float.isNaN(v) && !Float.isInfinite(v)) {
                    push(v);
                }
            }
        }

        /**
         * Adds |v(x+1) − v(x)| of horizontally adjacent finite values of {@code index} (rows of {@code width}),
         * starting at every {@code step}-th pixel: what {@link SceneStatistics#pixelNoise} is measured on.
         */
        public synchronized void addPixelDifferences(float[] index, int width, int step) {
            if (step < 1 || width < 1 || index.length % width != 0) {
                throw new IllegalArgumentException("need step >= 1 and whole rows of width " + width);
            }
            if (differences == null) {
                differences = new Accumulator(capacity);
            }
            for (int i = 0; i < index.length; i += step) {
                if (i % width == width - 1) {
                    continue;
                }
                float d = Math.abs(index[i + 1] - index[i]);
                if (!Float.isNaN(d) && !Float.isInfinite(d)) {
                    differences.push(d);
                }
            }
        }

        /** Adds every {@code step}-th finite value of the {@link CharDarkening} index to the darkening statistics. */
        public synchronized void addDarkening(float[] index, int step) {
            if (darkening == null) {
                darkening = new Accumulator(capacity);
            }
            darkening.add(index, step);
        }

        /** Adds every {@code step}-th finite value of the wetness change dNBR2 to the wetness statistics. */
        public synchronized void addWetness(float[] dNbr2, int step) {
            if (wetness == null) {
                wetness = new Accumulator(capacity);
            }
            wetness.add(dNbr2, step);
        }

        /** Adds another accumulator's values (e.g. one per worker thread). */
        public synchronized void merge(Accumulator other) {
            float[] v;
            int n;
            Accumulator otherDark;
            synchronized (other) {
                v = Arrays.copyOf(other.values, other.size);
                n = other.size;
                otherDark = other.darkening;
            }
            for (int i = 0; i < n; i++) {
                push(v[i]);
            }
            Accumulator otherDifferences;
            Accumulator otherWet;
            synchronized (other) {
                otherDifferences = other.differences;
                otherWet = other.wetness;
            }
            wetness = mergedInto(wetness, otherWet);
            differences = mergedInto(differences, otherDifferences);
            darkening = mergedInto(darkening, otherDark);
        }

        /** {@code mine} (created when null) with {@code other}'s values added; {@code mine} itself when other is null. */
        private Accumulator mergedInto(Accumulator mine, Accumulator other) {
            if (other == null) {
                return mine;
            }
            Accumulator into = mine == null ? new Accumulator(capacity) : mine;
            into.merge(other);
            return into;
        }

        private void push(float v) {
            if (offered++ % stride != 0) {
                return;
            }
            if (size == values.length) {
                if (size >= capacity) {
                    for (int i = 0; i < size / 2; i++) {
                        values[i] = values[2 * i];
                    }
                    size /= 2;
                    stride *= 2;
                } else {
                    values = Arrays.copyOf(values, Math.min(capacity, values.length * 2));
                }
            }
            values[size++] = v;
        }

        public synchronized int size() {
            return size;
        }

        /** The statistics of the values so far ({@link SceneStatistics#NONE} below {@link #MIN_SAMPLES}). */
        public synchronized SceneStatistics result() {
            SceneStatistics own = ownResult();
            if (own == NONE) {
                return own;
            }
            if (differences != null && differences.size >= MIN_SAMPLES) {
                // the median |difference| of two values with independent noise sigma is 0.6745 * sqrt(2) * sigma
                own = own.withPixelNoise(1.4826 * differences.ownMedian() / Math.sqrt(2));
            }
            if (wetness != null) {
                own = own.withWetness(wetness.ownResult());
            }
            return darkening == null ? own : own.withDarkening(darkening.ownResult());
        }

        private SceneStatistics ownResult() {
            if (size < MIN_SAMPLES) {
                return NONE;
            }
            // medians by selection (Medians), not sorts: the same values, in linear time (four samples of up to a
            // million values each are reduced on the main thread before any tile is analysed)
            double centre = ownMedian();
            float[] dev = new float[size];
            float[] low = new float[size];
            int below = 0;
            for (int i = 0; i < size; i++) {
                float v = values[i];
                dev[i] = (float) Math.abs(v - centre);
                if (v < centre) {
                    low[below++] = dev[i];
                }
            }
            double sigma = 1.4826 * Medians.median(dev, size);
            double noise = below == 0 ? 0 : 1.4826 * Medians.median(low, below);
            return new SceneStatistics(centre, noise, sigma, size);
        }

        /** The median of the values so far (at least one). */
        private double ownMedian() {
            return Medians.median(Arrays.copyOf(values, size), size);
        }
    }
}
