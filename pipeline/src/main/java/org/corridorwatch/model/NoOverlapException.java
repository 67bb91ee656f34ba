package org.corridorwatch.model;

import java.nio.file.Path;

/** There is nothing to process: the inputs do not overlap each other or any corridor. */
public class NoOverlapException extends CorridorWatchException {
    public NoOverlapException(String message, String hint) {
        super(message, hint, null);
    }

    public NoOverlapException(Path file, String message, String hint) {
        super(about(file, message), hint, null);
    }

    public NoOverlapException(Path file, String message, String hint, Throwable cause) {
        super(about(file, message), hint, cause);
    }

    @Override
    public ExitCode exitCode() {
        return ExitCode.NO_OVERLAP;
    }
}
