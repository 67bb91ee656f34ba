package org.corridorwatch.nightly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corridorwatch.cli.CliTest;
import org.corridorwatch.report.CandidatesGeoJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;

/**
 * The STAC scene source against a real HTTP server on loopback (the JDK's HttpServer): a static search
 * response and two COGs (64 px blocks) served with Range support. The nightly must find, catalog, pair
 * and scan them through /vsicurl/ with range requests only, reading fewer bytes than the files hold.
 */
class StacSourceTest {
    private static final Pattern RANGE = Pattern.compile("bytes=(\\d+)-(\\d*)");

    /** A loopback STAC API + file server that counts what it serves. */
    static final class Server implements AutoCloseable {
        final HttpServer http;
        final Map<String, Path> files = new ConcurrentHashMap<>();
        final AtomicInteger partial = new AtomicInteger();
        final AtomicInteger full = new AtomicInteger();
        final AtomicLong bytesServed = new AtomicLong();
        final List<String> searches = new CopyOnWriteArrayList<>();
        final List<String> ranges = new CopyOnWriteArrayList<>();
        volatile String searchResponse = "{}";

        Server() throws IOException {
            http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            http.createContext("/stac/search", ex -> {
                searches.add(ex.getRequestMethod() + " " + new String(ex.getRequestBody().readAllBytes()));
                byte[] body = searchResponse.getBytes();
                ex.getResponseHeaders().set("Content-Type", "application/geo+json");
                ex.sendResponseHeaders(200, body.length);
                try (OutputStream o = ex.getResponseBody()) {
                    o.write(body);
                }
            });
            http.createContext("/cogs/", this::serveFile);
            http.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
            http.start();
        }

        String base() {
            return "http://127.0.0.1:" + http.getAddress().getPort();
        }

        private void serveFile(HttpExchange ex) throws IOException {
            Path f = files.get(ex.getRequestURI().getPath().substring("/cogs/".length()));
            if (f == null) {
                ex.sendResponseHeaders(404, -1);
                ex.close();
                return;
            }
            long size = Files.size(f);
            ex.getResponseHeaders().set("Accept-Ranges", "bytes");
            if (ex.getRequestMethod().equals("HEAD")) {
                ex.getResponseHeaders().set("Content-Length", String.valueOf(size));
                ex.sendResponseHeaders(200, -1);
                ex.close();
                return;
            }
            String range = ex.getRequestHeaders().getFirst("Range");
            Matcher m = range == null ? null : RANGE.matcher(range);
            byte[] all = Files.readAllBytes(f);
            if (m != null && m.matches()) {
                long a = Long.parseLong(m.group(1));
                long b = m.group(2).isEmpty() ? size - 1 : Math.min(size - 1, Long.parseLong(m.group(2)));
                int n = (int) (b - a + 1);
                ex.getResponseHeaders().set("Content-Range", "bytes " + a + "-" + b + "/" + size);
                ex.sendResponseHeaders(206, n);
                partial.incrementAndGet();
                ranges.add(ex.getRequestURI().getPath() + " " + a + "-" + b);
                bytesServed.addAndGet(n);
                try (OutputStream o = ex.getResponseBody()) {
                    o.write(all, (int) a, n);
                }
            } else {
                full.incrementAndGet();
                bytesServed.addAndGet(size);
                ex.sendResponseHeaders(200, size);
                try (OutputStream o = ex.getResponseBody()) {
                    o.write(all);
                }
            }
        }

        @Override
        public void close() {
            http.stop(0);
            ((java.util.concurrent.ExecutorService) http.getExecutor()).shutdownNow();
        }
    }

    /** Converts a GeoTIFF to a COG with 64 px blocks, DEFLATE and overviews (gdal_translate of gdal-bin). */
    static Path cog(Path src, Path dst) throws Exception {
        Process p = new ProcessBuilder("gdal_translate", "-q", "-of", "COG", "-co", "BLOCKSIZE=64", "-co", "COMPRESS=DEFLATE",
                src.toString(), dst.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertEquals(0, p.waitFor(), out);
        return dst;
    }

    static String item(String id, String date, String href) {
        return "{\"type\":\"Feature\",\"stac_version\":\"1.0.0\",\"id\":\"" + id + "\",\"collection\":\"test-s2\","
                + "\"geometry\":null,\"properties\":{\"datetime\":\"" + date + "T10:50:00Z\"},"
                + "\"links\":[],\"assets\":{\"data\":{\"href\":\"" + href + "\","
                + "\"type\":\"image/tiff; application=geotiff; profile=cloud-optimized\",\"roles\":[\"data\"]}}}";
    }

    @Test
    void nightlyFindsScenesThroughStacAndReadsOnlyTheWindowsItNeeds(@TempDir Path dir) throws Exception {
        Path before = cog(NightlyScenes.write(dir.resolve("b.tif"), "2025-09-01", List.of(), 11, 1100), dir.resolve("b-cog.tif"));
        Path after = cog(NightlyScenes.write(dir.resolve("a.tif"), "2025-09-16", List.of(NightlyScenes.CENTRE_KM), 12, 1100),
                dir.resolve("a-cog.tif"));
        long fileBytes = Files.size(before) + Files.size(after);
        try (Server server = new Server()) {
            server.files.put("S2_before.tif", before);
            server.files.put("S2_after.tif", after);
            // relative hrefs are resolved against the search URL
            server.searchResponse = "{\"type\":\"FeatureCollection\",\"features\":[" + item("S2_T29PQT_20250901", "2025-09-01",
                    "../cogs/S2_before.tif") + "," + item("S2_T29PQT_20250916", "2025-09-16", server.base() + "/cogs/S2_after.tif")
                    + "],\"links\":[]}";

            Workspace ws = NightlyJobTest.workspace(dir.resolve("ws"));
            Files.writeString(ws.nightlyConfig(), Files.readString(ws.nightlyConfig()).replace("buffer_m: null", "buffer_m: 300"));
            Files.writeString(ws.scanConfig(), Files.readString(ws.scanConfig()).replace("size_px: 512", "size_px: 128")
                    .replace("overlap_px: 32", "overlap_px: 16"));

            CliTest.Run r = NightlyJobTest.nightly(ws, "--stac", server.base() + "/stac", "--collection", "test-s2",
                    "--since", "2025-09-10");
            assertEquals(0, r.exitCode(), r.out() + r.err());
            assertTrue(r.out().startsWith("2 new scenes, "), r.out());
            assertTrue(r.out().contains(" 1 new candidate "), r.out());

            // the search: POST with the collection, the corridors' bbox and dates from --since minus the maximum gap
            assertEquals(1, server.searches.size());
            JsonNode search = CandidatesGeoJson.JSON.readTree(server.searches.get(0).substring("POST ".length()));
            assertEquals("test-s2", search.path("collections").get(0).asText());
            assertEquals("2025-07-12T00:00:00Z/..", search.path("datetime").asText());
            assertEquals(4, search.path("bbox").size());

            // range requests really happened, nothing was downloaded whole, and fewer bytes than the files hold
            assertTrue(server.partial.get() > 10, "206 responses: " + server.partial.get());
            assertEquals(0, server.full.get(), "whole-file GETs");
            assertTrue(server.bytesServed.get() < fileBytes, server.bytesServed.get() + " bytes served of " + fileBytes);
            System.out.printf("STAC: %d range requests (206), %d of %d bytes (%.0f%%)%n", server.partial.get(),
                    server.bytesServed.get(), fileBytes, 100.0 * server.bytesServed.get() / fileBytes);

            JsonNode summary = NightlyJobTest.summary(NightlyJobTest.lastRun(ws));
            assertEquals(2, summary.path("stac").path("items").asInt());
            Coordinate attack = NightlyScenes.lonLat(NightlyScenes.CENTRE_KM);
            assertTrue(NightlyJobTest.distanceM(summary.path("new_candidates").get(0).path("geometry_wkt").asText(), attack) < 250);
            assertTrue(Files.exists(ws.root().resolve("stac/test-s2/S2_T29PQT_20250916.vrt")));

            // the next night finds the same items: nothing new, no scene read again
            int before206 = server.partial.get();
            CliTest.Run again = NightlyJobTest.nightly(ws, "--stac", server.base() + "/stac", "--collection", "test-s2",
                    "--since", "2025-09-10");
            assertEquals(9, again.exitCode(), again.out() + again.err());
            assertEquals(before206, server.partial.get());
        }
    }

    @Test
    void aFailingStacApiIsReportedAndTheInboxStillRuns(@TempDir Path dir) throws Exception {
        Workspace ws = NightlyJobTest.workspace(dir.resolve("ws"));
        NightlyJobTest.drop(ws, NightlyJobTest.date1 != null ? NightlyJobTest.date1
                : NightlyScenes.write(dir.resolve("x.tif"), "2025-09-01", List.of(), 1));
        CliTest.Run r = NightlyJobTest.nightly(ws, "--stac", "http://127.0.0.1:9/stac", "--collection", "x");
        assertEquals(8, r.exitCode(), "a failed source is a failure: " + r.out() + r.err());
        assertTrue(r.out().contains(" 1 failure, "), r.out());
        assertTrue(r.out().startsWith("1 new scene, "), r.out());
        assertTrue(r.err().contains("stac: search failed"), r.err());
        JsonNode summary = NightlyJobTest.summary(NightlyJobTest.lastRun(ws));
        assertTrue(summary.path("stac").path("problems").get(0).asText().startsWith("STAC search"), summary.toString());
    }
}
