package org.corridorwatch.scan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.corridorwatch.model.CorridorRoad;
import org.corridorwatch.model.RoadSegment;
import org.corridorwatch.model.RoadSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * The road found in the imagery, cached per scene footprint: one small JSON file per key in a folder
 * ({@code roads-cache/} next to a scan's outputs, {@code cache/roads/} of a nightly workspace). The key is a SHA-256
 * of everything the found road depends on: the before scene (absolute path, size, modification time), the
 * footprint read (grid, window, cell factor), the corridor and its prior line, the {@code roads_from_imagery}
 * parameters and the cloud thresholds. A file that cannot be read is ignored (the road is found again and the file
 * rewritten); a cache that cannot be written is skipped with a log line. No I/O when the folder is null.
 *
 * @param dir the cache folder, or null for no cache
 */
public record RoadCache(Path dir) {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final GeometryFactory GF = new GeometryFactory();
    /** Bumped when the cached road's meaning changes (the tracer's rules), so old files are not reused. */
    static final String VERSION = "roads-cache-19";

    /** The key of {@code parts} (16 bytes of SHA-256, hex). */
    public static String key(String... parts) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(VERSION.getBytes(StandardCharsets.UTF_8));
            for (String p : parts) {
                md.update((byte) 0);
                md.update(p.getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(md.digest(), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code absolute path|size|modified} of a scene file (or folder), "" parts when it cannot be stat'ed. */
    public static String sceneId(Path scene) {
        Path abs = scene.toAbsolutePath().normalize();
        try {
            return abs + "|" + Files.size(abs) + "|" + Files.getLastModifiedTime(abs).toMillis();
        } catch (IOException e) {
            return abs + "||";
        }
    }

    /** The cached road of {@code key}; empty when there is none, no cache, or the file is unreadable. */
    public Optional<CorridorRoad> get(String key) {
        if (dir == null) {
            return Optional.empty();
        }
        Path f = dir.resolve(key + ".json");
        if (!Files.isRegularFile(f)) {
            return Optional.empty();
        }
        try {
            return Optional.of(decode(JSON.readTree(f.toFile())));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Stores {@code road} under {@code key} (written to a temporary file, then moved); false when it cannot be. */
    public boolean put(String key, CorridorRoad road) {
        if (dir == null) {
            return false;
        }
        Path tmp = null;
        try {
            Files.createDirectories(dir);
            tmp = Files.createTempFile(dir, key, ".tmp");
            JSON.writeValue(tmp.toFile(), encode(road));
            Files.move(tmp, dir.resolve(key + ".json"), java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            return true;
        } catch (IOException | RuntimeException e) {
            deleteQuietly(tmp); // a failed write leaves nothing behind (a full disk: ScanWriteFailureTest)
            return false;
        }
    }

    private static void deleteQuietly(Path f) {
        if (f != null) {
            try {
                Files.deleteIfExists(f);
            } catch (IOException ignored) {
                // nothing more can be done; the next put of the key writes a new temporary file
            }
        }
    }

    static ObjectNode encode(CorridorRoad road) {
        ObjectNode o = JSON.createObjectNode();
        o.put("corridor", road.corridorId());
        o.put("provenance", road.provenance());
        ArrayNode segs = o.putArray("segments");
        for (RoadSegment s : road.segments()) {
            ObjectNode n = segs.addObject();
            n.put("source", s.source().name());
            n.put("confidence", s.confidence());
            n.put("offset_m", s.offsetFromConfiguredM());
            n.put("note", s.note());
            ArrayNode cs = n.putArray("coordinates");
            for (Coordinate c : s.lineWgs84().getCoordinates()) {
                cs.addArray().add(c.x).add(c.y);
            }
        }
        return o;
    }

    static CorridorRoad decode(JsonNode o) {
        List<RoadSegment> segs = new ArrayList<>();
        for (JsonNode n : o.get("segments")) {
            JsonNode cs = n.get("coordinates");
            Coordinate[] line = new Coordinate[cs.size()];
            for (int i = 0; i < line.length; i++) {
                line[i] = new Coordinate(cs.get(i).get(0).asDouble(), cs.get(i).get(1).asDouble());
            }
            segs.add(new RoadSegment(GF.createLineString(line), RoadSource.valueOf(n.get("source").asText()),
                    n.get("confidence").asDouble(), n.get("offset_m").asDouble(), n.get("note").asText()));
        }
        return new CorridorRoad(o.get("corridor").asText(), segs, o.get("provenance").asText());
    }
}
