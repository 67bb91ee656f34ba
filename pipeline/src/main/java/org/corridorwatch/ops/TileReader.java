package org.corridorwatch.ops;

import org.corridorwatch.change.BandSet;
import org.corridorwatch.config.BandRole;
import org.corridorwatch.raster.RasterWindow;
import org.corridorwatch.raster.SceneBands;
import org.corridorwatch.raster.ScenePair;
import org.corridorwatch.sites.TileAnalyzer;

/** Reads one tile of both dates through a {@link ScenePair.Reader} and converts DN to reflectance. */
final class TileReader {
    private static final BandRole[] SPECTRAL = {BandRole.BLUE, BandRole.GREEN, BandRole.RED, BandRole.REDEDGE,
        BandRole.NIR, BandRole.SWIR1, BandRole.SWIR2};

    private final SceneBands beforeBands;
    private final SceneBands afterBands;

    TileReader(SceneBands beforeBands, SceneBands afterBands) {
        this.beforeBands = beforeBands;
        this.afterBands = afterBands;
    }

    TileAnalyzer.Input read(ScenePair.Reader reader, String tileId, ScenePair.Window w, int[] core) {
        BandSet before = bandSet(reader.before(w, indices(beforeBands)), beforeBands, w);
        BandSet after = bandSet(reader.after(w, indices(afterBands)), afterBands, w);
        float[] sclBefore = beforeBands.has(BandRole.SCL) ? reader.beforeClass(w, beforeBands.index(BandRole.SCL)) : null;
        float[] sclAfter = afterBands.has(BandRole.SCL) ? reader.afterClass(w, afterBands.index(BandRole.SCL)) : null;
        return new TileAnalyzer.Input(tileId, w.col0(), w.row0(), core, before, after, sclBefore, sclAfter);
    }

    /** Spectral bands used by both dates (a role missing in either date is not read). */
    private int[] indices(SceneBands b) {
        return java.util.Arrays.stream(SPECTRAL).filter(this::common).mapToInt(b::index).toArray();
    }

    private boolean common(BandRole r) {
        return beforeBands.has(r) && afterBands.has(r);
    }

    private BandSet bandSet(RasterWindow win, SceneBands b, ScenePair.Window w) {
        float[][] byRole = new float[SPECTRAL.length][];
        int k = 0;
        for (int i = 0; i < SPECTRAL.length; i++) {
            if (common(SPECTRAL[i])) {
                float[] dn = win.band(k++);
                float scale = (float) b.profile().scale();
                float offset = b.offsets().get(SPECTRAL[i]).floatValue();
                for (int p = 0; p < dn.length; p++) {
                    dn[p] = (dn[p] + offset) * scale;
                }
                byRole[i] = dn;
            }
        }
        return new BandSet(w.width(), w.height(), byRole[0], byRole[1], byRole[2], byRole[3], byRole[4], byRole[5], byRole[6]);
    }
}
