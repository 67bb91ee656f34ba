package org.corridorwatch.raster;

import java.util.Arrays;
import org.corridorwatch.model.BuildInfo;
import org.corridorwatch.model.EnvironmentException;
import org.gdal.gdal.gdal;
import org.gdal.gdalconst.gdalconst;
import org.gdal.ogr.ogr;

/**
 * Loads GDAL's native side once per JVM and checks it matches the Java classes.
 *
 * <p>The Java classes come from Maven Central ({@code org.gdal:gdal}); the JNI library
 * {@code libgdalalljni.so} is built by {@code pipeline/scripts/gdal-jni.sh} against the system GDAL.
 * A missing library or a major.minor mismatch is reported as one {@link EnvironmentException} line,
 * never as an {@code UnsatisfiedLinkError} stack trace.
 */
public final class GdalRuntime {
    /** Environment variable naming a directory that holds an existing {@code libgdalalljni.so}. */
    public static final String JNI_DIR_ENV = "CORRIDORWATCH_GDAL_JNI_DIR";

    /** GDAL block cache unless the GDAL_CACHEMAX environment variable says otherwise. */
    static final int CACHE_MAX_BYTES = 256 << 20;

    private static volatile String nativeVersion;

    private GdalRuntime() {
    }

    /** Loads and checks GDAL; cheap after the first call. Returns the native GDAL release, e.g. "3.6.2". */
    public static String ensureLoaded() {
        String v = nativeVersion;
        if (v != null) {
            return v;
        }
        synchronized (GdalRuntime.class) {
            if (nativeVersion == null) {
                nativeVersion = load();
            }
            return nativeVersion;
        }
    }

    private static String load() {
        String fix = "run through ./corridorwatch or pipeline/scripts/run-tests.sh (they build it), or set "
                + JNI_DIR_ENV + " to a directory holding libgdalalljni.so";
        try {
            System.loadLibrary("gdalalljni");
        } catch (UnsatisfiedLinkError e) {
            throw new EnvironmentException("GDAL's Java native library libgdalalljni.so could not be loaded from "
                    + "java.library.path=" + System.getProperty("java.library.path") + " (" + e.getMessage() + ")", fix);
        }
        String release;
        try {
            release = gdal.VersionInfo("RELEASE_NAME");
            gdal.UseExceptions();
            ogr.UseExceptions();
            gdal.AllRegister();
            ogr.RegisterAll();
        } catch (UnsatisfiedLinkError e) {
            throw new EnvironmentException("libgdalalljni.so does not match the GDAL Java classes "
                    + BuildInfo.gdalJavaVersion() + " (" + e.getMessage() + ")", fix);
        }
        if (!sameMajorMinor(release, BuildInfo.gdalJavaVersion())) {
            throw new EnvironmentException("GDAL version mismatch: native GDAL " + release
                    + " but Java classes org.gdal:gdal:" + BuildInfo.gdalJavaVersion()
                    + " (major.minor must match)", "set <gdal.version> in pom.xml to " + majorMinor(release)
                    + ".x, or install GDAL " + majorMinor(BuildInfo.gdalJavaVersion()));
        }
        // No .aux.xml side files next to the user's inputs; errors arrive as exceptions, not on stderr.
        gdal.SetConfigOption("GDAL_PAM_ENABLED", "NO");
        // GDAL's block cache defaults to 5 % of RAM; tiles are read once, so a small cache bounds memory
        if (System.getenv("GDAL_CACHEMAX") == null) {
            gdal.SetCacheMax(CACHE_MAX_BYTES);
        }
        // threads decoding the blocks of one read (GTiff, GDAL >= 3.6): half the cores, because the scan reads
        // both dates at once (each date's reads are serialised, see ScenePair.Reader). All cores oversubscribed
        // a 2-core machine: 5490² benchmark 0.2 s slower, 0.3 s more CPU. Writers ask for their own threads.
        // All cores were also tried for JPEG2000 products (corridor scan of a 10980² .SAFE pair 52.2 -> 34.6 s) and
        // withdrawn: a chip of ProductScanOutputsGoldenTest then came out with different pixels in 2 runs of 14
        // (0 of 10 with one thread). Not reproduced since in 448 runs with 2 or 4 threads; DecodeThreadsDeterminismTest
        // guards it (docs/performance-products.md).
        if (System.getenv("GDAL_NUM_THREADS") == null) {
            gdal.SetConfigOption("GDAL_NUM_THREADS", String.valueOf(decodeThreads(Runtime.getRuntime().availableProcessors())));
        }
        gdal.PushErrorHandler("CPLQuietErrorHandler");
        return release;
    }

    /**
     * The message of the failure GDAL recorded on this thread since the last {@code gdal.ErrorReset()} (a
     * failed write is reported this way when blocks are flushed or a file is closed), null when none; resets it.
     */
    static String takeFailure() {
        if (gdal.GetLastErrorType() < gdalconst.CE_Failure) {
            return null;
        }
        String msg = gdal.GetLastErrorMsg().trim();
        gdal.ErrorReset();
        return msg;
    }

    /**
     * The message of the warning or failure GDAL recorded on this thread since the last {@code gdal.ErrorReset()}
     * (the last one, GDAL keeps no more), null when none; resets it. Debug messages do not count.
     */
    static String takeWarning() {
        if (gdal.GetLastErrorType() < gdalconst.CE_Warning) {
            return null;
        }
        String msg = gdal.GetLastErrorMsg().trim();
        int no = gdal.GetLastErrorNo();
        gdal.ErrorReset();
        return msg.isEmpty() ? "GDAL error " + no : msg;
    }

    /** The most {@link #cacheAtLeast} raises GDAL's block cache to (peak RSS must stay below 1.5 GB). */
    static final long CACHE_CAP_BYTES = 900L << 20;

    /**
     * Raises GDAL's block cache to {@code bytes} (capped at {@link #CACHE_CAP_BYTES}; never lowered; left alone
     * when GDAL_CACHEMAX is set): the working set of a scan whose files decode large blocks (JPEG2000 tiles of
     * 1024², each decoded whole for any window), so a block decoded for the scene statistics is still cached when
     * the tile pass needs it. Returns the cache size in force.
     */
    public static synchronized long cacheAtLeast(long bytes) {
        ensureLoaded();
        if (System.getenv("GDAL_CACHEMAX") == null && bytes > gdal.GetCacheMax()) {
            gdal.SetCacheMax((int) Math.min(bytes, CACHE_CAP_BYTES));
        }
        return gdal.GetCacheMax();
    }

    /** Decode threads per read: half the cores (at least one), as both dates are read at once. */
    static int decodeThreads(int cores) {
        return Math.max(1, cores / 2);
    }

    static boolean sameMajorMinor(String a, String b) {
        return majorMinor(a).equals(majorMinor(b));
    }

    static String majorMinor(String version) {
        String[] parts = version.split("\\.");
        return String.join(".", Arrays.copyOf(parts, Math.min(2, parts.length)));
    }
}
