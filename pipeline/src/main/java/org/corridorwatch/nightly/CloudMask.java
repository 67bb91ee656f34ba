package org.corridorwatch.nightly;

import java.util.List;
import org.corridorwatch.model.BandSet;
import org.corridorwatch.change.mask.MaskParameters;
import org.corridorwatch.change.mask.PixelMasks;
import org.corridorwatch.config.BandRole;
import org.corridorwatch.raster.GdalScene;
import org.corridorwatch.raster.RasterWindow;
import org.corridorwatch.raster.SceneBands;

/**
 * The single-date mask of a pixel window (one {@link org.corridorwatch.change.mask.MaskCode} per pixel): from the
 * Sentinel-2 SCL band when the scene has one (3 shadow, 8/9 cloud, 10 cirrus, 0/1 and NaN nodata), else the
 * scan's spectral cloud test ({@link PixelMasks#spectral}) on reflectance, converted while reading as the scan
 * does ({@link SceneBands#linear}). {@code scene} may be a resampled
 * copy of the scene {@code bands} was detected on, as long as it keeps the band order.
 */
final class CloudMask {
    private CloudMask() {
    }

    /** The roles {@link #read} reads: SCL alone when the scene has it, else the spectral bands it has. */
    static List<BandRole> roles(SceneBands bands) {
        return bands.has(BandRole.SCL) ? List.of(BandRole.SCL) : BandRole.SPECTRAL.stream().filter(bands::has).toList();
    }

    static byte[] read(GdalScene scene, SceneBands bands, int c0, int r0, int w, int h, MaskParameters p) {
        if (bands.has(BandRole.SCL)) {
            RasterWindow win = scene.read(c0, r0, w, h, bands.index(BandRole.SCL));
            return PixelMasks.fromScl(win.band(0), null);
        }
        List<BandRole> roles = roles(bands);
        RasterWindow win = scene.read(c0, r0, w, h, roles.stream().map(bands::linear).toArray(GdalScene.Linear[]::new),
                roles.stream().mapToInt(bands::index).toArray());
        float[][] byRole = new float[BandRole.SPECTRAL.size()][];
        for (int k = 0; k < roles.size(); k++) {
            byRole[BandRole.SPECTRAL.indexOf(roles.get(k))] = win.band(k);
        }
        return PixelMasks.spectral(BandSet.of(w, h, byRole), p);
    }
}
