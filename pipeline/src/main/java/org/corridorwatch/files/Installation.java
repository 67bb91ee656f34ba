package org.corridorwatch.files;

import java.nio.file.Path;

/**
 * Where CorridorWatch is installed: the folder holding {@code config/} (the repository root). The launcher
 * sets it as the system property {@code corridorwatch.home}; without it the current directory is used.
 * The one place that reads that property.
 */
public final class Installation {
    public static final String HOME_PROPERTY = "corridorwatch.home";

    private Installation() {
    }

    /** The installation folder, absolute. */
    public static Path home() {
        String home = System.getProperty(HOME_PROPERTY);
        return (home != null ? Path.of(home) : Path.of("")).toAbsolutePath();
    }

    /** A file of the installation's {@code config/} folder, e.g. {@code configFile("corridorwatch.yaml")}. */
    public static Path configFile(String name) {
        return home().resolve("config").resolve(name);
    }
}
