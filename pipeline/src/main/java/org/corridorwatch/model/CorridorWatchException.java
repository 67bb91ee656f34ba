package org.corridorwatch.model;

import java.nio.file.Path;

/**
 * Root of the one exception family for problems the user can fix: bad files, bad configuration,
 * a missing native library. Each carries the exit code the CLI returns and a one-line hint saying
 * how to fix it. Anything that is not a {@code CorridorWatchException} is a bug (exit code 1).
 */
public abstract class CorridorWatchException extends RuntimeException {
    private final String hint;

    protected CorridorWatchException(String message, String hint, Throwable cause) {
        super(message, cause);
        this.hint = hint;
    }

    /** The exit code the CLI returns for this problem. */
    public abstract ExitCode exitCode();

    /** How to fix it, in one line; may be empty. */
    public String hint() {
        return hint == null ? "" : hint;
    }

    /** "path: message" — every message about a file starts with the file. */
    protected static String about(Path file, String message) {
        return file == null ? message : file + ": " + message;
    }
}
