package org.corridorwatch.samples;

import java.nio.file.Path;

/**
 * What {@code samples generate} was asked for; built by the CLI in one place. Exactly one of
 * {@code corridorId} (with {@code fromKm}/{@code toKm}) and {@code bbox} is set; neither →
 * {@link #DEFAULT_CORRIDOR} km {@link #DEFAULT_FROM_KM}–{@link #DEFAULT_TO_KM}.
 *
 * @param bbox    W,S,E,N in degrees or null
 * @param sizePx  {width, height} or null to fit the segment/box
 * @param command the command line that regenerates this sample (written to the README)
 * @param roadCourse where the drawn road runs ({@link RoadCourse#CONFIGURED}: the configured line)
 */
public record SampleRequest(Sensor sensor, String caseName, long seed, String corridorId, double fromKm, double toKm,
                            double[] bbox, int[] sizePx, Path out, boolean overwrite, boolean cog, String command,
                            RoadCourse roadCourse) {
    public static final String DEFAULT_CORRIDOR = "rn1-senegal";
    public static final double DEFAULT_FROM_KM = 100;
    public static final double DEFAULT_TO_KM = 106;
    public static final long DEFAULT_SEED = 1;

    public SampleRequest {
        bbox = bbox == null ? null : bbox.clone();
        sizePx = sizePx == null ? null : sizePx.clone();
        roadCourse = roadCourse == null ? RoadCourse.CONFIGURED : roadCourse;
    }

    /** A request whose road is the configured line. */
    public SampleRequest(Sensor sensor, String caseName, long seed, String corridorId, double fromKm, double toKm,
                         double[] bbox, int[] sizePx, Path out, boolean overwrite, boolean cog, String command) {
        this(sensor, caseName, seed, corridorId, fromKm, toKm, bbox, sizePx, out, overwrite, cog, command,
                RoadCourse.CONFIGURED);
    }
}
