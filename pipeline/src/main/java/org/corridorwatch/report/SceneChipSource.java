package org.corridorwatch.report;

import java.util.Arrays;
import org.corridorwatch.config.BandRole;
import org.corridorwatch.model.GridGeometry;
import org.corridorwatch.raster.GdalScene;
import org.corridorwatch.raster.SceneBands;
import org.corridorwatch.raster.ScenePair;

/**
 * Chip pixels from a scan: both dates through a shared {@link ScenePair.Reader} (thread-safe), DN
 * converted to reflectance with each date's {@link SceneBands} ({@code (DN + offset) × scale}), and
 * the evidence band of {@code evidence/burn.tif} (bytes 0..250 → 0..1; 255 → NaN).
 */
public final class SceneChipSource implements ChipSource {
    private final ScenePair.Reader reader;
    private final SceneBands beforeBands;
    private final SceneBands afterBands;
    private final GdalScene evidence;
    private final int evidenceCol0;
    private final int evidenceRow0;
    private final double evidenceScale;

    /**
     * @param grid     the scan grid
     * @param evidence the scan's evidence raster (its grid is a window of {@code grid}); closed by the caller
     */
    public SceneChipSource(ScenePair.Reader reader, SceneBands beforeBands, SceneBands afterBands, GridGeometry grid,
                           GdalScene evidence) {
        this.reader = reader;
        this.beforeBands = beforeBands;
        this.afterBands = afterBands;
        this.evidence = evidence;
        GridGeometry eg = evidence.grid();
        double[] origin = grid.toPixel(eg.originX(), eg.originY());
        this.evidenceCol0 = (int) Math.round(origin[0]);
        this.evidenceRow0 = (int) Math.round(origin[1]);
        double s = evidence.bandScale(0);
        this.evidenceScale = Double.isNaN(s) || s == 0 ? 1 : s;
    }

    @Override
    public ChipBands read(ChipWindow cw) {
        ScenePair.Window w = new ScenePair.Window(cw.col0(), cw.row0(), cw.size(), cw.size());
        boolean swir2 = afterBands.has(BandRole.SWIR2);
        BandRole[] rgb = {BandRole.RED, BandRole.GREEN, BandRole.BLUE};
        float[][] b = reader.before(w, linear(beforeBands, rgb), indices(beforeBands, rgb)).bands();
        BandRole[] roles = swir2 ? new BandRole[] {BandRole.RED, BandRole.GREEN, BandRole.BLUE, BandRole.NIR, BandRole.SWIR2}
                : new BandRole[] {BandRole.RED, BandRole.GREEN, BandRole.BLUE, BandRole.NIR};
        float[][] a = reader.after(w, linear(afterBands, roles), indices(afterBands, roles)).bands();
        float[][] after = {a[0], a[1], a[2]};
        float[][] falseColour = swir2 ? new float[][] {a[4], a[3], a[0]} : new float[][] {a[3], a[0], a[1]};
        float[] ev;
        synchronized (evidence) {
            ev = evidence.read(cw.col0() - evidenceCol0, cw.row0() - evidenceRow0, cw.size(), cw.size(), 0).band(0);
        }
        for (int i = 0; i < ev.length; i++) {
            ev[i] = (float) (ev[i] * evidenceScale);
        }
        return new ChipBands(cw.size(), b, after, falseColour, swir2 ? "SWIR2/NIR/red" : "NIR/red/green", ev);
    }

    /** DN → reflectance of each role, applied while reading ({@link SceneBands#linear}). */
    private static GdalScene.Linear[] linear(SceneBands bands, BandRole... roles) {
        return Arrays.stream(roles).map(bands::linear).toArray(GdalScene.Linear[]::new);
    }

    private static int[] indices(SceneBands bands, BandRole... roles) {
        return Arrays.stream(roles).mapToInt(bands::index).toArray();
    }
}
