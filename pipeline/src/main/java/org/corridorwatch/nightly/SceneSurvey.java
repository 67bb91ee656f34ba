package org.corridorwatch.nightly;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.corridorwatch.change.mask.MaskCode;
import org.corridorwatch.change.mask.MaskParameters;
import org.corridorwatch.config.SensorProfiles;
import org.corridorwatch.geo.Corridor;
import org.corridorwatch.geo.Projection;
import org.corridorwatch.geo.Reproject;
import org.corridorwatch.model.Tile;
import org.corridorwatch.geo.TilePlanParameters;
import org.corridorwatch.geo.TilePlanner;
import org.corridorwatch.model.GridGeometry;
import org.corridorwatch.raster.GdalScene;
import org.corridorwatch.raster.SceneBands;
import org.corridorwatch.raster.SceneProjection;
import org.corridorwatch.raster.Sentinel2Product;
import org.corridorwatch.raster.ValidFootprint;
import org.locationtech.jts.geom.Geometry;
import org.corridorwatch.nightly.store.SceneRecord;

/**
 * Describes one scene for the catalog: sensor profile (band descriptions), acquisition date (metadata,
 * else file name), valid-data footprint in WGS84, and the cloud fraction over the buffered corridors:
 * up to {@link #SAMPLE_WINDOWS} windows of {@link #SAMPLE_PX}² px, one at the centre of each planned
 * corridor tile (evenly picked), classified by the SCL band when present (3 shadow, 8/9 cloud,
 * 10 cirrus; 0/1 nodata ignored), else by the single-date spectral cloud test. Reads windows only.
 */
final class SceneSurvey {
    static final int SAMPLE_WINDOWS = 24;
    static final int SAMPLE_PX = 64;
    /** Footprints for pairing are read coarser than the scan's (overviews of remote COGs: fewer bytes). */
    static final int FOOTPRINT_MAX_SIDE_PX = 256;

    private SceneSurvey() {
    }

    /**
     * Surveys a scene (a Sentinel-2 product through its stack, {@link Sentinel2Product#readable}). Throws the exception family's {@code InputDataException} for anything GDAL cannot
     * read as a georeferenced scene with the bands of a sensor profile.
     */
    static SceneRecord survey(Path path, String id, long size, SurveyParameters p) {
        Path raster = Sentinel2Product.readable(path);
        try (GdalScene scene = GdalScene.open(raster)) {
            SceneBands bands = SceneBands.detect(scene, p.profiles(), null);
            String date = scene.acquisitionDate();
            GridGeometry grid = scene.grid();
            Projection crs = SceneProjection.of(grid);
            Geometry footprint = ValidFootprint.of(raster, FOOTPRINT_MAX_SIDE_PX);
            Geometry wgs84 = Reproject.apply(footprint, crs::inverse);
            List<Tile> tiles = TilePlanner.plan(grid, crs, footprint, p.corridors(), p.tiles());
            double cloud = tiles.isEmpty() ? Double.NaN : cloudFraction(scene, bands, tiles, p.masks());
            return new SceneRecord(id, path.toString(), bands.profile().name(),
                    date.isEmpty() ? null : LocalDate.parse(date), wgs84, cloud, size);
        }
    }

    private static double cloudFraction(GdalScene scene, SceneBands bands, List<Tile> tiles, MaskParameters masks) {
        int n = Math.min(SAMPLE_WINDOWS, tiles.size());
        long cloudy = 0;
        long valid = 0;
        for (int k = 0; k < n; k++) {
            Tile t = tiles.get((int) ((k + 0.5) * tiles.size() / n));
            int w = Math.min(SAMPLE_PX, t.width());
            int h = Math.min(SAMPLE_PX, t.height());
            int c0 = t.col0() + (t.width() - w) / 2;
            int r0 = t.row0() + (t.height() - h) / 2;
            byte[] mask = CloudMask.read(scene, bands, c0, r0, w, h, masks);
            for (byte m : mask) {
                if (m == MaskCode.NODATA) {
                    continue;
                }
                valid++;
                if (MaskCode.cloudOrShade(m)) {
                    cloudy++;
                }
            }
        }
        return valid == 0 ? 1.0 : (double) cloudy / valid;
    }
}
