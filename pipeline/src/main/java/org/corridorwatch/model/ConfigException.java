package org.corridorwatch.model;

import java.nio.file.Path;

/** The configuration (config file, corridors, places or an option value) is invalid. */
public class ConfigException extends CorridorWatchException {
    public ConfigException(String message, String hint) {
        super(message, hint, null);
    }

    public ConfigException(Path file, String message, String hint) {
        super(about(file, message), hint, null);
    }

    public ConfigException(Path file, String message, String hint, Throwable cause) {
        super(about(file, message), hint, cause);
    }

    @Override
    public ExitCode exitCode() {
        return ExitCode.CONFIG;
    }
}
