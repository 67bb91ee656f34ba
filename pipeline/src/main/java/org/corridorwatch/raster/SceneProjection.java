package org.corridorwatch.raster;

import org.corridorwatch.geo.Projection;
import org.corridorwatch.geo.Projections;
import org.corridorwatch.model.GridGeometry;
import org.corridorwatch.model.InputDataException;
import org.gdal.osr.CoordinateTransformation;
import org.gdal.osr.SpatialReference;
import org.gdal.osr.osrConstants;

/**
 * The {@link Projection} of a scene's CRS: CorridorWatch's own pure-Java projection for UTM on WGS84
 * (EPSG:326xx/327xx) and EPSG:4326, otherwise one backed by GDAL/PROJ (OSR) with the traditional GIS
 * axis order (x = easting/longitude). The OSR-backed projection is not thread-safe.
 */
public final class SceneProjection {
    private SceneProjection() {
    }

    public static Projection of(GridGeometry grid) {
        int epsg = grid.epsg();
        if (epsg == 4326 || epsg > 32600 && epsg <= 32660 || epsg > 32700 && epsg <= 32760) {
            return Projections.forEpsg(epsg);
        }
        if (grid.crsWkt().isBlank()) {
            throw new InputDataException("the scene has no CRS", "georeference it first (gdal_translate -a_srs)");
        }
        GdalRuntime.ensureLoaded();
        return new OsrProjection(grid.crsWkt(), epsg);
    }

    /** A projection through OSR CoordinateTransformation objects (kept for the projection's lifetime). */
    private static final class OsrProjection implements Projection {
        private final SpatialReference scene;
        private final SpatialReference wgs84;
        private final CoordinateTransformation toScene;
        private final CoordinateTransformation toWgs84;
        private final int epsg;
        private final boolean geographic;

        OsrProjection(String wkt, int epsg) {
            this.epsg = epsg;
            scene = new SpatialReference(wkt);
            scene.SetAxisMappingStrategy(osrConstants.OAMS_TRADITIONAL_GIS_ORDER);
            wgs84 = new SpatialReference();
            wgs84.ImportFromEPSG(4326);
            wgs84.SetAxisMappingStrategy(osrConstants.OAMS_TRADITIONAL_GIS_ORDER);
            try {
                toScene = CoordinateTransformation.CreateCoordinateTransformation(wgs84, scene);
                toWgs84 = CoordinateTransformation.CreateCoordinateTransformation(scene, wgs84);
            } catch (RuntimeException e) {
                throw new InputDataException("cannot transform between the scene's CRS and WGS84 (" + e.getMessage() + ")",
                        "reproject the scene to UTM, e.g. gdalwarp -t_srs EPSG:32629");
            }
            if (toScene == null || toWgs84 == null) {
                throw new InputDataException("cannot transform between the scene's CRS and WGS84",
                        "reproject the scene to UTM, e.g. gdalwarp -t_srs EPSG:32629");
            }
            geographic = scene.IsGeographic() == 1;
        }

        @Override
        public synchronized double[] forward(double lon, double lat) {
            double[] p = toScene.TransformPoint(lon, lat);
            return new double[] {p[0], p[1]};
        }

        @Override
        public synchronized double[] inverse(double x, double y) {
            double[] p = toWgs84.TransformPoint(x, y);
            return new double[] {p[0], p[1]};
        }

        @Override
        public int epsg() {
            return epsg;
        }

        @Override
        public boolean isGeographic() {
            return geographic;
        }
    }
}
