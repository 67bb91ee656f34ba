package org.corridorwatch.change.evidence;

/**
 * USGS FIREMON dNBR severity classes (Key &amp; Benson 2006): below {@link #LOW} unburned, then low,
 * moderate-low, moderate-high and high severity. Used as floors for the scene-adaptive thresholds and
 * to describe regions in plain language.
 */
public enum BurnSeverity {
    UNBURNED("unburned"), LOW_SEVERITY("low severity"), MODERATE_LOW("moderate-low severity"),
    MODERATE_HIGH("moderate-high severity"), HIGH("high severity");

    /** Lower dNBR bound of low severity: below it a pixel counts as unburned. */
    public static final double LOW = 0.10;
    /** Lower dNBR bound of moderate-low severity. */
    public static final double MODERATE_LOW_BREAK = 0.27;
    /** Lower dNBR bound of moderate-high severity. */
    public static final double MODERATE_HIGH_BREAK = 0.44;
    /** Lower dNBR bound of high severity. */
    public static final double HIGH_BREAK = 0.66;

    private final String label;

    BurnSeverity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The USGS class of a dNBR value ({@link #UNBURNED} for NaN). */
    public static BurnSeverity of(double dnbr) {
        if (!(dnbr >= LOW)) {
            return UNBURNED;
        }
        if (dnbr < MODERATE_LOW_BREAK) {
            return LOW_SEVERITY;
        }
        if (dnbr < MODERATE_HIGH_BREAK) {
            return MODERATE_LOW;
        }
        return dnbr < HIGH_BREAK ? MODERATE_HIGH : HIGH;
    }
}
