package org.corridorwatch.report;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import javax.imageio.ImageIO;
import org.corridorwatch.files.AtomicFiles;
import org.corridorwatch.geo.Projection;
import org.corridorwatch.model.GridGeometry;
import org.corridorwatch.model.Candidate;
import org.corridorwatch.model.Progress;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

/**
 * Writes the evidence chips of candidates in parallel: for each, four PNGs on the same window
 * ({@code chips/<id>-before.png}, {@code -after.png}, {@code -false.png}, {@code -evidence.png}),
 * each through a temporary name. Chips are drawn for flagged candidates and the best ranked up to
 * {@link ChipParameters#maxCandidates()}.
 */
public final class ChipWriter {
    private ChipWriter() {
    }

    /** Which candidates get chips: flagged ones and the first {@code max} by rank. */
    public static List<Candidate> selected(List<Candidate> candidates, int max) {
        List<Candidate> out = new ArrayList<>();
        if (max <= 0) {
            return out;
        }
        for (Candidate c : candidates) {
            if (c.flagged() || c.rank() <= max) {
                out.add(c);
            }
        }
        return out;
    }

    /**
     * The chip paths {@link #write} gives each candidate it draws chips for (their false-colour label is
     * known only once the scene is read: ""), for outputs written before the chips.
     */
    public static Map<String, CandidateChips> planned(List<Candidate> candidates, ChipParameters params) {
        Map<String, CandidateChips> out = new LinkedHashMap<>();
        for (Candidate c : selected(candidates, params.maxCandidates())) {
            String base = "chips/" + c.id();
            out.put(c.id(), new CandidateChips(base + "-before.png", base + "-after.png", base + "-false.png", "",
                    base + "-evidence.png"));
        }
        return Collections.unmodifiableMap(out);
    }

    /** Writes chips into {@code runDir/chips}; returns the chips per candidate id, in rank order. */
    public static Map<String, CandidateChips> write(Path runDir, List<Candidate> candidates, ChipSource source,
                                                    GridGeometry grid, Projection crs, ChipParameters params,
                                                    ExecutorService pool) {
        return write(runDir, candidates, source, grid, crs, params, pool, Progress.NONE);
    }

    /** As above, each candidate's chips counted by {@code progress} (task "chips", unit "candidates"). */
    public static Map<String, CandidateChips> write(Path runDir, List<Candidate> candidates, ChipSource source,
                                                    GridGeometry grid, Projection crs, ChipParameters params,
                                                    ExecutorService pool, Progress progress) {
        List<Candidate> chosen = selected(candidates, params.maxCandidates());
        List<Future<CandidateChips>> futures = new ArrayList<>();
        for (Candidate c : chosen) {
            futures.add(pool.submit(() -> writeOne(runDir, c, source, grid, crs, params)));
        }
        // every chip is waited for even after one failed (a full disk fails them all): each writer then
        // removes its own temporary file before the scan exits; the first failure is reported
        Map<String, CandidateChips> out = new LinkedHashMap<>();
        RuntimeException failure = null;
        progress.start("chips", "candidates", chosen.size());
        for (int i = 0; i < chosen.size(); i++) {
            try {
                out.put(chosen.get(i).id(), futures.get(i).get());
                progress.step(1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("chip writing interrupted", e);
            } catch (ExecutionException e) {
                if (failure == null) {
                    failure = e.getCause() instanceof RuntimeException re ? re
                            : new IllegalStateException("chip worker failed", e.getCause());
                }
            }
        }
        progress.finish();
        if (failure != null) {
            throw failure;
        }
        return Collections.unmodifiableMap(out);
    }

    static CandidateChips writeOne(Path runDir, Candidate c, ChipSource source, GridGeometry grid, Projection crs,
                                   ChipParameters params) {
        List<double[]> rings = pixelRings(c.outlineWgs84(), grid, crs);
        double[] env = bounds(rings);
        ChipWindow w = ChipWindow.around(env[0], env[1], env[2], env[3], params.marginPx(), params.minWindowPx(),
                params.maxWindowPx());
        List<double[]> local = new ArrayList<>();
        for (double[] r : rings) {
            double[] l = r.clone();
            for (int i = 0; i + 1 < l.length; i += 2) {
                l[i] -= w.col0();
                l[i + 1] -= w.row0();
            }
            local.add(l);
        }
        ChipBands b = source.read(w);
        int n = b.size();
        double mpp = metresPerPixel(grid, c.lat());
        String base = "chips/" + c.id();
        write(runDir, base + "-before.png", ChipRenderer.finish(ChipRenderer.composite(b.before()[0], b.before()[1],
                b.before()[2], n, n), local, mpp, params.sizePx(), "before"));
        write(runDir, base + "-after.png", ChipRenderer.finish(ChipRenderer.composite(b.after()[0], b.after()[1],
                b.after()[2], n, n), local, mpp, params.sizePx(), "after"));
        write(runDir, base + "-false.png", ChipRenderer.finish(ChipRenderer.composite(b.falseColour()[0],
                b.falseColour()[1], b.falseColour()[2], n, n), local, mpp, params.sizePx(), "after " + b.falseLabel()));
        write(runDir, base + "-evidence.png", ChipRenderer.finish(ChipRenderer.evidence(b.evidence(), n, n), local, mpp,
                params.sizePx(), "evidence"));
        return new CandidateChips(base + "-before.png", base + "-after.png", base + "-false.png", b.falseLabel(),
                base + "-evidence.png");
    }

    private static void write(Path runDir, String relative, BufferedImage img) {
        AtomicFiles.write(runDir.resolve(relative), out -> {
            if (!ImageIO.write(img, "png", out)) {
                throw new java.io.IOException("no PNG writer");
            }
        });
    }

    /** Ground size of one pixel in metres (degrees converted at {@code lat} for geographic grids). */
    static double metresPerPixel(GridGeometry grid, double lat) {
        return grid.epsg() == 4326 ? grid.pixelWidth() * 111_320 * Math.cos(Math.toRadians(lat)) : grid.pixelWidth();
    }

    /** Every polygon ring of a WGS84 outline in scan-grid pixel coordinates {c0, r0, c1, r1, ...}. */
    static List<double[]> pixelRings(Geometry outline, GridGeometry grid, Projection crs) {
        List<double[]> rings = new ArrayList<>();
        for (int g = 0; g < outline.getNumGeometries(); g++) {
            if (!(outline.getGeometryN(g) instanceof Polygon p)) {
                continue;
            }
            rings.add(ring(p.getExteriorRing().getCoordinates(), grid, crs));
            for (int h = 0; h < p.getNumInteriorRing(); h++) {
                rings.add(ring(p.getInteriorRingN(h).getCoordinates(), grid, crs));
            }
        }
        if (rings.isEmpty()) {
            rings.add(ring(outline.getCentroid().getCoordinates(), grid, crs));
        }
        return rings;
    }

    private static double[] ring(Coordinate[] cs, GridGeometry grid, Projection crs) {
        double[] out = new double[cs.length * 2];
        for (int i = 0; i < cs.length; i++) {
            double[] xy = crs.forward(cs[i].x, cs[i].y);
            double[] px = grid.toPixel(xy[0], xy[1]);
            out[2 * i] = px[0];
            out[2 * i + 1] = px[1];
        }
        return out;
    }

    private static double[] bounds(List<double[]> rings) {
        double[] b = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        for (double[] r : rings) {
            for (int i = 0; i + 1 < r.length; i += 2) {
                b[0] = Math.min(b[0], r[i]);
                b[1] = Math.min(b[1], r[i + 1]);
                b[2] = Math.max(b[2], r[i]);
                b[3] = Math.max(b[3], r[i + 1]);
            }
        }
        return b;
    }
}
