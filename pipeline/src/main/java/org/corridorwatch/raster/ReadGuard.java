package org.corridorwatch.raster;

import java.nio.file.Path;
import java.util.function.IntSupplier;
import org.gdal.gdal.gdal;
import org.gdal.gdalconst.gdalconst;

/**
 * Runs the GDAL reads of one scene and fails a read when GDAL reported it as damaged: an error, or a warning it
 * recovered from by substituting data (a corrupt header's "TileOffsets ... tag ignored" makes every block read as
 * nodata; a bad block decodes as zeros). Such a read never returns pixels: the file is damaged, and every later
 * read of the scene fails with the same message. One per {@link GdalScene}; not thread-safe, like the scene.
 */
final class ReadGuard {
    private final Path path;
    /** GDAL's message for the first read it reported as damaged. */
    private String damage;

    ReadGuard(Path path) {
        this.path = path;
    }

    /** Runs {@code read} (a GDAL call returning its CPLErr) for the window x0, y0, w × h of the scene. */
    void run(IntSupplier read, int x0, int y0, int w, int h) {
        if (damage == null) {
            gdal.ErrorReset();
            int err;
            try {
                err = read.getAsInt();
            } catch (RuntimeException e) {
                err = gdalconst.CE_Failure;
                String m = e.getMessage() == null ? "" : e.getMessage().trim();
                damage = m.isEmpty() ? "GDAL read error" : m;
            }
            String said = GdalRuntime.takeWarning();
            if (damage == null && (said != null || err != gdalconst.CE_None)) {
                damage = said != null ? said : "GDAL read error " + err;
            }
            if (damage == null) {
                return;
            }
        }
        throw new DamagedRasterException(path, "damaged: reading pixels " + x0 + "," + y0 + " " + w + "x" + h
                + " GDAL said: " + damage, "the file is truncated or corrupt (check it with gdalinfo -checksum FILE); "
                + "download or export it again");
    }
}
