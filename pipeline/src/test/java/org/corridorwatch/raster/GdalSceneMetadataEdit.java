package org.corridorwatch.raster;

import java.nio.file.Path;
import org.gdal.gdal.Dataset;
import org.gdal.gdal.gdal;
import org.gdal.gdalconst.gdalconst;

/** Test helper: edits a GeoTIFF's metadata or geotransform in place (as gdal_edit.py -mo / -a_ullr do). */
public final class GdalSceneMetadataEdit implements AutoCloseable {
    private final Dataset dataset;

    public GdalSceneMetadataEdit(Path file) {
        GdalRuntime.ensureLoaded();
        dataset = gdal.Open(file.toString(), gdalconst.GA_Update);
    }

    public void setGeoTransform(double[] gt) {
        dataset.SetGeoTransform(gt);
    }

    public void set(String key, String value) {
        dataset.SetMetadataItem(key, value);
    }

    @Override
    public void close() {
        dataset.delete();
    }
}
