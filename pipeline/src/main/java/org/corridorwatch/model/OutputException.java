package org.corridorwatch.model;

import java.nio.file.Path;

/** An output cannot be written: it exists already, the directory is not writable or the disk is full. */
public class OutputException extends CorridorWatchException {
    public OutputException(String message, String hint) {
        super(message, hint, null);
    }

    public OutputException(Path file, String message, String hint) {
        super(about(file, message), hint, null);
    }

    public OutputException(Path file, String message, String hint, Throwable cause) {
        super(about(file, message), hint, cause);
    }

    @Override
    public ExitCode exitCode() {
        return ExitCode.OUTPUT;
    }
}
