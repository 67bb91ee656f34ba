package org.corridorwatch.model;

import java.nio.file.Path;

/** The input file (a raster, GeoJSON or CSV) is unreadable or not what the command expects. */
public class InputDataException extends CorridorWatchException {
    public InputDataException(String message, String hint) {
        super(message, hint, null);
    }

    public InputDataException(Path file, String message, String hint) {
        super(about(file, message), hint, null);
    }

    public InputDataException(Path file, String message, String hint, Throwable cause) {
        super(about(file, message), hint, cause);
    }

    @Override
    public ExitCode exitCode() {
        return ExitCode.INPUT;
    }
}
