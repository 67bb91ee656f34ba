package org.corridorwatch.roads;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Writes tiny OpenStreetMap XML files for tests: nodes by id, ways with tags. */
final class OsmFixture {
    private final Map<Integer, double[]> nodes = new LinkedHashMap<>();
    private final List<String> ways = new ArrayList<>();
    private String header = "";

    /** Node {@code id} at lon, lat. */
    OsmFixture node(int id, double lon, double lat) {
        nodes.put(id, new double[] {lon, lat});
        return this;
    }

    /** A way through {@code nodeIds}, with tags k1, v1, k2, v2, … */
    OsmFixture way(int id, int[] nodeIds, String... tags) {
        StringBuilder b = new StringBuilder("<way id=\"" + id + "\" version=\"1\">");
        for (int n : nodeIds) {
            b.append("<nd ref=\"").append(n).append("\"/>");
        }
        for (int i = 0; i < tags.length; i += 2) {
            b.append("<tag k=\"").append(tags[i]).append("\" v=\"").append(tags[i + 1]).append("\"/>");
        }
        ways.add(b.append("</way>").toString());
        return this;
    }

    /** An Overpass-style {@code <meta osm_base=…>} replication time. */
    OsmFixture osmBase(String iso) {
        header = "<meta osm_base=\"" + iso + "\"/>\n";
        return this;
    }

    double[] at(int node) {
        return nodes.get(node);
    }

    Path write(Path file) {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<osm version=\"0.6\" generator=\"test\">\n")
                .append(header);
        nodes.forEach((id, c) -> b.append(String.format(Locale.ROOT, "<node id=\"%d\" version=\"1\" lat=\"%.7f\" lon=\"%.7f\"/>%n",
                id, c[1], c[0])));
        ways.forEach(w -> b.append(w).append('\n'));
        b.append("</osm>\n");
        try {
            Files.writeString(file, b.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }
}
