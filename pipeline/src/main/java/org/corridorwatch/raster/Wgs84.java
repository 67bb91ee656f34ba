package org.corridorwatch.raster;

import org.gdal.osr.CoordinateTransformation;
import org.gdal.osr.SpatialReference;
import org.gdal.osr.osr;
import org.gdal.osr.osrConstants;

/** Vector layers to WGS84 longitude/latitude (x = longitude), as the pipeline's vector inputs are held. */
final class Wgs84 {
    private Wgs84() {
    }

    /**
     * The transformation of a layer's coordinates to WGS84 lon/lat, or null when none is needed: the layer is in
     * EPSG:4326 already, or declares no reference system (taken as lon/lat).
     */
    static CoordinateTransformation transformFrom(SpatialReference srs) {
        if (srs == null || srs.IsGeographic() == 1 && "4326".equals(srs.GetAuthorityCode(null))) {
            return null;
        }
        SpatialReference from = srs.Clone();
        from.SetAxisMappingStrategy(osrConstants.OAMS_TRADITIONAL_GIS_ORDER);
        SpatialReference wgs84 = new SpatialReference();
        wgs84.ImportFromEPSG(4326);
        wgs84.SetAxisMappingStrategy(osrConstants.OAMS_TRADITIONAL_GIS_ORDER);
        return osr.CreateCoordinateTransformation(from, wgs84);
    }
}
