package org.corridorwatch.raster;

import org.corridorwatch.model.ConfigException;
import org.gdal.osr.SpatialReference;

/** WKT of CRSs by EPSG code, through GDAL/PROJ. */
public final class CrsWkt {
    private CrsWkt() {
    }

    /** WKT of an EPSG CRS, with the traditional GIS axis order (x = easting/longitude). */
    public static String ofEpsg(int epsg) {
        GdalRuntime.ensureLoaded();
        SpatialReference srs = new SpatialReference();
        try {
            srs.ImportFromEPSG(epsg);
            return srs.ExportToWkt();
        } catch (RuntimeException e) {
            throw new ConfigException("unknown CRS EPSG:" + epsg + " (" + e.getMessage() + ")",
                    "use a valid EPSG code; PROJ's database (proj-data) must be installed");
        } finally {
            srs.delete();
        }
    }
}
