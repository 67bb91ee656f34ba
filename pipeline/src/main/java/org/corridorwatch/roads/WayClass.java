package org.corridorwatch.roads;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** How a way counts for one corridor: by its ref, by its class, as an unattributed line, or not at all. */
enum WayClass {
    /** Carries one of the corridor's refs: cost = length, confidence 1. */
    REF(1.0),
    /** An unattributed line (no ref, no class), e.g. a road digitised by an analyst: cost = length. */
    PLAIN(0.9),
    /** No ref, but a configured highway class: cost = class_penalty x length. */
    CLASS(0.7),
    /** Another road's ref or a class not configured: not used. */
    EXCLUDED(0),
    /** Not a way: a gap bridged by the configured line. */
    GAP(0);

    private final double confidence;

    WayClass(double confidence) {
        this.confidence = confidence;
    }

    double confidence() {
        return confidence;
    }

    /** Classifies ways for the corridor with {@code corridorRefs}. */
    static final class Classifier {
        private final Set<String> refs;
        private final Set<String> classes;

        Classifier(List<String> corridorRefs, List<String> classes) {
            this.refs = corridorRefs.stream().map(WayClass::normalise).collect(Collectors.toSet());
            this.classes = Set.copyOf(classes);
        }

        WayClass of(RoadWay way) {
            if (way.refs().stream().map(WayClass::normalise).anyMatch(refs::contains)) {
                return REF;
            }
            if (!way.refs().isEmpty()) {
                return EXCLUDED;
            }
            if (way.highway().isEmpty()) {
                return PLAIN;
            }
            return classes.contains(way.highway()) ? CLASS : EXCLUDED;
        }
    }

    /** "RN 1", "rn-1", "RN.1" all become "RN1". */
    static String normalise(String ref) {
        return ref.toUpperCase(Locale.ROOT).replaceAll("[\\s.\\-_]", "");
    }
}
