package org.corridorwatch.samples;

import org.corridorwatch.model.ConfigException;

/**
 * Where the road drawn in a sample runs (opt-in; {@link #CONFIGURED} draws the configured corridor line as before).
 * With {@code meander} the scene's road follows its own course: offset from the configured line by up to {@code
 * offsetM} (a slow swing that may cross the line, plus bends of tens of metres), optionally with a second unpaved
 * track beside it, clouds over parts of it in the before date and a straight bypass present in the after date only.
 * The true road line is written to {@code truth.geojson} (class {@code road}; {@code track} and {@code bypass} too).
 *
 * @param meander  draw the road on its own course (false: the configured line, the default)
 * @param offsetM  largest distance of the course from the configured line, metres (10..12000)
 * @param track    draw a second unpaved track 150-400 m beside the road
 * @param clouds   number of before-date clouds placed over the road
 * @param bypass   draw a straight bypass (after date only) where the road detours
 */
public record RoadCourse(boolean meander, double offsetM, boolean track, int clouds, boolean bypass) {
    /** The default: the road is the configured corridor line. */
    public static final RoadCourse CONFIGURED = new RoadCourse(false, 0, false, 0, false);
    public static final double MAX_OFFSET_M = 12_000;

    public RoadCourse {
        if (meander && !(offsetM >= 10 && offsetM <= MAX_OFFSET_M)) {
            throw new ConfigException("--road-offset-m " + offsetM + " is out of range",
                    "give 10 to " + (int) MAX_OFFSET_M + " metres");
        }
        if (clouds < 0 || clouds > 20) {
            throw new ConfigException("--road-clouds " + clouds + " is out of range", "give 0 to 20 clouds");
        }
        if (!meander && (track || clouds > 0 || bypass)) {
            throw new ConfigException("--road-track, --road-clouds and --road-bypass need --road-course meander",
                    "add --road-course meander --road-offset-m N");
        }
    }
}
