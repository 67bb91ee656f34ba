package org.corridorwatch.review;

import java.util.Locale;

/** A reviewer's decision on a candidate site. */
public enum Verdict {
    CONFIRM, REJECT, UNSURE;

    /** "confirm", "reject", "unsure": the form stored and sent over HTTP. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The verdict for a key, or null when the text is not one. */
    public static Verdict parse(String key) {
        if (key == null) {
            return null;
        }
        for (Verdict v : values()) {
            if (v.key().equals(key)) {
                return v;
            }
        }
        return null;
    }
}
