package org.corridorwatch.ops;

import java.util.ArrayList;
import java.util.List;
import org.corridorwatch.change.BandSet;
import org.corridorwatch.change.MaskParameters;
import org.corridorwatch.change.PixelMasks;
import org.corridorwatch.config.BandRole;
import org.corridorwatch.raster.GdalScene;
import org.corridorwatch.raster.RasterWindow;
import org.corridorwatch.raster.SceneBands;

/**
 * The single-date mask of a pixel window (one {@link org.corridorwatch.change.MaskCode} per pixel): from the
 * Sentinel-2 SCL band when the scene has one (3 shadow, 8/9 cloud, 10 cirrus, 0/1 and NaN nodata), else the
 * scan's spectral cloud test ({@link PixelMasks#spectral}) on reflectance. {@code scene} may be a resampled
 * copy of the scene {@code bands} was detected on, as long as it keeps the band order.
 */
final class CloudMask {
    private static final BandRole[] SPECTRAL = {BandRole.BLUE, BandRole.GREEN, BandRole.RED, BandRole.REDEDGE,
        BandRole.NIR, BandRole.SWIR1, BandRole.SWIR2};

    private CloudMask() {
    }

    static byte[] read(GdalScene scene, SceneBands bands, int c0, int r0, int w, int h, MaskParameters p) {
        if (bands.has(BandRole.SCL)) {
            RasterWindow win = scene.read(c0, r0, w, h, bands.index(BandRole.SCL));
            return PixelMasks.fromScl(win.band(0), null);
        }
        List<Integer> idx = new ArrayList<>();
        for (BandRole r : SPECTRAL) {
            if (bands.has(r)) {
                idx.add(bands.index(r));
            }
        }
        RasterWindow win = scene.read(c0, r0, w, h, idx.stream().mapToInt(Integer::intValue).toArray());
        float[][] byRole = new float[SPECTRAL.length][];
        int k = 0;
        for (int i = 0; i < SPECTRAL.length; i++) {
            if (bands.has(SPECTRAL[i])) {
                float[] dn = win.band(k++);
                for (int q = 0; q < dn.length; q++) {
                    dn[q] = bands.reflectance(SPECTRAL[i], dn[q]);
                }
                byRole[i] = dn;
            }
        }
        return PixelMasks.spectral(BandSet.of(w, h, byRole), p);
    }
}
