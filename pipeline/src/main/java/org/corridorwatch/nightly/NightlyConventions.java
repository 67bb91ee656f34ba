package org.corridorwatch.nightly;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.corridorwatch.nightly.store.SceneRecord;

/** Conventions the nightly job, its pair planner and its summary share: retries, pair folder names, elapsed time. */
final class NightlyConventions {
    /** A pair that failed this many times is not planned again. */
    static final int MAX_ATTEMPTS = 3;

    private NightlyConventions() {
    }

    /** Elapsed time as "42s" or "3m07s". */
    static String elapsed(Instant started) {
        long s = Math.round(Duration.between(started, Instant.now()).toMillis() / 1000.0);
        return s >= 60 ? (s / 60) + "m" + String.format(Locale.ROOT, "%02d", s % 60) + "s" : s + "s";
    }

    /** Folder name of a pair: after date and id, then before date and id. */
    static String pairName(SceneRecord after, SceneRecord before) {
        return after.date() + "_" + after.shortId() + "-from-" + before.date() + "_" + before.shortId();
    }
}
