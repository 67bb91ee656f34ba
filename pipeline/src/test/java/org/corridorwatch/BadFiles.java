package org.corridorwatch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/** Damaged copies of good files for the bad-input tests (the same damage pipeline/scripts/bad-inputs.sh makes). */
public final class BadFiles {
    private BadFiles() {
    }

    /**
     * A copy of a little-endian classic TIFF whose first IFD claims {@code width} x {@code height} pixels: the
     * tile offset and byte count arrays then have the wrong length and libtiff ignores them ("TileOffsets ... tag
     * ignored"), so every block would read as empty.
     */
    public static Path patchedSize(Path tiff, Path copy, int width, int height) {
        try {
            byte[] bytes = Files.readAllBytes(tiff);
            ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
            if (b.getShort(0) != 0x4949 || b.getShort(2) != 42) {
                throw new IllegalArgumentException(tiff + " is not a little-endian classic TIFF");
            }
            int ifd = b.getInt(4);
            int n = b.getShort(ifd) & 0xFFFF;
            for (int i = 0; i < n; i++) {
                int e = ifd + 2 + 12 * i;
                int tag = b.getShort(e) & 0xFFFF;
                int type = b.getShort(e + 2);
                if (tag == 256 || tag == 257) {
                    int v = tag == 256 ? width : height;
                    if (type == 3) {
                        b.putShort(e + 8, (short) v);
                    } else {
                        b.putInt(e + 8, v);
                    }
                }
            }
            Files.write(copy, bytes);
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
