package org.corridorwatch.change.vehicles;

/** Whether an object is darker or brighter than its surroundings. */
public enum Polarity {
    /** Darker than the road around it (black top-hat): a burnt wreck candidate. */
    DARK,
    /** Brighter than the road around it (white top-hat): an intact vehicle. */
    BRIGHT
}
