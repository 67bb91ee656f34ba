package org.corridorwatch.raster;

import java.nio.file.Path;
import org.corridorwatch.model.InputDataException;

/**
 * GDAL reported a read of a raster as damaged (an error, or a warning it recovered from by substituting data,
 * such as a corrupt header's "TileOffsets ... tag ignored"): the pixels it returned are not the file's.
 */
public final class DamagedRasterException extends InputDataException {
    public DamagedRasterException(Path file, String message, String hint) {
        super(file, message, hint);
    }
}
