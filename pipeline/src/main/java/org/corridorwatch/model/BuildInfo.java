package org.corridorwatch.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Versions fixed at build time (Maven resource filtering of {@code build.properties}). */
public final class BuildInfo {
    private static final Properties PROPS = load();

    private BuildInfo() {
    }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream("/org/corridorwatch/build.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    public static String projectVersion() {
        return PROPS.getProperty("project.version", "dev");
    }

    /** Version of the {@code org.gdal:gdal} Java classes on the class path. */
    public static String gdalJavaVersion() {
        return PROPS.getProperty("gdal.java.version", "unknown");
    }

    public static String jtsVersion() {
        return PROPS.getProperty("jts.version", "unknown");
    }
}
