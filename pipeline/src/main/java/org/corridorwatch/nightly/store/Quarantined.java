package org.corridorwatch.nightly.store;

/**
 * A file moved out of the inbox (or {@code firms/}) into {@code quarantine/}: where it was, where it went,
 * why, and whether it was a scene or a FIRMS export. Paths are relative to the workspace root.
 */
public record Quarantined(String file, String movedTo, String reason, String kind) {
}
