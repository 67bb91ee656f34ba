package org.corridorwatch.geo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.corridorwatch.model.ConfigException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Corridors drawn in Google Earth (or any KML 2.2 writer): a {@code .kml}, or a {@code .kmz} holding one, turned
 * into the GeoJSON FeatureCollection {@link CorridorFileReader} reads, so both forms follow one set of rules. Each
 * Placemark with a LineString (also inside a MultiGeometry) is a feature; Points and Polygons are kept as what they
 * are so the reader ignores them. Properties: {@code name} from the Placemark's name; {@code id}, {@code aliases},
 * {@code refs}, {@code default_buffer_m} and {@code origin} from its ExtendedData ({@code Data}/{@code value} or
 * {@code SchemaData}/{@code SimpleData}; lists comma-separated, origin "lon,lat"). Without an {@code id}, the id is
 * the name in lower case with runs of other characters as "-" ("Senegal Border- Bamako Link" →
 * "senegal-border-bamako-link"), "-2", "-3" … for repeated names. External entities are refused.
 */
final class KmlCorridorFile {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String HINT = "give a KML of lines as Google Earth saves it (File > Save Place As, .kml or .kmz), "
            + "or a GeoJSON FeatureCollection; see config/README.md";

    private KmlCorridorFile() {
    }

    /** True for {@code .kml} and {@code .kmz} files. */
    static boolean handles(Path file) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".kml") || n.endsWith(".kmz");
    }

    static ObjectNode read(Path file) {
        Document doc;
        try (InputStream in = open(file)) {
            doc = builder().parse(in);
        } catch (SAXException e) {
            throw new ConfigException(file, "is not KML (not well-formed XML: " + e.getMessage() + ")", HINT, e);
        } catch (IOException e) {
            throw new ConfigException(file, "cannot be read (" + e.getMessage() + ")", "check the file's permissions");
        }
        ObjectNode fc = JSON.createObjectNode();
        fc.put("type", "FeatureCollection");
        ArrayNode features = fc.putArray("features");
        Map<String, Integer> seen = new HashMap<>();
        NodeList placemarks = doc.getElementsByTagNameNS("*", "Placemark");
        for (int i = 0; i < placemarks.getLength(); i++) {
            Element pm = (Element) placemarks.item(i);
            ObjectNode f = features.addObject();
            f.put("type", "Feature");
            ObjectNode props = f.putObject("properties");
            String name = childText(pm, "name");
            if (!name.isEmpty()) {
                props.put("name", name);
            }
            extendedData(pm, props);
            if (!props.has("id") && !name.isEmpty()) {
                String slug = slug(name);
                int n = seen.merge(slug, 1, Integer::sum);
                props.put("id", n == 1 ? slug : slug + "-" + n);
            }
            f.set("geometry", geometry(file, pm));
        }
        return fc;
    }

    private static InputStream open(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".kmz")) {
            return in;
        }
        ZipInputStream zip = new ZipInputStream(in);
        for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
            if (!e.isDirectory() && e.getName().toLowerCase(Locale.ROOT).endsWith(".kml")) {
                return zip;   // KMZ: the first .kml is the document (doc.kml by convention)
            }
        }
        zip.close();
        throw new ConfigException(file, "is a KMZ without a .kml document inside", HINT);
    }

    private static DocumentBuilder builder() {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            // the default handler prints "[Fatal Error] …" to stderr besides the exception: one message is enough
            b.setErrorHandler(new org.xml.sax.helpers.DefaultHandler() {
                @Override
                public void error(org.xml.sax.SAXParseException e) throws SAXException {
                    throw e;
                }

                @Override
                public void fatalError(org.xml.sax.SAXParseException e) throws SAXException {
                    throw e;
                }
            });
            return b;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The Placemark's first geometry as GeoJSON: LineStrings (one, or several as a MultiLineString) or what else it is. */
    private static ObjectNode geometry(Path file, Element pm) {
        ObjectNode g = JSON.createObjectNode();
        NodeList lines = pm.getElementsByTagNameNS("*", "LineString");
        if (lines.getLength() == 0) {
            boolean point = pm.getElementsByTagNameNS("*", "Point").getLength() > 0;
            g.put("type", point ? "Point" : "Polygon");   // not a corridor: the reader counts and ignores it
            return g;
        }
        List<ArrayNode> parts = new ArrayList<>();
        for (int i = 0; i < lines.getLength(); i++) {
            parts.add(coordinates(file, childText((Element) lines.item(i), "coordinates")));
        }
        if (parts.size() == 1) {
            g.put("type", "LineString");
            g.set("coordinates", parts.get(0));
        } else {
            g.put("type", "MultiLineString");
            ArrayNode all = g.putArray("coordinates");
            parts.forEach(all::add);
        }
        return g;
    }

    /** KML's "lon,lat[,alt] lon,lat[,alt] …" as GeoJSON positions [lon, lat]. */
    private static ArrayNode coordinates(Path file, String text) {
        ArrayNode out = JSON.createArrayNode();
        for (String tuple : text.trim().split("\\s+")) {
            if (tuple.isEmpty()) {
                continue;
            }
            String[] v = tuple.split(",");
            try {
                if (v.length < 2) {
                    throw new NumberFormatException();
                }
                out.addArray().add(Double.parseDouble(v[0])).add(Double.parseDouble(v[1]));
            } catch (NumberFormatException e) {
                throw new ConfigException(file, "has a KML coordinate that is not lon,lat[,alt]: \"" + tuple + "\"", HINT);
            }
        }
        return out;
    }

    private static void extendedData(Element pm, ObjectNode props) {
        Map<String, String> values = new HashMap<>();
        NodeList data = pm.getElementsByTagNameNS("*", "Data");
        for (int i = 0; i < data.getLength(); i++) {
            Element d = (Element) data.item(i);
            values.put(d.getAttribute("name"), childText(d, "value"));
        }
        NodeList simple = pm.getElementsByTagNameNS("*", "SimpleData");
        for (int i = 0; i < simple.getLength(); i++) {
            Element d = (Element) simple.item(i);
            values.put(d.getAttribute("name"), d.getTextContent().trim());
        }
        values.forEach((k, v) -> {
            switch (k) {
                case "id" -> props.put("id", v);
                case "aliases", "refs" -> {
                    ArrayNode a = props.putArray(k);
                    for (String s : v.split(",")) {
                        if (!s.isBlank()) {
                            a.add(s.trim());
                        }
                    }
                }
                case "default_buffer_m" -> {
                    try {
                        props.put(k, Double.parseDouble(v));
                    } catch (NumberFormatException e) {
                        props.put(k, v);   // the reader says what is wrong with it
                    }
                }
                case "origin" -> {
                    String[] xy = v.split(",");
                    try {
                        props.putArray(k).add(Double.parseDouble(xy[0].trim())).add(Double.parseDouble(xy[1].trim()));
                    } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
                        props.put(k, v);
                    }
                }
                default -> { }
            }
        });
    }

    private static String childText(Element parent, String localName) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName.equals(e.getLocalName())) {
                return e.getTextContent().trim();
            }
        }
        return "";
    }

    static String slug(String name) {
        String s = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return s.isEmpty() ? "corridor" : s;
    }
}
