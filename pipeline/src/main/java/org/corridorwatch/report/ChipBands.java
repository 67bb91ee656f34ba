package org.corridorwatch.report;

/**
 * The pixels one candidate's chips are drawn from, all on the same square window of the scan grid
 * (row-major, {@code size × size}, reflectance or evidence 0..1, NaN = nodata).
 *
 * @param size        side of the window, pixels
 * @param before      before date red, green, blue
 * @param after       after date red, green, blue
 * @param falseColour after date false colour: SWIR2, NIR, red (or NIR, red, green without SWIR)
 * @param falseLabel  which bands {@code falseColour} holds, e.g. "SWIR2/NIR/red"
 * @param evidence    per-pixel burn evidence 0..1
 */
public record ChipBands(int size, float[][] before, float[][] after, float[][] falseColour, String falseLabel,
                        float[] evidence) {
}
