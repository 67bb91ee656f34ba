package org.corridorwatch.nightly;

import java.nio.file.Path;
import org.corridorwatch.model.CorridorWatchException;
import org.corridorwatch.model.ExitCode;

/** Another nightly run holds the workspace lock (exit code 10). */
public final class WorkspaceLockedException extends CorridorWatchException {
    public WorkspaceLockedException(Path lockFile, String message, String hint) {
        super(about(lockFile, message), hint, null);
    }

    @Override
    public ExitCode exitCode() {
        return ExitCode.LOCKED;
    }
}
