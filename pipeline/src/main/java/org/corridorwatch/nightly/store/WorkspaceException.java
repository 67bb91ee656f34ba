package org.corridorwatch.nightly.store;

import java.nio.file.Path;
import org.corridorwatch.model.CorridorWatchException;
import org.corridorwatch.model.ExitCode;

/** The workspace folder is not a usable CorridorWatch workspace (exit code 11). */
public final class WorkspaceException extends CorridorWatchException {
    public WorkspaceException(Path dir, String message, String hint) {
        super(about(dir, message), hint, null);
    }

    public WorkspaceException(Path dir, String message, String hint, Throwable cause) {
        super(about(dir, message), hint, cause);
    }

    @Override
    public ExitCode exitCode() {
        return ExitCode.WORKSPACE;
    }
}
