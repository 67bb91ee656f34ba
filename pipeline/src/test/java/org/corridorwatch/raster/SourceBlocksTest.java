package org.corridorwatch.raster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Vector;
import org.corridorwatch.model.GridGeometry;
import org.gdal.gdal.BuildVRTOptions;
import org.gdal.gdal.Dataset;
import org.gdal.gdal.TranslateOptions;
import org.gdal.gdal.gdal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceBlocksTest {
    @TempDir
    Path dir;

    /** A tiled UInt16 GeoTIFF of {@code size}² px of {@code pixel} m with {@code block}² blocks. */
    private Path tiled(String name, int size, double pixel, int block) {
        GridGeometry grid = GridGeometry.northUp(size, size, 500000, 1500000, pixel, pixel, CrsWkt.ofEpsg(32629), 32629);
        Path plain = dir.resolve("plain-" + name);
        try (GeoTiffWriter w = GeoTiffWriter.create(plain, grid, GeoTiffWriter.PixelType.FLOAT32, List.of("B"), Double.NaN, false)) {
            w.write(0, 0, 0, size, size, new float[size * size]);
            w.commit();
        }
        Path out = dir.resolve(name);
        Dataset src = gdal.Open(plain.toString());
        Dataset t = gdal.Translate(out.toString(), src, new TranslateOptions(new Vector<>(List.of("-ot", "UInt16", "-co",
                "TILED=YES", "-co", "BLOCKXSIZE=" + block, "-co", "BLOCKYSIZE=" + block))));
        t.delete();
        src.delete();
        return out;
    }

    @Test
    void aStackOfBandFilesGivesEachBandsBlocksAndTheBytesTheWindowsMeet() {
        Path tenM = tiled("b08.tif", 128, 10, 32);   // 4 x 4 blocks of 32 px
        Path twentyM = tiled("b12.tif", 64, 20, 16); // 4 x 4 blocks of 16 px = 32 px of the 10 m grid
        Path vrt = dir.resolve("stack.vrt");
        gdal.BuildVRT(vrt.toString(), new Vector<>(List.of(tenM.toString(), twentyM.toString())),
                new BuildVRTOptions(new Vector<>(List.of("-separate", "-resolution", "highest")))).delete();
        SourceBlocks blocks = SourceBlocks.of(vrt);
        assertEquals(2, blocks.sources().size());
        assertEquals(new SourceBlocks.Source(tenM.toString(), 32, 32, 2, 1.0), blocks.sources().get(0));
        assertEquals(new SourceBlocks.Source(twentyM.toString(), 16, 16, 2, 2.0), blocks.sources().get(1));
        assertTrue(blocks.stackOfBlocksAtLeast(16));
        assertFalse(blocks.stackOfBlocksAtLeast(32), "the 20 m file's blocks are 16 px");
        // a window inside the first block: one block of each file; with one across the first 2 x 2 blocks: 4 of each
        assertEquals(32 * 32 * 2 + 16 * 16 * 2, blocks.bytesMet(List.of(new int[] {0, 0, 10, 10})));
        assertEquals(4L * 32 * 32 * 2 + 4L * 16 * 16 * 2, blocks.bytesMet(List.of(new int[] {0, 0, 10, 10}, new int[] {20, 20, 20, 20})));
    }

    @Test
    void aSingleFileIsNoStack() {
        SourceBlocks blocks = SourceBlocks.of(tiled("one.tif", 64, 10, 32));
        assertTrue(blocks.sources().isEmpty());
        assertFalse(blocks.stackOfBlocksAtLeast(1));
        assertEquals(0, blocks.bytesMet(List.of(new int[] {0, 0, 64, 64})));
    }
}
