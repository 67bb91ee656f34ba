package org.corridorwatch.firms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.DoubleSummaryStatistics;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.corridorwatch.TestSupport;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;

/**
 * The reader on real FIRMS downloads. Expected figures were counted independently with python3's csv and
 * json modules (see the report of issue 6): rows = {@code wc -l} minus the header.
 */
@Tag("realdata")
class FirmsRealDataTest {
    private static Path modis(String name) {
        return TestSupport.dataset("firms-modis-global-samples").resolve(name);
    }

    private static void checkModis(FirmsFile f, int rows, int terra, Set<String> dates) {
        assertEquals(rows, f.rowsRead());
        assertEquals(0, f.rowsSkipped(), f.skippedExamples().toString());
        assertEquals("csv MODIS", f.format());
        assertTrue(f.hotspots().stream().allMatch(h -> h.instrument() == Instrument.MODIS && h.pixelM() == 1000
                && h.confidence() >= 0 && h.confidence() <= 1));
        assertEquals(terra, f.hotspots().stream().filter(h -> h.satellite().equals("T")).count());
        assertEquals(dates, f.hotspots().stream().map(h -> h.date().toString()).collect(Collectors.toSet()));
    }

    @Test
    void modisGlobalFiles() {
        FirmsFile g18 = FirmsReader.read(modis("MODIS_C6_Global_48h_2018-12-01_03.csv"));
        checkModis(g18, 28_836, 11_823, Set.of("2018-12-01", "2018-12-02", "2018-12-03"));
        Hotspot first = g18.hotspots().get(0);
        assertEquals(-25.477, first.lat(), 0);
        assertEquals(150.367, first.lon(), 0);
        assertEquals("2018-12-01T00:30:00Z", first.acquired().toString(), "acq_time 0030 read as text");
        assertEquals(0.84, first.confidence(), 1e-12);
        FirmsFile g22 = FirmsReader.read(modis("MODIS_C6_1_Global_24h_2022-02-26_27.csv"));
        checkModis(g22, 19_416, 5_791, Set.of("2022-02-26", "2022-02-27"));
    }

    @Test
    void westAfricaSubsetsStayInTheirBoxAndEqualTheGlobalFileCutByTheIndex() {
        Envelope box = new Envelope(-18, 5, 4, 25.5);
        FirmsFile s18 = FirmsReader.read(modis("DERIVED_westafrica_subset_2018-12-01_03.csv"));
        checkModis(s18, 4_844, 1_484, Set.of("2018-12-01", "2018-12-02", "2018-12-03"));
        FirmsFile s22 = FirmsReader.read(modis("DERIVED_westafrica_subset_2022-02-26_27.csv"));
        checkModis(s22, 1_582, 327, Set.of("2022-02-26", "2022-02-27"));
        for (FirmsFile s : List.of(s18, s22)) {
            assertTrue(s.hotspots().stream().allMatch(h -> box.contains(h.lon(), h.lat())));
        }
        DoubleSummaryStatistics lat = s18.hotspots().stream().mapToDouble(Hotspot::lat).summaryStatistics();
        DoubleSummaryStatistics lon = s18.hotspots().stream().mapToDouble(Hotspot::lon).summaryStatistics();
        assertEquals(5.289, lat.getMin(), 0);
        assertEquals(16.512, lat.getMax(), 0);
        assertEquals(-16.486, lon.getMin(), 0);
        assertEquals(4.97, lon.getMax(), 0);
        // the index's envelope filter on the global files gives exactly the derived subsets
        HotspotIndex i18 = HotspotIndex.build(List.of(FirmsReader.read(modis("MODIS_C6_Global_48h_2018-12-01_03.csv"))), box);
        assertEquals(4_844, i18.size());
        assertEquals(28_836 - 4_844, i18.dropped());
        HotspotIndex i22 = HotspotIndex.build(List.of(FirmsReader.read(modis("MODIS_C6_1_Global_24h_2022-02-26_27.csv"))), box);
        assertEquals(1_582, i22.size());
        // south-west Mali corridor box (PROVENANCE.md: 1 611 and 245 detections)
        Envelope sw = new Envelope(-12.3, -5.5, 10.3, 15);
        assertEquals(1_611, HotspotIndex.build(List.of(s18), sw).size());
        assertEquals(245, HotspotIndex.build(List.of(s22), sw).size());
    }

    @Test
    void viirsGambiaJson() {
        Path dir = TestSupport.dataset("firms-viirs-gambia-2025");
        FirmsFile gm1 = FirmsReader.read(dir.resolve("fire_data_gm1.json"));   // top-level array, NRT
        FirmsFile gm2 = FirmsReader.read(dir.resolve("fire_data_gm2.json"));   // {"gm": [...]}, archive with type
        assertEquals(1_677, gm1.rowsRead());
        assertEquals(2_822, gm2.rowsRead());
        for (FirmsFile f : List.of(gm1, gm2)) {
            assertEquals(0, f.rowsSkipped(), f.skippedExamples().toString());
            assertEquals("json VIIRS", f.format());
            assertTrue(f.hotspots().stream().allMatch(h -> h.instrument() == Instrument.VIIRS && h.satellite().equals("N")
                    && h.lat() >= 13.10 && h.lat() <= 13.81 && h.lon() >= -16.81 && h.lon() <= -13.82), "all in The Gambia");
        }
        assertEquals(LocalDate.of(2025, 4, 1), gm1.hotspots().stream().map(Hotspot::date).min(LocalDate::compareTo).orElseThrow());
        assertEquals(LocalDate.of(2025, 7, 17), gm1.hotspots().stream().map(Hotspot::date).max(LocalDate::compareTo).orElseThrow());
        assertEquals(LocalDate.of(2025, 1, 1), gm2.hotspots().stream().map(Hotspot::date).min(LocalDate::compareTo).orElseThrow());
        assertEquals(LocalDate.of(2025, 3, 31), gm2.hotspots().stream().map(Hotspot::date).max(LocalDate::compareTo).orElseThrow());
        // confidence l/n/h counts: gm1 259/1303/115, gm2 448/2126/248
        assertEquals(List.of(259L, 1_303L, 115L), counts(gm1));
        assertEquals(List.of(448L, 2_126L, 248L), counts(gm2));
        assertEquals("2025-04-01T01:47:00Z", gm1.hotspots().get(0).acquired().toString());
        assertEquals(306.14, gm1.hotspots().get(0).brightnessK(), 0, "FIRMS JSON names VIIRS I-4 'brightness'");
    }

    /**
     * A FIRMS shapefile, zipped with its folder as it was published (Digital Earth Africa's savanna burn case,
     * northern Ghana). The file is a merge of two FIRMS layers: features 57–79 carry their columns only under
     * the merge's renamed fields ({@code ACQ_DATE_2}, …), so they have no {@code acq_date} and are skipped by
     * number. Figures counted with {@code ogrinfo -al} (GDAL's command line, not this reader): 56 dated
     * features, 2019-12-01 to 2019-12-30, 39 Aqua and 17 Terra, confidences summing to 3574, each point equal
     * to its LONGITUDE/LATITUDE fields.
     */
    @Test
    void ghanaModisShapefileZipped() {
        FirmsFile f = org.corridorwatch.firms.files.FirmsFiles.read(TestSupport.dataset("deafrica-ghana-modis-hotspots").resolve("fire_hotspots.zip"));
        assertEquals("shapefile MODIS", f.format());
        assertEquals(79, f.rowsRead());
        assertEquals(23, f.rowsSkipped());
        assertEquals("feature 57: no acq_date", f.skippedExamples().get(0));
        assertEquals(56, f.hotspots().size());
        assertEquals(LocalDate.of(2019, 12, 1), f.hotspots().stream().map(Hotspot::date).min(LocalDate::compareTo).orElseThrow());
        assertEquals(LocalDate.of(2019, 12, 30), f.hotspots().stream().map(Hotspot::date).max(LocalDate::compareTo).orElseThrow());
        assertEquals(39, f.hotspots().stream().filter(h -> h.satellite().equals("Aqua")).count());
        assertEquals(35.74, f.hotspots().stream().mapToDouble(Hotspot::confidence).sum(), 1e-9);
        Hotspot first = f.hotspots().get(0);
        assertEquals(-0.9563, first.lon(), 1e-9);
        assertEquals(10.3964, first.lat(), 1e-9);
        assertEquals("2019-12-01T11:20:00Z", first.acquired().toString());
        assertEquals(318.9, first.brightnessK(), 1e-9);
        assertTrue(f.hotspots().stream().allMatch(h -> h.instrument() == Instrument.MODIS && h.pixelM() == 1000
                && h.lon() >= -1.155 && h.lon() <= -0.9563 && h.lat() >= 10.2403 && h.lat() <= 10.435));
    }

    private static List<Long> counts(FirmsFile f) {
        return List.of(0.3, 0.6, 0.9).stream()
                .map(c -> f.hotspots().stream().filter(h -> h.confidence() == c).count()).toList();
    }
}
