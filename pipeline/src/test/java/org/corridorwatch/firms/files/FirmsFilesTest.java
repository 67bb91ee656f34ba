package org.corridorwatch.firms.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.corridorwatch.firms.FirmsFile;
import org.corridorwatch.firms.Hotspot;
import org.corridorwatch.firms.Instrument;
import org.corridorwatch.model.InputDataException;
import org.corridorwatch.raster.GdalRuntime;
import org.gdal.ogr.DataSource;
import org.gdal.ogr.Feature;
import org.gdal.ogr.FieldDefn;
import org.gdal.ogr.Geometry;
import org.gdal.ogr.Layer;
import org.gdal.ogr.ogr;
import org.gdal.ogr.ogrConstants;
import org.gdal.osr.SpatialReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** FIRMS shapefiles as downloaded (zipped, DBF names in capitals, dates as DBF dates), written here with real GDAL. */
class FirmsFilesTest {
    @TempDir
    Path dir;

    /** A MODIS-style FIRMS shapefile in {@code folder}, EPSG:4326 unless {@code epsg} says otherwise. */
    private Path writeShapefile(Path folder, String name, int epsg, double[][] lonLat, String[] dates) {
        GdalRuntime.ensureLoaded();
        DataSource ds = ogr.GetDriverByName("ESRI Shapefile").CreateDataSource(folder.toString());
        SpatialReference srs = new SpatialReference();
        srs.ImportFromEPSG(epsg);
        srs.SetAxisMappingStrategy(org.gdal.osr.osrConstants.OAMS_TRADITIONAL_GIS_ORDER);
        Layer layer = ds.CreateLayer(name, srs, ogrConstants.wkbPoint);
        layer.CreateField(new FieldDefn("LATITUDE", ogrConstants.OFTReal));
        layer.CreateField(new FieldDefn("LONGITUDE", ogrConstants.OFTReal));
        layer.CreateField(new FieldDefn("BRIGHTNESS", ogrConstants.OFTReal));
        layer.CreateField(new FieldDefn("ACQ_DATE", ogrConstants.OFTDate));
        layer.CreateField(new FieldDefn("ACQ_TIME", ogrConstants.OFTString));
        layer.CreateField(new FieldDefn("SATELLITE", ogrConstants.OFTString));
        layer.CreateField(new FieldDefn("CONFIDENCE", ogrConstants.OFTInteger));
        for (int i = 0; i < lonLat.length; i++) {
            Feature f = new Feature(layer.GetLayerDefn());
            f.SetField("LATITUDE", 99.0);   // stale attribute: the point wins
            f.SetField("LONGITUDE", 99.0);
            f.SetField("BRIGHTNESS", 320.5 + i);
            if (dates[i] != null) {
                String[] ymd = dates[i].split("-");
                f.SetField(3, Integer.parseInt(ymd[0]), Integer.parseInt(ymd[1]), Integer.parseInt(ymd[2]), 0, 0, 0f, 0);
            }
            f.SetField("ACQ_TIME", "1120");
            f.SetField("SATELLITE", "Terra");
            f.SetField("CONFIDENCE", 70);
            Geometry p = new Geometry(ogrConstants.wkbPoint);
            p.AddPoint_2D(lonLat[i][0], lonLat[i][1]);
            f.SetGeometry(p);
            layer.CreateFeature(f);
            f.delete();
        }
        ds.delete();
        return folder.resolve(name + ".shp");
    }

    /** Zips {@code folder}'s files under {@code prefix} (FIRMS zips hold a folder; the Ghana sample does too). */
    private static Path zip(Path folder, Path zip, String prefix) throws IOException {
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out);
             Stream<Path> files = Files.list(folder)) {
            for (Path f : files.sorted().toList()) {
                z.putNextEntry(new ZipEntry(prefix + f.getFileName()));
                Files.copy(f, z);
                z.closeEntry();
            }
        }
        return zip;
    }

    @Test
    void zippedFirmsShapefileIsReadLikeItsCsv() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("fire_hotspots"));
        writeShapefile(folder, "fire_archive_M6", 4326, new double[][] {{-8.05, 13.70}, {-8.06, 13.71}},
                new String[] {"2025-09-13", "2025-09-14"});
        Path zip = zip(folder, dir.resolve("DL_FIRE_M-C61.zip"), "fire_hotspots/");
        FirmsFile f = FirmsFiles.read(zip);
        assertEquals("shapefile MODIS", f.format());
        assertEquals(2, f.hotspots().size());
        Hotspot h = f.hotspots().get(0);
        assertEquals(-8.05, h.lon(), 1e-9);
        assertEquals(13.70, h.lat(), 1e-9);
        assertEquals(Instant.parse("2025-09-13T11:20:00Z"), h.acquired());
        assertEquals(0.70, h.confidence(), 1e-9);
        assertEquals(320.5, h.brightnessK(), 1e-9);
        assertEquals(Instrument.MODIS, h.instrument());
        // the .shp itself reads the same
        FirmsFile shp = FirmsFiles.read(folder.resolve("fire_archive_M6.shp"));
        assertEquals(f.hotspots().stream().map(x -> x.lon() + " " + x.lat() + " " + x.acquired()).toList(),
                shp.hotspots().stream().map(x -> x.lon() + " " + x.lat() + " " + x.acquired()).toList());
    }

    @Test
    void pointsInAnotherCrsAreReprojectedAndUndatedFeaturesSkippedByNumber() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("utm"));
        // UTM 29N: 500 km E, 1.5e6 m N is 9.0 W, 13.5685 N
        Path shp = writeShapefile(folder, "hotspots", 32629, new double[][] {{500_000, 1_500_000}, {500_100, 1_500_000}},
                new String[] {"2025-09-13", null});
        FirmsFile f = FirmsFiles.read(shp);
        assertEquals(1, f.hotspots().size());
        assertEquals(-9.0, f.hotspots().get(0).lon(), 1e-6);
        assertEquals(13.568451, f.hotspots().get(0).lat(), 1e-6);   // gdaltransform -s_srs EPSG:32629 -t_srs EPSG:4326
        assertEquals(1, f.rowsSkipped());
        assertEquals(List.of("feature 2: no acq_date"), f.skippedExamples());
    }

    @Test
    void textExportsStillGoThroughTheTextReader() throws IOException {
        Path csv = Files.writeString(dir.resolve("f.csv"), "latitude,longitude,acq_date,acq_time,confidence\n13.7,-8.05,2025-09-13,1120,n\n");
        assertEquals("csv VIIRS", FirmsFiles.read(csv).format());
    }

    @Test
    void zipsWithoutExactlyOneShapefileAndOtherLayersAreInputErrors() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Files.writeString(empty.resolve("readme.txt"), "no shapefile here");
        Path noShp = zip(empty, dir.resolve("noshp.zip"), "");
        InputDataException e = assertThrows(InputDataException.class, () -> FirmsFiles.read(noShp));
        assertTrue(e.getMessage().startsWith(noShp.toString()) && e.getMessage().contains("holds no shapefile (.shp); it holds readme.txt"), e.getMessage());

        Path two = Files.createDirectories(dir.resolve("two"));
        writeShapefile(two, "a", 4326, new double[][] {{-8, 13}}, new String[] {"2025-09-13"});
        writeShapefile(two, "b", 4326, new double[][] {{-8, 13}}, new String[] {"2025-09-13"});
        Path twoShp = zip(two, dir.resolve("two.zip"), "");
        assertTrue(assertThrows(InputDataException.class, () -> FirmsFiles.read(twoShp)).getMessage()
                .contains("holds 2 shapefiles"));

        Path notZip = Files.writeString(dir.resolve("fake.zip"), "not a zip");
        assertTrue(assertThrows(InputDataException.class, () -> FirmsFiles.read(notZip)).getMessage()
                .contains("not a zip archive"));
        assertThrows(InputDataException.class, () -> FirmsFiles.read(dir.resolve("missing.zip")));

        Path lines = Files.createDirectories(dir.resolve("lines"));
        GdalRuntime.ensureLoaded();
        DataSource ds = ogr.GetDriverByName("ESRI Shapefile").CreateDataSource(lines.toString());
        ds.CreateLayer("roads", null, ogrConstants.wkbLineString);
        ds.delete();
        assertTrue(assertThrows(InputDataException.class, () -> FirmsFiles.read(lines.resolve("roads.shp"))).getMessage()
                .contains("no point layer"));
    }
}
