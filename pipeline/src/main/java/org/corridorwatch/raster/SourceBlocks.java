package org.corridorwatch.raster;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gdal.gdal.Band;
import org.gdal.gdal.Dataset;
import org.gdal.gdal.gdal;
import org.gdal.gdalconst.gdalconst;

/**
 * The files behind the bands of a stack: a VRT whose bands come from separate files (per-band COGs of a STAC item,
 * local or over {@code /vsicurl/}), each with its block size and its pixel size relative to the stack's grid. A read
 * of any window decodes (and over HTTP fetches) whole blocks of those files, so the decoded size of the blocks a scan's
 * tiles meet is the block cache that lets every block be decoded once ({@link #bytesMet}). Found through GDAL's
 * {@code LocationInfo} of each band at the scene's centre; a scene that is not such a stack has no sources.
 *
 * @param sources one per band of the scene, in band order; empty when the scene is not a stack of files
 */
public record SourceBlocks(List<Source> sources) {
    private static final Pattern FILE = Pattern.compile("<File>([^<]+)</File>");

    /**
     * One band's file.
     *
     * @param blockWidth  block width in the file's pixels
     * @param blockHeight block height in the file's pixels
     * @param bytes       bytes per decoded pixel
     * @param scale       scene pixels per file pixel (2 for a 20 m band under a 10 m stack)
     */
    public record Source(String file, int blockWidth, int blockHeight, int bytes, double scale) {
    }

    public SourceBlocks {
        sources = List.copyOf(sources);
    }

    /** The files behind {@code scene}'s bands; no sources when it is not a VRT of band files or one cannot be opened. */
    public static SourceBlocks of(Path scene) {
        GdalRuntime.ensureLoaded();
        Dataset ds = gdal.OpenEx(scene.toString(), gdalconst.OF_RASTER | gdalconst.OF_READONLY);
        if (ds == null) {
            return new SourceBlocks(List.of());
        }
        try {
            List<Source> out = new ArrayList<>();
            String pixel = "Pixel_" + ds.getRasterXSize() / 2 + "_" + ds.getRasterYSize() / 2;
            for (int b = 1; b <= ds.getRasterCount(); b++) {
                String info = ds.GetRasterBand(b).GetMetadataItem(pixel, "LocationInfo");
                Matcher m = FILE.matcher(info == null ? "" : info);
                Source s = m.find() ? source(m.group(1), ds.getRasterXSize()) : null;
                if (s == null) {
                    return new SourceBlocks(List.of());
                }
                out.add(s);
            }
            return new SourceBlocks(out);
        } catch (RuntimeException e) {
            return new SourceBlocks(List.of()); // only a cache size depends on it: never fail a scan here
        } finally {
            ds.delete();
        }
    }

    private static Source source(String file, int sceneWidth) {
        Dataset f = gdal.OpenEx(file, gdalconst.OF_RASTER | gdalconst.OF_READONLY);
        if (f == null) {
            return null;
        }
        try {
            Band band = f.GetRasterBand(1);
            return new Source(file, band.GetBlockXSize(), band.GetBlockYSize(), gdal.GetDataTypeSize(band.getDataType()) / 8,
                    (double) sceneWidth / f.getRasterXSize());
        } finally {
            f.delete();
        }
    }

    /** Whether the scene is a stack whose every file has blocks of at least {@code side} px a side. */
    public boolean stackOfBlocksAtLeast(int side) {
        return !sources.isEmpty() && sources.stream().allMatch(s -> s.blockWidth() >= side && s.blockHeight() >= side);
    }

    /** Decoded bytes of the file blocks that {@code windows} ({col0, row0, width, height} on the scene's grid) meet. */
    public long bytesMet(List<int[]> windows) {
        long total = 0;
        for (Source s : sources) {
            double bw = s.blockWidth() * s.scale();
            double bh = s.blockHeight() * s.scale();
            Set<Long> met = new HashSet<>();
            for (int[] w : windows) {
                for (long by = (long) (w[1] / bh); by <= (long) ((w[1] + w[3] - 1) / bh); by++) {
                    for (long bx = (long) (w[0] / bw); bx <= (long) ((w[0] + w[2] - 1) / bw); bx++) {
                        met.add(by << 32 | bx);
                    }
                }
            }
            total += (long) met.size() * s.blockWidth() * s.blockHeight() * s.bytes();
        }
        return total;
    }
}
