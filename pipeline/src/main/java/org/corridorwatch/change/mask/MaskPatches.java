package org.corridorwatch.change.mask;

import org.corridorwatch.model.PixelGroups;

/** The 8-connected patches of one {@link MaskCode} in a tile's mask, one at a time. */
final class MaskPatches {
    private MaskPatches() {
    }

    /** What is done with one patch: its pixel indexes are {@code patch[0]} .. {@code patch[size - 1]}. */
    interface Action {
        void on(int[] patch, int size);
    }

    /**
     * Calls {@code action} once for each 8-connected patch of {@code code} in {@code m}, the patches as they were
     * before the first call (the action may recode pixels of {@code m}). Nothing is allocated when there is none.
     */
    static void forEach(byte[] m, int width, int height, byte code, Action action) {
        boolean[] member = null;
        for (int i = 0; i < m.length; i++) {
            if (m[i] == code) {
                if (member == null) {
                    member = new boolean[m.length];
                }
                member[i] = true;
            }
        }
        if (member == null) {
            return;
        }
        int[] labels = new int[m.length];
        int[] patch = new int[m.length];
        for (int start = 0; start < m.length; start++) {
            if (!member[start] || labels[start] != 0) {
                continue;
            }
            action.on(patch, PixelGroups.grow(start, member, labels, patch, 1, width, height, true));
        }
    }
}
