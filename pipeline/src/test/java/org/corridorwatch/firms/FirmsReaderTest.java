package org.corridorwatch.firms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalTime;
import org.corridorwatch.model.InputDataException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FirmsReaderTest {
    @TempDir
    Path dir;

    private static final String VIIRS_HEADER =
            "latitude,longitude,bright_ti4,scan,track,acq_date,acq_time,satellite,instrument,confidence,version,bright_ti5,frp,daynight\n";

    private FirmsFile read(String name, String text) throws IOException {
        return FirmsReader.read(Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8));
    }

    @Test
    void viirsCsvWithInstrumentColumn() throws IOException {
        FirmsFile f = read("viirs.csv", VIIRS_HEADER
                + "13.72556,-8.06141,322.78,0.48,0.41,2025-09-13,0148,N,VIIRS,h,2.0NRT,283.24,34.55,N\n"
                + "13.72253,-8.06394,357.26,0.46,0.40,2025-09-13,1316,N20,VIIRS,n,2.0NRT,290.44,11.79,D\n"
                + "13.72393,-8.06552,348.14,0.52,0.45,2025-09-13,1342,N,VIIRS,l,2.0NRT,301.33,11.60,D\n");
        assertEquals(3, f.rowsRead());
        assertEquals(0, f.rowsSkipped());
        assertEquals("csv VIIRS", f.format());
        Hotspot h = f.hotspots().get(0);
        assertEquals(-8.06141, h.lon(), 0);
        assertEquals(13.72556, h.lat(), 0);
        assertEquals(Instant.parse("2025-09-13T01:48:00Z"), h.acquired());
        assertEquals(Instrument.VIIRS, h.instrument());
        assertEquals(0.9, h.confidence(), 0);
        assertEquals(322.78, h.brightnessK(), 0);
        assertEquals(34.55, h.frpMw(), 0);
        assertEquals("N", h.daynight());
        assertEquals("N", h.satellite());
        assertEquals(375, h.pixelM(), 0);
        assertEquals("viirs.csv", h.sourceFile());
        assertEquals(0.6, f.hotspots().get(1).confidence(), 0);
        assertEquals(0.3, f.hotspots().get(2).confidence(), 0);
    }

    @Test
    void modisCsvWithoutInstrumentInAnyOrderAndCaseWithType() throws IOException {
        FirmsFile f = read("modis.csv", "ACQ_DATE,Confidence,LONGITUDE,Latitude,brightness,bright_t31,acq_time,satellite,frp,daynight,type\n"
                + "2018-12-01,47,-13.982,14.37,306.7,283.5,0225,A,12.4,N,0\n"
                + "2018-12-02,100,-7.5,12.1,330.1,290.0,1045,T,50.0,D,0\n");
        assertEquals(2, f.hotspots().size());
        assertEquals("csv MODIS", f.format());
        Hotspot h = f.hotspots().get(0);
        assertEquals(Instrument.MODIS, h.instrument());
        assertEquals(1000, h.pixelM(), 0);
        assertEquals(0.47, h.confidence(), 1e-12);
        assertEquals(1.0, f.hotspots().get(1).confidence(), 1e-12);
        assertEquals(14.37, h.lat(), 0);
        assertEquals(-13.982, h.lon(), 0);
        assertEquals(306.7, h.brightnessK(), 0);
        assertEquals(Instant.parse("2018-12-01T02:25:00Z"), h.acquired());
    }

    @Test
    void instrumentInferredFromColumnsWithoutInstrumentColumn() throws IOException {
        // legacy global VIIRS file: no instrument column, bright_ti4 → VIIRS; word confidences accepted
        FirmsFile v = read("v.csv", "latitude,longitude,bright_ti4,acq_date,acq_time,satellite,confidence,bright_ti5,frp,daynight\n"
                + "12.1,-8.0,330,2025-01-02,1300,N,nominal,290,5,D\n"
                + "12.2,-8.1,331,2025-01-02,1300,N,high,290,5,D\n"
                + "12.3,-8.2,332,2025-01-02,1300,N,LOW,290,5,D\n");
        assertEquals(Instrument.VIIRS, v.hotspots().get(0).instrument());
        assertEquals(0.6, v.hotspots().get(0).confidence(), 0);
        assertEquals(0.9, v.hotspots().get(1).confidence(), 0);
        assertEquals(0.3, v.hotspots().get(2).confidence(), 0);
        // brightness without instrument or satellite hints → MODIS
        FirmsFile m = read("m.csv", "latitude,longitude,brightness,acq_date,acq_time,confidence\n12.1,-8.0,330,2025-01-02,1300,80\n");
        assertEquals(Instrument.MODIS, m.hotspots().get(0).instrument());
        // FIRMS JSON-style VIIRS naming (brightness) recognised by its satellite code
        FirmsFile n = read("n.csv", "latitude,longitude,brightness,acq_date,acq_time,satellite,confidence\n12.1,-8.0,330,2025-01-02,1300,N20,n\n");
        assertEquals(Instrument.VIIRS, n.hotspots().get(0).instrument());
    }

    @Test
    void quotedFieldsCrlfAndBom() throws IOException {
        FirmsFile f = read("q.csv", "\uFEFF\"latitude\",\"longitude\",\"acq_date\",\"acq_time\",\"confidence\",\"note\"\r\n"
                + "\"13.5\",\"-8.25\",\"2025-09-14\",\"0049\",\"n\",\"a, \"\"quoted\"\" note\"\r\n"
                + "13.6,-8.3,2025-09-14,\"1316\",n,\"two\nlines\"\r\n"
                + "13.7,-8.4,2025-09-15,0222,n,plain\r\n");
        assertEquals(3, f.rowsRead());
        assertEquals(0, f.rowsSkipped(), f.skippedExamples().toString());
        assertEquals(-8.25, f.hotspots().get(0).lon(), 0);
        assertEquals(Instant.parse("2025-09-14T13:16:00Z"), f.hotspots().get(1).acquired());
        assertEquals(Instant.parse("2025-09-15T02:22:00Z"), f.hotspots().get(2).acquired());
    }

    @Test
    void malformedRowsAreSkippedCountedAndNamedByLine() throws IOException {
        FirmsFile f = read("bad.csv", VIIRS_HEADER
                + "13.7,-8.0,322.7,0.4,0.4,2025-09-13,0148,N,VIIRS,h,2.0NRT,283.2,34.5,N\n"      // line 2 ok
                + "abc,-8.0,322.7,0.4,0.4,2025-09-13,0148,N,VIIRS,h,2.0NRT,283.2,34.5,N\n"       // 3 bad latitude
                + "95.0,-8.0,322.7,0.4,0.4,2025-09-13,0148,N,VIIRS,h,2.0NRT,283.2,34.5,N\n"      // 4 latitude range
                + "\n"                                                                              // 5 blank: ignored
                + "13.7,-181,322.7,0.4,0.4,2025-09-13,0148,N,VIIRS,h,2.0NRT,283.2,34.5,N\n"      // 6 longitude range
                + "13.7,-8.0,322.7,0.4,0.4,2025-13-45,0148,N,VIIRS,h,2.0NRT,283.2,34.5,N\n"      // 7 bad date
                + "13.7,-8.0,322.7,0.4,0.4,2025-09-13,2575,N,VIIRS,h,2.0NRT,283.2,34.5,N\n"      // 8 bad time
                + "13.7,-8.0,322.7,0.4,0.4,2025-09-13,0148,N,VIIRS,x,2.0NRT,283.2,34.5,N\n"      // 9 bad confidence
                + "13.7,-8.0,hot,0.4,0.4,2025-09-13,0148,N,VIIRS,h,2.0NRT,283.2,34.5,N\n"        // 10 bad brightness
                + "13.7,-8.0,322.7,0.4\n"                                                          // 11 truncated
                + "13.7,-8.0,322.7,0.4,0.4,2025-09-13,0148,L8,LANDSAT,h,2.0NRT,283.2,34.5,N\n"   // 12 not VIIRS/MODIS
                + "13.8,-8.1,,0.4,0.4,2025-09-14,130,N,VIIRS,,2.0NRT,,,D\n");                     // 13 ok, blanks → NaN
        assertEquals(11, f.rowsRead());
        assertEquals(9, f.rowsSkipped());
        assertEquals(2, f.hotspots().size());
        assertEquals(5, f.skippedExamples().size());
        assertEquals("line 3: bad number in latitude: 'abc'", f.skippedExamples().get(0));
        assertTrue(f.skippedExamples().get(1).startsWith("line 4: latitude out of range"), f.skippedExamples().toString());
        assertTrue(f.skippedExamples().get(2).startsWith("line 6: longitude out of range"), f.skippedExamples().toString());
        assertTrue(f.skippedExamples().get(3).startsWith("line 7: bad acq_date"), f.skippedExamples().toString());
        assertTrue(f.skippedExamples().get(4).startsWith("line 8: bad acq_time"), f.skippedExamples().toString());
        Hotspot blanks = f.hotspots().get(1);
        assertTrue(Double.isNaN(blanks.confidence()) && Double.isNaN(blanks.brightnessK()) && Double.isNaN(blanks.frpMw()));
        assertEquals(Instant.parse("2025-09-14T01:30:00Z"), blanks.acquired());
    }

    @Test
    void acqTimeIsZeroPaddedHhmm() throws Exception {
        assertEquals(LocalTime.of(0, 5), HotspotParser.hhmm("5"));
        assertEquals(LocalTime.of(0, 45), HotspotParser.hhmm("45"));
        assertEquals(LocalTime.of(1, 30), HotspotParser.hhmm("130"));
        assertEquals(LocalTime.of(1, 30), HotspotParser.hhmm("0130"));
        assertEquals(LocalTime.of(23, 59), HotspotParser.hhmm("2359"));
        assertEquals(LocalTime.of(13, 16), HotspotParser.hhmm("13:16"));
        assertThrows(HotspotParser.BadRow.class, () -> HotspotParser.hhmm("2400"));
        assertThrows(HotspotParser.BadRow.class, () -> HotspotParser.hhmm("0160"));
        assertThrows(HotspotParser.BadRow.class, () -> HotspotParser.hhmm("12345"));
        assertThrows(HotspotParser.BadRow.class, () -> HotspotParser.hhmm("1a"));
        assertThrows(HotspotParser.BadRow.class, () -> HotspotParser.hhmm(""));
    }

    @Test
    void fileWithoutExpectedColumnsEmptyOrNotFirmsIsAnInputError() throws IOException {
        Path other = Files.writeString(dir.resolve("other.csv"), "name,value\nx,1\n");
        InputDataException e = assertThrows(InputDataException.class, () -> FirmsReader.read(other));
        assertTrue(e.getMessage().startsWith(other.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("latitude, longitude, acq_date") && e.getMessage().contains("found name, value"),
                e.getMessage());
        Path empty = Files.writeString(dir.resolve("empty.csv"), "  \n");
        assertTrue(assertThrows(InputDataException.class, () -> FirmsReader.read(empty)).getMessage().contains("empty"));
        Path noDate = Files.writeString(dir.resolve("nodate.csv"), "latitude,longitude\n1,2\n");
        assertTrue(assertThrows(InputDataException.class, () -> FirmsReader.read(noDate)).getMessage().contains("without acq_date"));
        Path apiError = Files.writeString(dir.resolve("err.csv"), "Invalid MAP_KEY.\n");
        assertThrows(InputDataException.class, () -> FirmsReader.read(apiError));
        Path binary = Files.write(dir.resolve("x.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0});
        assertThrows(InputDataException.class, () -> FirmsReader.read(binary));
        Path json = Files.writeString(dir.resolve("o.json"), "{\"error\": \"Invalid MAP_KEY\"}");
        assertTrue(assertThrows(InputDataException.class, () -> FirmsReader.read(json)).getMessage().contains("array"));
        Path badJson = Files.writeString(dir.resolve("b.json"), "[{\"latitude\": 1,\n \"longitude\": }]");
        assertTrue(assertThrows(InputDataException.class, () -> FirmsReader.read(badJson)).getMessage().contains("not valid JSON (line 2)"));
        Path wrongJson = Files.writeString(dir.resolve("w.json"), "[{\"name\": \"x\"}]");
        assertTrue(assertThrows(InputDataException.class, () -> FirmsReader.read(wrongJson)).getMessage().contains("found name"));
        assertThrows(InputDataException.class, () -> FirmsReader.read(dir.resolve("missing.csv")));
    }

    @Test
    void headerOnlyCsvAndEmptyJsonArrayHaveNoDetections() throws IOException {
        assertEquals(0, read("h.csv", VIIRS_HEADER).rowsRead());
        assertEquals("csv (no rows)", read("h2.csv", VIIRS_HEADER).format());
        assertEquals(0, read("e.json", "[]").hotspots().size());
    }

    @Test
    void firmsJsonArrayAndWrappedObject() throws IOException {
        String rec = "{\"latitude\": 13.31045, \"longitude\": -14.42131, \"acq_date\": \"2025-04-01\", \"acq_time\": \"0147\","
                + " \"bright_t31\": 293.16, \"confidence\": \"n\", \"frp\": 1.3, \"satellite\": \"N\", \"instrument\": \"VIIRS\","
                + " \"scan\": 0.46, \"version\": \"2.0NRT\", \"track\": 0.64, \"brightness\": 306.14, \"daynight\": \"N\"}";
        FirmsFile a = read("a.json", "[\n" + rec + ",\n" + rec.replace("13.31045", "\"bad\"") + "\n]");
        assertEquals(2, a.rowsRead());
        assertEquals(1, a.rowsSkipped());
        assertEquals("line 3: bad number in latitude: 'bad'", a.skippedExamples().get(0));
        assertEquals("json VIIRS", a.format());
        Hotspot h = a.hotspots().get(0);
        assertEquals(Instrument.VIIRS, h.instrument());
        assertEquals(306.14, h.brightnessK(), 0);
        assertEquals(0.6, h.confidence(), 0);
        assertEquals(Instant.parse("2025-04-01T01:47:00Z"), h.acquired());
        FirmsFile w = read("w.json", "{\n  \"gm\":\n[\n" + rec.replace("\"acq_time\": \"0147\"", "\"acq_time\": 147") + "\n]}");
        assertEquals(1, w.hotspots().size());
        assertEquals(Instant.parse("2025-04-01T01:47:00Z"), w.hotspots().get(0).acquired());
    }

    @Test
    void geoJsonFeatureCollectionOfPoints() throws IOException {
        FirmsFile f = read("g.geojson", "{\"type\": \"FeatureCollection\", \"bbox\": [-9, 13, -8, 14], \"features\": [\n"
                + "{\"type\": \"Feature\", \"geometry\": {\"type\": \"Point\", \"coordinates\": [-8.0614, 13.7256]},"
                + " \"properties\": {\"acq_date\": \"2025-09-13\", \"acq_time\": \"0148\", \"confidence\": \"h\", \"bright_ti4\": 322.8}},\n"
                + "{\"type\": \"Feature\", \"geometry\": {\"type\": \"LineString\", \"coordinates\": [[0, 0], [1, 1]]},"
                + " \"properties\": {\"acq_date\": \"2025-09-13\"}}\n]}");
        assertEquals("geojson VIIRS", f.format());
        assertEquals(2, f.rowsRead());
        assertEquals(1, f.rowsSkipped());
        assertTrue(f.skippedExamples().get(0).contains("LineString, not a Point"), f.skippedExamples().toString());
        Hotspot h = f.hotspots().get(0);
        assertEquals(-8.0614, h.lon(), 0);
        assertEquals(13.7256, h.lat(), 0);
        assertEquals(0.9, h.confidence(), 0);
    }

    @Test
    void latLngSpellingOfReexportedFiles() throws IOException {
        FirmsFile f = read("r.csv", "lat,lng,acq_date,acq_time,confidence,brightness\n14.0,-9.0,2022-02-26,0141,55,307.8\n");
        assertEquals(-9.0, f.hotspots().get(0).lon(), 0);
        assertEquals(14.0, f.hotspots().get(0).lat(), 0);
    }
}
