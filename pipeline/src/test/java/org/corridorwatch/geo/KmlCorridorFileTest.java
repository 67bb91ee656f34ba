package org.corridorwatch.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.corridorwatch.model.ConfigException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;

/** Corridors drawn in Google Earth: KML and KMZ through the same rules as GeoJSON. */
class KmlCorridorFileTest {
    @TempDir
    Path dir;

    /** As Google Earth saves a folder of places: a waypoint, a road with ExtendedData, a road in two parts, a repeat. */
    private static final String KML = """
            <?xml version="1.0" encoding="UTF-8"?>
            <kml xmlns="http://www.opengis.net/kml/2.2" xmlns:gx="http://www.google.com/kml/ext/2.2">
            <Document><name>corridors.kml</name>
              <Folder><name>Kayes</name>
                <Placemark><name>Kayes</name><Point><coordinates>-11.44,14.45,0</coordinates></Point></Placemark>
                <Placemark><name>Route Kayes – Diboli</name>
                  <ExtendedData><Data name="default_buffer_m"><value>800</value></Data>
                    <Data name="refs"><value>RN1, N1</value></Data>
                    <Data name="origin"><value>-11.44,14.45</value></Data></ExtendedData>
                  <LineString><tessellate>1</tessellate>
                    <coordinates>
                      -12.17,14.47,0 -11.80,14.46,0
                      -11.44,14.45,0
                    </coordinates></LineString></Placemark>
                <Placemark><name>Piste</name><MultiGeometry>
                  <LineString><coordinates>-10.0,14.0 -10.1,14.0</coordinates></LineString>
                  <LineString><coordinates>-10.1,14.0 -10.2,14.05</coordinates></LineString>
                </MultiGeometry></Placemark>
                <Placemark><name>Piste</name><LineString><coordinates>-9.0,13.0 -9.1,13.1</coordinates></LineString></Placemark>
              </Folder>
            </Document></kml>
            """;

    @Test
    void googleEarthPlacesBecomeCorridors() throws IOException {
        Path kml = Files.writeString(dir.resolve("my-roads.kml"), KML);
        List<Corridor> cs = CorridorCatalog.load(kml).corridors();
        assertEquals(List.of("route-kayes-diboli", "piste", "piste-2"), cs.stream().map(Corridor::id).toList());
        Corridor kayes = cs.get(0);
        assertEquals("Route Kayes – Diboli", kayes.name());
        assertEquals(800, kayes.defaultBufferM());
        assertEquals(List.of("RN1", "N1"), kayes.refs());
        // origin at Kayes: the line is turned so that chainage 0 is at Kayes
        Coordinate[] c = kayes.lineWgs84().getCoordinates();
        assertEquals(3, c.length);
        assertEquals(-11.44, c[0].x, 0);
        assertEquals(-12.17, c[2].x, 0);
        Corridor piste = cs.get(1);
        assertEquals(CorridorFileReader.DEFAULT_PRECISE_BUFFER_M, piste.defaultBufferM());
        assertEquals(3, piste.lineWgs84().getNumPoints(), "the two parts of the MultiGeometry joined");
    }

    @Test
    void kmzHoldsTheSameDocument() throws IOException {
        Path kmz = dir.resolve("my-roads.kmz");
        try (OutputStream out = Files.newOutputStream(kmz); ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("files/"));
            z.closeEntry();
            z.putNextEntry(new ZipEntry("doc.kml"));
            z.write(KML.getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
        Path kml = Files.writeString(dir.resolve("same.kml"), KML);
        assertEquals(CorridorCatalog.load(kml).corridors(), CorridorCatalog.load(kmz).corridors());
    }

    @Test
    void brokenKmlIsOneConfigError() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.kml"), "<kml><Placemark>");
        ConfigException e = assertThrows(ConfigException.class, () -> CorridorCatalog.load(bad));
        assertTrue(e.getMessage().startsWith(bad.toString()) && e.getMessage().contains("is not KML"), e.getMessage());

        Path coord = Files.writeString(dir.resolve("coord.kml"), KML.replace("-11.80,14.46,0", "-11.80;14.46"));
        assertTrue(assertThrows(ConfigException.class, () -> CorridorCatalog.load(coord)).getMessage()
                .contains("not lon,lat[,alt]: \"-11.80;14.46\""));

        Path points = Files.writeString(dir.resolve("points.kml"), """
                <kml xmlns="http://www.opengis.net/kml/2.2"><Placemark><name>Kayes</name>
                <Point><coordinates>-11.44,14.45</coordinates></Point></Placemark></kml>""");
        assertTrue(assertThrows(ConfigException.class, () -> CorridorCatalog.load(points)).getMessage()
                .contains("has no LineString"));

        Path emptyKmz = dir.resolve("empty.kmz");
        try (OutputStream out = Files.newOutputStream(emptyKmz); ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("images/a.png"));
            z.closeEntry();
        }
        assertTrue(assertThrows(ConfigException.class, () -> CorridorCatalog.load(emptyKmz)).getMessage()
                .contains("without a .kml"));
    }

    /** An external entity would read a local file into a corridor name: the parser refuses any DOCTYPE. */
    @Test
    void externalEntitiesAreRefused() throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "s3cr3t");
        Path xxe = Files.writeString(dir.resolve("xxe.kml"), "<?xml version=\"1.0\"?>\n<!DOCTYPE kml [<!ENTITY x SYSTEM \""
                + secret.toUri() + "\">]>\n<kml xmlns=\"http://www.opengis.net/kml/2.2\"><Placemark><name>&x;</name>"
                + "<LineString><coordinates>-9,13 -9.1,13.1</coordinates></LineString></Placemark></kml>");
        ConfigException e = assertThrows(ConfigException.class, () -> CorridorCatalog.load(xxe));
        assertTrue(e.getMessage().contains("DOCTYPE") && !e.getMessage().contains("s3cr3t"), e.getMessage());
    }

    @Test
    void slugsAreLowerCaseAsciiWithDashes() {
        assertEquals("senegal-border-bamako-link", KmlCorridorFile.slug("Senegal Border- Bamako Link"));
        assertEquals("didieni-kolokani", KmlCorridorFile.slug("Didiéni — Kolokani"));
        assertEquals("corridor", KmlCorridorFile.slug("—"));
    }
}
