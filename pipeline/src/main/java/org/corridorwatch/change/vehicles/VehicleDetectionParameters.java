package org.corridorwatch.change.vehicles;

/**
 * Settings of {@link VehicleDetector}. Immutable, validated. Sizes are real-world metres and are
 * turned into pixels with the image's GSD, so one setting works from 0.3 m to 3 m imagery.
 *
 * @param minLengthM           shortest accepted object length, m (trucks 8–18 m, tankers 12–16 m)
 * @param maxLengthM           longest accepted object length, m
 * @param minWidthM            narrowest accepted object width, m
 * @param maxWidthM            widest accepted object width, m (tanker ≈ 2.5 m, truck ≤ 3 m, plus shadow)
 * @param minElongation        smallest length/width ratio; measured with one pixel of slack either
 *                             way, so at 3 m GSD (a tanker is ≈ 4–5 × 1 px) the test is lenient
 * @param structuringElementM  side of the square structuring element of the top-hats, m; must exceed
 *                             {@code maxWidthM} so that a vehicle cannot hold the square and is kept
 *                             by the top-hat, while wider features (fields, roofs) are removed;
 *                             rounded to an odd number of pixels, at least 3
 * @param seedSigmas           an object needs at least one pixel whose top-hat response exceeds
 *                             median + seedSigmas × σ (σ = 1.4826 × MAD of the response over the
 *                             searched pixels)
 * @param growSigmas           the object is all connected pixels above median + growSigmas × σ
 *                             (hysteresis; ≤ seedSigmas)
 * @param peakFraction         a component too long or too big for one vehicle is split into pieces, each
 *                             the connected pixels responding at least this share of the piece's own peak
 *                             (a half-maximum rule): at 3 m a bright truck touches the faint bright road
 *                             shoulder, and nose-to-tail vehicles touch each other (0 = never split)
 * @param minProminence        ... and a piece is kept only when every pixel just outside it responds at
 *                             most (1 − minProminence) × its peak: a vehicle stands out of the road edge
 *                             it touches, a stretch of the edge itself does not
 * @param darkPeakFraction     {@code peakFraction} for DARK objects on pixels of {@code darkSplitMaxGsdM} or
 *                             finer. Wrecks stand on the road, and asphalt narrower than the structuring
 *                             element and darker than the ground beside it (char, on a burn scar) responds
 *                             to the black top-hat along its whole length: above the grow level, below
 *                             about half a wreck's response. Hysteresis joins the wrecks of a line through
 *                             it into one object too long for a vehicle, and pieces grown down to a fifth
 *                             of their peak are that road again; at half maximum (0.5) each wreck is its
 *                             own piece
 * @param darkMinProminence    {@code minProminence} for those DARK objects: the road just outside a wreck's
 *                             half-maximum piece responds at up to half its peak, so 0.5 drops a piece only
 *                             where it touches a stronger piece above half its own peak (a shoulder of it)
 * @param darkSplitMaxGsdM     coarsest GSD, m, at which DARK objects are split with the two settings above;
 *                             coarser, like bright ones. A 2.5 m wreck must span two pixels or more for the
 *                             road beside it to show as a dip: at 3 m wreck and asphalt blur into one strip
 *                             whose half-maximum pieces pass for wrecks (new false alarms beside bush-fire
 *                             scars crossing the road on PlanetScope-like scenes). 1.5 m, where the gaps
 *                             between nose-to-tail vehicles are resolved too
 * @param minContrast          smallest mean top-hat response of an object, in luminance units (0 = off)
 * @param minRelativeContrast  smallest mean top-hat response of an object over the mean background there
 *                             (the opening for bright objects, the closing for dark ones), unitless: a
 *                             painted or burnt vehicle differs from the road by tens of percent (a white
 *                             tanker on asphalt +250 %, a wreck on char −40 %), the dirt edge of a road by
 *                             about 10 % (0 = off)
 * @param suppressShadows      drop a DARK object lying next to a BRIGHT one (centroids closer than
 *                             {@code maxWidthM + minWidthM}): the shadow of an intact vehicle, not a wreck
 * @param pairSplitMaxGsdM     coarsest GSD, m, at which a BRIGHT component that is two vehicles abreast is cut in
 *                             two along its length (0 = never). Trucks of a queue standing side by side in two
 *                             lanes touch: at 0.5 m the pair is one bright blob as long as a truck and 5–7 m wide,
 *                             wider than {@code maxWidthM}, and the dark line between the two is a pixel or less,
 *                             too faint for the peak split (high-res tune seed 5418: 4 of the queue's 13 pairs
 *                             found). A component as long as a vehicle, at most twice {@code maxWidthM} wide and
 *                             elongated as a vehicle is cut along its major axis through its centroid, and each half
 *                             that passes the filters is a vehicle ({@link VehicleDetector}). 1.5 m; on coarser
 *                             pixels a truck is one or two pixels wide and a pair is not resolved anyway
 */
public record VehicleDetectionParameters(double minLengthM, double maxLengthM, double minWidthM, double maxWidthM,
                                         double minElongation, double structuringElementM, double seedSigmas,
                                         double growSigmas, double peakFraction, double minProminence,
                                         double darkPeakFraction, double darkMinProminence, double darkSplitMaxGsdM,
                                         double minContrast, double minRelativeContrast, boolean suppressShadows,
                                         double pairSplitMaxGsdM) {
    public static final double DEFAULT_MIN_LENGTH_M = 6.0;
    public static final double DEFAULT_MAX_LENGTH_M = 20.0;
    public static final double DEFAULT_MIN_WIDTH_M = 1.8;
    public static final double DEFAULT_MAX_WIDTH_M = 4.0;
    public static final double DEFAULT_MIN_ELONGATION = 1.8;
    public static final double DEFAULT_STRUCTURING_ELEMENT_M = 7.0;
    public static final double DEFAULT_SEED_SIGMAS = 6.0;
    public static final double DEFAULT_GROW_SIGMAS = 3.0;
    public static final double DEFAULT_PEAK_FRACTION = 0.2;
    public static final double DEFAULT_MIN_PROMINENCE = 0.7;
    public static final double DEFAULT_DARK_PEAK_FRACTION = 0.5;
    public static final double DEFAULT_DARK_MIN_PROMINENCE = 0.5;
    public static final double DEFAULT_DARK_SPLIT_MAX_GSD_M = 1.5;
    public static final double DEFAULT_MIN_CONTRAST = 0.0;
    public static final double DEFAULT_MIN_RELATIVE_CONTRAST = 0.2;
    public static final boolean DEFAULT_SUPPRESS_SHADOWS = true;
    public static final double DEFAULT_PAIR_SPLIT_MAX_GSD_M = 1.5;

    /** Trucks, tankers and buses. */
    public static final VehicleDetectionParameters TRUCKS = new VehicleDetectionParameters(DEFAULT_MIN_LENGTH_M,
            DEFAULT_MAX_LENGTH_M, DEFAULT_MIN_WIDTH_M, DEFAULT_MAX_WIDTH_M, DEFAULT_MIN_ELONGATION,
            DEFAULT_STRUCTURING_ELEMENT_M, DEFAULT_SEED_SIGMAS, DEFAULT_GROW_SIGMAS, DEFAULT_PEAK_FRACTION,
            DEFAULT_MIN_PROMINENCE, DEFAULT_DARK_PEAK_FRACTION, DEFAULT_DARK_MIN_PROMINENCE, DEFAULT_DARK_SPLIT_MAX_GSD_M,
            DEFAULT_MIN_CONTRAST, DEFAULT_MIN_RELATIVE_CONTRAST, DEFAULT_SUPPRESS_SHADOWS, DEFAULT_PAIR_SPLIT_MAX_GSD_M);
    public static final VehicleDetectionParameters DEFAULT = TRUCKS;
    /** Cars and pick-ups (3.5–6 × 1.5–2.5 m), for checks; not evidence on the corridors. */
    public static final VehicleDetectionParameters CARS = TRUCKS.withSize(3.5, 6.0, 1.4, 2.5, 4.0);

    public VehicleDetectionParameters {
        if (!(minLengthM > 0 && maxLengthM >= minLengthM)) {
            throw new IllegalArgumentException("need 0 < minLengthM <= maxLengthM: " + minLengthM + ", " + maxLengthM);
        }
        if (!(minWidthM > 0 && maxWidthM >= minWidthM && minWidthM <= minLengthM)) {
            throw new IllegalArgumentException("need 0 < minWidthM <= maxWidthM and minWidthM <= minLengthM: "
                    + minWidthM + ", " + maxWidthM);
        }
        if (!(minElongation >= 1)) {
            throw new IllegalArgumentException("minElongation must be >= 1: " + minElongation);
        }
        if (!(structuringElementM > maxWidthM)) {
            throw new IllegalArgumentException("structuringElementM (" + structuringElementM
                    + ") must exceed maxWidthM (" + maxWidthM + ") or vehicles survive the opening");
        }
        if (!(growSigmas > 0 && seedSigmas >= growSigmas)) {
            throw new IllegalArgumentException("need 0 < growSigmas <= seedSigmas: " + growSigmas + ", " + seedSigmas);
        }
        if (!(peakFraction >= 0 && peakFraction < 1)) {
            throw new IllegalArgumentException("peakFraction must be in [0,1): " + peakFraction);
        }
        if (!(minProminence >= 0 && minProminence < 1)) {
            throw new IllegalArgumentException("minProminence must be in [0,1): " + minProminence);
        }
        if (!(darkPeakFraction >= 0 && darkPeakFraction < 1 && darkMinProminence >= 0 && darkMinProminence < 1)) {
            throw new IllegalArgumentException("darkPeakFraction and darkMinProminence must be in [0,1): "
                    + darkPeakFraction + ", " + darkMinProminence);
        }
        if (!(darkSplitMaxGsdM >= 0)) {
            throw new IllegalArgumentException("darkSplitMaxGsdM must be >= 0: " + darkSplitMaxGsdM);
        }
        if (!(minContrast >= 0)) {
            throw new IllegalArgumentException("minContrast must be >= 0: " + minContrast);
        }
        if (!(minRelativeContrast >= 0)) {
            throw new IllegalArgumentException("minRelativeContrast must be >= 0: " + minRelativeContrast);
        }
        if (!(pairSplitMaxGsdM >= 0)) {
            throw new IllegalArgumentException("pairSplitMaxGsdM must be >= 0: " + pairSplitMaxGsdM);
        }
    }

    /** A copy with other object dimensions (e.g. cars: 3.5–6 × 1.5–2.5 m). */
    public VehicleDetectionParameters withSize(double minLength, double maxLength, double minWidth, double maxWidth,
                                               double structuringElement) {
        return new VehicleDetectionParameters(minLength, maxLength, minWidth, maxWidth, minElongation,
                structuringElement, seedSigmas, growSigmas, peakFraction, minProminence,
                darkPeakFraction, darkMinProminence, darkSplitMaxGsdM, minContrast, minRelativeContrast, suppressShadows,
                pairSplitMaxGsdM);
    }

    /** A copy with another peak fraction for BRIGHT objects (0 = plain hysteresis). */
    public VehicleDetectionParameters withPeakFraction(double fraction) {
        return new VehicleDetectionParameters(minLengthM, maxLengthM, minWidthM, maxWidthM, minElongation,
                structuringElementM, seedSigmas, growSigmas, fraction, minProminence,
                darkPeakFraction, darkMinProminence, darkSplitMaxGsdM, minContrast, minRelativeContrast, suppressShadows,
                pairSplitMaxGsdM);
    }

    /** A copy with another split of DARK objects on pixels of {@code maxGsdM} or finer (fraction 0 = plain hysteresis). */
    public VehicleDetectionParameters withDarkSplit(double fraction, double prominence, double maxGsdM) {
        return new VehicleDetectionParameters(minLengthM, maxLengthM, minWidthM, maxWidthM, minElongation,
                structuringElementM, seedSigmas, growSigmas, peakFraction, minProminence, fraction, prominence,
                maxGsdM, minContrast, minRelativeContrast, suppressShadows,
                pairSplitMaxGsdM);
    }

    /** A copy with another relative-contrast floor (0 = off). */
    public VehicleDetectionParameters withMinRelativeContrast(double relative) {
        return new VehicleDetectionParameters(minLengthM, maxLengthM, minWidthM, maxWidthM, minElongation,
                structuringElementM, seedSigmas, growSigmas, peakFraction, minProminence,
                darkPeakFraction, darkMinProminence, darkSplitMaxGsdM, minContrast, relative, suppressShadows,
                pairSplitMaxGsdM);
    }

    /** A copy with another coarsest GSD for cutting two vehicles abreast apart (0 = never). */
    public VehicleDetectionParameters withPairSplit(double maxGsdM) {
        return new VehicleDetectionParameters(minLengthM, maxLengthM, minWidthM, maxWidthM, minElongation,
                structuringElementM, seedSigmas, growSigmas, peakFraction, minProminence,
                darkPeakFraction, darkMinProminence, darkSplitMaxGsdM, minContrast, minRelativeContrast, suppressShadows,
                maxGsdM);
    }

    /** The structuring element side in pixels at a GSD: odd, at least 3. */
    public int structuringElementPixels(double gsdMetres) {
        int side = (int) Math.round(structuringElementM / gsdMetres);
        if (side % 2 == 0) {
            side++;
        }
        return Math.max(3, side);
    }
}
