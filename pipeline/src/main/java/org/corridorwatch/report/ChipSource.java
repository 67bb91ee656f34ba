package org.corridorwatch.report;

/** Reads the pixels of a chip window; implementations must be safe to call from several threads. */
@FunctionalInterface
public interface ChipSource {
    ChipBands read(ChipWindow window);
}
