package org.corridorwatch.firms.files;

import java.nio.file.Path;
import java.util.List;
import org.corridorwatch.firms.FirmsFile;
import org.corridorwatch.firms.FirmsReader;
import org.corridorwatch.raster.PointRecords;

/**
 * Reads any FIRMS download, whatever form the user picked on the FIRMS site: CSV and JSON through
 * {@link FirmsReader}; shapefiles (zipped as downloaded, or the {@code .shp}) and other point layers by
 * extension ({@link PointRecords#EXTENSIONS}) through GDAL, then the same FIRMS checks. The one entry point
 * for scan, nightly and backfill. (A package of its own because {@code firms/} must not depend on
 * {@code raster/}, which depends on the configuration that depends on {@code firms/}.)
 */
public final class FirmsFiles {
    private FirmsFiles() {
    }

    /** Reads one FIRMS file; an {@code InputDataException} (exit 3) when it is not one. */
    public static FirmsFile read(Path file) {
        if (!PointRecords.handles(file)) {
            return FirmsReader.read(file);
        }
        PointRecords.Result r = PointRecords.read(file, FirmsReader.HINT);
        List<FirmsReader.Feature> features = r.records().stream()
                .map(rec -> new FirmsReader.Feature(rec.number(), rec.fields(), rec.lon(), rec.lat(), rec.problem())).toList();
        String kind = r.driver().equals("ESRI Shapefile") ? "shapefile" : r.driver().toLowerCase(java.util.Locale.ROOT);
        return FirmsReader.fromFeatures(file, kind, r.fieldNames(), features);
    }
}
