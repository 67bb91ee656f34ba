package org.corridorwatch.raster;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Vector;
import org.corridorwatch.model.InputDataException;
import org.corridorwatch.model.OutputException;
import org.gdal.gdal.BuildVRTOptions;
import org.gdal.gdal.Dataset;
import org.gdal.gdal.gdal;
import org.gdal.gdalconst.gdalconst;

/**
 * Scenes read over HTTP through GDAL's {@code /vsicurl/} (range requests: only the header, the
 * overviews and the blocks of the windows read are fetched). A remote scene is catalogued as a small
 * local VRT that references the remote file(s), so every other stage opens it like a local file.
 */
public final class RemoteScenes {
    public static final int DEFAULT_MAX_RETRY = 3;
    public static final int DEFAULT_TIMEOUT_S = 30;

    private RemoteScenes() {
    }

    /**
     * Each band of a stack of single-band {@code sources} gets its source's nodata value: the values read are those of
     * a stack whose sources carry it (a nodata pixel kept the band's initial value, which was that same nodata).
     */
    private static void declareSourceNodata(Dataset vrt, List<String> sources) {
        for (int b = 0; b < Math.min(sources.size(), vrt.getRasterCount()); b++) {
            Dataset src = gdal.OpenEx(sources.get(b), gdalconst.OF_RASTER | gdalconst.OF_READONLY);
            if (src == null) {
                continue;
            }
            try {
                Double[] nd = new Double[1];
                src.GetRasterBand(1).GetNoDataValue(nd);
                if (nd[0] != null) {
                    vrt.GetRasterBand(b + 1).SetNoDataValue(nd[0]);
                }
            } finally {
                src.delete();
            }
        }
    }

    /**
     * Sets GDAL's HTTP behaviour for this process: retries with a delay on 429/5xx and time-outs
     * (GDAL_HTTP_MAX_RETRY, GDAL_HTTP_RETRY_DELAY, GDAL_HTTP_TIMEOUT, GDAL_HTTP_CONNECTTIMEOUT), and no
     * directory listing on open (GDAL_DISABLE_READDIR_ON_OPEN=EMPTY_DIR: one request fewer per file).
     */
    public static void configureHttp(int maxRetry, int timeoutS) {
        GdalRuntime.ensureLoaded();
        gdal.SetConfigOption("GDAL_HTTP_MAX_RETRY", String.valueOf(maxRetry));
        gdal.SetConfigOption("GDAL_HTTP_RETRY_DELAY", "1");
        gdal.SetConfigOption("GDAL_HTTP_TIMEOUT", String.valueOf(timeoutS));
        gdal.SetConfigOption("GDAL_HTTP_CONNECTTIMEOUT", String.valueOf(Math.min(10, timeoutS)));
        gdal.SetConfigOption("GDAL_DISABLE_READDIR_ON_OPEN", "EMPTY_DIR");
    }

    /** The GDAL name of a URL read through range requests. */
    public static String vsicurl(String url) {
        return "/vsicurl/" + url;
    }

    /**
     * Writes a VRT over remote rasters: one source as it is (all its bands, band descriptions, nodata and
     * metadata), or several single-band sources stacked as bands (finest resolution) named {@code bandNames}.
     * {@code metadata} is added to the dataset's default domain (e.g. ACQUISITION_DATE).
     */
    public static Path writeVrt(Path target, List<String> sources, List<String> bandNames, Map<String, String> metadata) {
        GdalRuntime.ensureLoaded();
        try {
            Files.createDirectories(target.toAbsolutePath().getParent());
        } catch (java.io.IOException e) {
            throw new OutputException(target, "cannot create its folder (" + e.getMessage() + ")", "check permissions");
        }
        Path temp = target.resolveSibling("." + target.getFileName() + ".partial-" + ProcessHandle.current().pid() + ".vrt");
        Dataset vrt;
        Dataset first = null;
        try {
            if (sources.size() == 1) {
                first = gdal.OpenEx(sources.get(0), gdalconst.OF_RASTER | gdalconst.OF_READONLY);
                if (first == null) {
                    throw new RuntimeException(gdal.GetLastErrorMsg());
                }
                vrt = gdal.GetDriverByName("VRT").CreateCopy(temp.toString(), first);
            } else {
                // plain sources: with the sources' nodata GDAL's VRT would convert every pixel through float
                // (VRTComplexSource; ~22 % of a per-band COG scan's CPU); the nodata goes on the stack's bands below
                vrt = gdal.BuildVRT(temp.toString(), new Vector<>(sources),
                        new BuildVRTOptions(new Vector<>(List.of("-separate", "-resolution", "highest", "-srcnodata", "None"))));
                if (vrt != null) {
                    declareSourceNodata(vrt, sources);
                }
            }
        } catch (RuntimeException e) {
            throw new InputDataException(sources.get(0) + ": GDAL cannot read it over HTTP ("
                    + String.valueOf(e.getMessage()).trim() + ")", "check the URL with gdalinfo /vsicurl/URL");
        }
        if (vrt == null) {
            if (first != null) {
                first.delete();
            }
            throw new InputDataException(sources.get(0) + ": GDAL cannot read it over HTTP ("
                    + gdal.GetLastErrorMsg().trim() + ")", "check the URL with gdalinfo /vsicurl/URL");
        }
        if (bandNames != null) {
            for (int b = 0; b < Math.min(bandNames.size(), vrt.getRasterCount()); b++) {
                vrt.GetRasterBand(b + 1).SetDescription(bandNames.get(b));
            }
        }
        metadata.forEach((k, v) -> vrt.SetMetadataItem(k, v));
        vrt.FlushCache();
        vrt.delete();
        if (first != null) {
            first.delete();
        }
        try {
            Files.move(temp, target, java.nio.file.StandardCopyOption.ATOMIC_MOVE, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (java.io.IOException e) {
            throw new OutputException(target, "cannot be written (" + e.getMessage() + ")", "check permissions");
        }
        return target;
    }
}
