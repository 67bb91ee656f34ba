package org.corridorwatch.model;

import java.nio.file.Path;

/** The machine lacks something CorridorWatch needs: the GDAL native library, a GDAL driver, a tool. */
public class EnvironmentException extends CorridorWatchException {
    public EnvironmentException(String message, String hint) {
        super(message, hint, null);
    }

    public EnvironmentException(Path file, String message, String hint) {
        super(about(file, message), hint, null);
    }

    public EnvironmentException(Path file, String message, String hint, Throwable cause) {
        super(about(file, message), hint, cause);
    }

    @Override
    public ExitCode exitCode() {
        return ExitCode.ENVIRONMENT;
    }
}
