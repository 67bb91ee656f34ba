package org.corridorwatch.roads;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.corridorwatch.model.InputDataException;
import org.corridorwatch.raster.RoadLines;
import org.locationtech.jts.geom.Envelope;

/**
 * A roads file read once: its lines within reach of the corridors as {@link RoadWay}s, and its provenance
 * (SHA-256, OSM replication time, attribution). The only file reading of this package besides the OSM header.
 *
 * @param ways       the lines
 * @param provenance where they came from
 */
public record RoadData(List<RoadWay> ways, RoadProvenance provenance) {
    public RoadData {
        ways = List.copyOf(ways);
    }

    /** Reads {@code file} (lines meeting {@code reachWgs84}, or all when it is null); exit 3 when it is missing or unreadable. */
    public static RoadData read(Path file, Envelope reachWgs84, String attribution) {
        RoadLines.Result r = RoadLines.read(file, reachWgs84);
        List<RoadWay> ways = r.lines().stream().map(l -> new RoadWay(l.id(), refs(l.ref()), l.highway(), l.lineWgs84()))
                .toList();
        return new RoadData(ways, new RoadProvenance(file.toAbsolutePath().toString(), sha256(file), r.driver(),
                OsmReplicationTime.of(file), ways.size(), attribution == null ? "" : attribution));
    }

    static List<String> refs(String ref) {
        return Arrays.stream(ref.split(";")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private static String sha256(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
                md.update(buf, 0, n);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (IOException e) {
            throw new InputDataException(file, "roads file cannot be read (" + e.getMessage() + ")", "check the file");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
