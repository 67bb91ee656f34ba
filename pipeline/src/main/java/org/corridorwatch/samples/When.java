package org.corridorwatch.samples;

/** In which of the two images a planted thing is visible. */
public enum When {
    BEFORE, AFTER, BOTH;

    /** Is it visible in the image of {@code date}? */
    public boolean visibleIn(When date) {
        return this == BOTH || this == date;
    }
}
