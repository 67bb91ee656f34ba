package org.corridorwatch.report;

/**
 * The chips written for one candidate, as paths relative to the run folder ("chips/ID-before.png").
 *
 * @param before      before date, true colour
 * @param after       after date, true colour
 * @param falseColour after date, false colour
 * @param falseLabel  bands of the false colour chip, e.g. "SWIR2/NIR/red"
 * @param evidence    the evidence layer
 */
public record CandidateChips(String before, String after, String falseColour, String falseLabel, String evidence) {
}
