package org.corridorwatch.raster;

import java.nio.file.Path;
import org.gdal.gdal.Dataset;
import org.gdal.gdal.gdal;
import org.gdal.gdalconst.gdalconst;

/** Test helper: edits a GeoTIFF's dataset metadata in place (as gdal_edit.py -mo does). */
public final class GdalSceneMetadataEdit implements AutoCloseable {
    private final Dataset dataset;

    public GdalSceneMetadataEdit(Path file) {
        GdalRuntime.ensureLoaded();
        dataset = gdal.Open(file.toString(), gdalconst.GA_Update);
    }

    public void set(String key, String value) {
        dataset.SetMetadataItem(key, value);
    }

    @Override
    public void close() {
        dataset.delete();
    }
}
