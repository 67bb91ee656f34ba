package org.corridorwatch.scan;

import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.corridorwatch.model.BandSet;
import org.corridorwatch.config.BandRole;
import org.corridorwatch.raster.GdalScene;
import org.corridorwatch.raster.RasterWindow;
import org.corridorwatch.raster.SceneBands;
import org.corridorwatch.raster.ScenePair;
import org.corridorwatch.sites.TileAnalyzer;

/** Reads one tile of both dates through a {@link ScenePair.Reader} and converts DN to reflectance. */
final class TileReader {

    private final SceneBands beforeBands;
    private final SceneBands afterBands;

    TileReader(SceneBands beforeBands, SceneBands afterBands) {
        this.beforeBands = beforeBands;
        this.afterBands = afterBands;
    }

    /**
     * Reads a window of both dates: one read per date for the spectral bands and, when it is not warped
     * separately, the classification band too (one pass over each compressed block); DN become
     * reflectance as they are unpacked.
     */
    TileAnalyzer.Input read(ScenePair.Reader reader, String tileId, ScenePair.Window w, int[] core, boolean[] roadMask) {
        boolean sclB = beforeBands.has(BandRole.SCL);
        boolean sclA = afterBands.has(BandRole.SCL);
        boolean inlineB = sclB && !reader.separateClassBefore();
        boolean inlineA = sclA && !reader.separateClassAfter();
        RasterWindow rb = reader.before(w, conversions(beforeBands, inlineB), indices(beforeBands, inlineB));
        RasterWindow ra = reader.after(w, conversions(afterBands, inlineA), indices(afterBands, inlineA));
        float[] sclBefore = !sclB ? null : inlineB ? rb.band(rb.bands().length - 1)
                : reader.beforeClass(w, beforeBands.index(BandRole.SCL));
        float[] sclAfter = !sclA ? null : inlineA ? ra.band(ra.bands().length - 1)
                : reader.afterClass(w, afterBands.index(BandRole.SCL));
        return new TileAnalyzer.Input(tileId, w.col0(), w.row0(), core, bandSet(rb, w), bandSet(ra, w),
                sclBefore, sclAfter, roadMask);
    }

    /** Spectral bands used by both dates (a role missing in either date is not read), then SCL if asked. */
    private int[] indices(SceneBands b, boolean withScl) {
        IntStream spectral = BandRole.SPECTRAL.stream().filter(this::common).mapToInt(b::index);
        return withScl ? IntStream.concat(spectral, IntStream.of(b.index(BandRole.SCL))).toArray() : spectral.toArray();
    }

    /**
     * DN → reflectance per band read ({@link #indices} order), the profile's no-data DN masked even when
     * the file declares none; SCL classes stay as they are.
     */
    private GdalScene.Linear[] conversions(SceneBands b, boolean withScl) {
        Stream<BandRole> roles = BandRole.SPECTRAL.stream().filter(this::common);
        return (withScl ? Stream.concat(roles, Stream.of(BandRole.SCL)) : roles).map(b::linear)
                .toArray(GdalScene.Linear[]::new);
    }

    private boolean common(BandRole r) {
        return beforeBands.has(r) && afterBands.has(r);
    }

    private BandSet bandSet(RasterWindow win, ScenePair.Window w) {
        float[][] byRole = new float[BandRole.SPECTRAL.size()][];
        int k = 0;
        for (int i = 0; i < BandRole.SPECTRAL.size(); i++) {
            if (common(BandRole.SPECTRAL.get(i))) {
                byRole[i] = win.band(k++);
            }
        }
        return new BandSet(w.width(), w.height(), byRole[0], byRole[1], byRole[2], byRole[3], byRole[4], byRole[5], byRole[6]);
    }
}
