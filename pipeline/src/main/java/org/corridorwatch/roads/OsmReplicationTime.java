package org.corridorwatch.roads;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * The replication timestamp of an OSM extract, read from its header: {@code osmosis_replication_timestamp} of a PBF
 * header block (Geofabrik, osmium), or {@code <meta osm_base=…>} (Overpass) / the {@code timestamp} attribute of
 * {@code <osm>} in XML. Null when the file has none or is not OSM.
 */
final class OsmReplicationTime {
    private static final Pattern XML = Pattern.compile(
            "(?:osm_base|osmosis_replication_timestamp|timestamp)\\s*=\\s*\"([0-9]{4}-[0-9]{2}-[0-9]{2}T[^\"]+)\"");

    private OsmReplicationTime() {
    }

    static String of(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        try {
            if (name.endsWith(".pbf")) {
                return pbf(file);
            }
            if (name.endsWith(".osm")) {
                return xml(file);
            }
        } catch (IOException | DataFormatException | RuntimeException e) {
            return null;
        }
        return null;
    }

    private static String xml(Path file) throws IOException {
        byte[] head = new byte[8192];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        }
        String text = new String(head, 0, n, StandardCharsets.UTF_8);
        int firstNode = text.indexOf("<node");
        Matcher m = XML.matcher(firstNode > 0 ? text.substring(0, firstNode) : text);
        return m.find() ? m.group(1) : null;
    }

    /** The first blob of a PBF is the OSMHeader; field 32 of its HeaderBlock is the replication time in seconds. */
    private static String pbf(Path file) throws IOException, DataFormatException {
        try (DataInputStream in = new DataInputStream(Files.newInputStream(file))) {
            int headerLength = in.readInt();
            if (headerLength <= 0 || headerLength > 64 * 1024) {
                return null;
            }
            Proto blobHeader = new Proto(in.readNBytes(headerLength));
            long dataSize = -1;
            String type = null;
            while (blobHeader.more()) {
                int key = (int) blobHeader.varint();
                if (key >>> 3 == 1 && (key & 7) == 2) {
                    type = new String(blobHeader.bytes(), StandardCharsets.UTF_8);
                } else if (key >>> 3 == 3 && (key & 7) == 0) {
                    dataSize = blobHeader.varint();
                } else {
                    blobHeader.skip(key & 7);
                }
            }
            if (!"OSMHeader".equals(type) || dataSize <= 0 || dataSize > 32 * 1024 * 1024) {
                return null;
            }
            Proto blob = new Proto(in.readNBytes((int) dataSize));
            byte[] header = null;
            while (blob.more()) {
                int key = (int) blob.varint();
                if (key >>> 3 == 1 && (key & 7) == 2) {
                    header = blob.bytes();
                } else if (key >>> 3 == 3 && (key & 7) == 2) {
                    header = inflate(blob.bytes());
                } else {
                    blob.skip(key & 7);
                }
            }
            if (header == null) {
                return null;
            }
            Proto block = new Proto(header);
            while (block.more()) {
                int key = (int) block.varint();
                if (key >>> 3 == 32 && (key & 7) == 0) {
                    return Instant.ofEpochSecond(block.varint()).toString();
                }
                block.skip(key & 7);
            }
            return null;
        }
    }

    private static byte[] inflate(byte[] zlib) throws DataFormatException {
        Inflater inf = new Inflater();
        inf.setInput(zlib);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        byte[] buf = new byte[65536];
        while (!inf.finished()) {
            int n = inf.inflate(buf);
            if (n == 0 && (inf.needsInput() || inf.needsDictionary())) {
                break;
            }
            out.write(buf, 0, n);
        }
        inf.end();
        return out.toByteArray();
    }

    /** Just enough protobuf: varints, length-delimited fields, skipping the rest. */
    private static final class Proto {
        private final byte[] b;
        private int pos;

        Proto(byte[] b) {
            this.b = b;
        }

        boolean more() {
            return pos < b.length;
        }

        long varint() {
            long v = 0;
            for (int shift = 0; shift < 64; shift += 7) {
                byte x = b[pos++];
                v |= (long) (x & 0x7f) << shift;
                if ((x & 0x80) == 0) {
                    return v;
                }
            }
            throw new IllegalStateException("bad varint");
        }

        byte[] bytes() {
            int n = (int) varint();
            byte[] out = java.util.Arrays.copyOfRange(b, pos, pos + n);
            pos += n;
            return out;
        }

        void skip(int wireType) {
            switch (wireType) {
                case 0 -> varint();
                case 1 -> pos += 8;
                case 2 -> {
                    // not "pos += (int) varint()": Java reads pos before varint() moves it past the length
                    int length = (int) varint();
                    pos += length;
                }
                case 5 -> pos += 4;
                default -> throw new IllegalStateException("wire type " + wireType);
            }
        }
    }
}
