package org.corridorwatch.nightly;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.corridorwatch.geo.Corridor;
import org.corridorwatch.model.CorridorWatchException;
import org.corridorwatch.raster.RemoteScenes;
import org.corridorwatch.report.CandidatesGeoJson;
import org.locationtech.jts.geom.Envelope;

/**
 * A STAC API as a scene source: {@code POST <api>/search} with the collection, the bounding box of the
 * buffered corridors and the date range (from {@code --since}), following {@code next} links; each
 * item becomes a small VRT in {@code stac/<collection>/<item>.vrt} over its COG(s) read through
 * {@code /vsicurl/} (range requests only), which the catalog then treats like an inbox file. An item is
 * read either from one multi-band data asset, or from per-band assets named by {@code eo:bands}
 * common names (blue, green, red, nir, swir16, swir22; plus an {@code scl} asset), stacked as
 * B02 B03 B04 B08 B11 B12 SCL. Search requests retry 3 times (1 s, 2 s) with 10 s connect and 30 s
 * request time-outs; a failing search or item is reported and the night goes on with what it has.
 */
final class StacSource {
    static final int MAX_PAGES = 20;
    static final int ATTEMPTS = 3;
    private static final String[][] BANDS = {{"blue", "B02"}, {"green", "B03"}, {"red", "B04"}, {"nir", "B08"},
        {"swir16", "B11"}, {"swir22", "B12"}};

    /** What one search did. */
    record Result(int items, List<Path> written, List<String> problems) {
    }

    private StacSource() {
    }

    /** The folder of a workspace holding the VRTs of STAC items. */
    static Path folder(Workspace ws) {
        return ws.root().resolve("stac");
    }

    /** WGS84 bounding box {west, south, east, north} of the corridors, widened by their buffer. */
    static double[] bbox(List<Corridor> corridors, double bufferM) {
        Envelope env = new Envelope();
        double buffer = 0;
        for (Corridor c : corridors) {
            env.expandToInclude(c.lineWgs84().getEnvelopeInternal());
            buffer = Math.max(buffer, Double.isNaN(bufferM) ? c.defaultBufferM() : bufferM);
        }
        double lat = Math.max(Math.abs(env.getMinY()), Math.abs(env.getMaxY()));
        double dy = buffer / 110_574;
        double dx = buffer / (111_320 * Math.cos(Math.toRadians(lat)));
        return new double[] {env.getMinX() - dx, env.getMinY() - dy, env.getMaxX() + dx, env.getMaxY() + dy};
    }

    /**
     * Searches and writes the VRTs of new items. Items are searched from {@code since} (default: 30 days ago)
     * minus {@code maxGapDays}, so the before-scenes of the new after-scenes are found too.
     */
    static Result fetch(Workspace ws, String apiUrl, String collection, double[] bbox, LocalDate since, double maxGapDays,
                        NightlyLog log) {
        return fetch(ws, apiUrl, collection, bbox, since, null, maxGapDays, log);
    }

    /** As above, items acquired up to the end of {@code until} (null: open-ended). */
    static Result fetch(Workspace ws, String apiUrl, String collection, double[] bbox, LocalDate since, LocalDate until,
                        double maxGapDays, NightlyLog log) {
        RemoteScenes.configureHttp(RemoteScenes.DEFAULT_MAX_RETRY, RemoteScenes.DEFAULT_TIMEOUT_S);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        List<String> problems = new ArrayList<>();
        List<Path> written = new ArrayList<>();
        ObjectNode body = CandidatesGeoJson.JSON.createObjectNode();
        body.putArray("collections").add(collection);
        ArrayNode bb = body.putArray("bbox");
        for (double v : bbox) {
            bb.add(Math.round(v * 1e6) / 1e6);
        }
        LocalDate from = (since != null ? since : LocalDate.now(java.time.ZoneOffset.UTC).minusDays(30))
                .minusDays((long) Math.ceil(maxGapDays));
        body.put("datetime", from + "T00:00:00Z/" + (until == null ? ".." : until + "T23:59:59Z"));
        body.put("limit", 100);
        URI search = URI.create(apiUrl.endsWith("/") ? apiUrl + "search" : apiUrl + "/search");
        int items = 0;
        URI next = search;
        JsonNode nextBody = body;
        for (int page = 0; page < MAX_PAGES && next != null; page++) {
            JsonNode fc;
            try {
                fc = send(http, next, nextBody);
            } catch (IOException e) {
                problems.add("STAC search " + next + " failed: " + e.getMessage());
                log.info("stac: search failed: " + e.getMessage() + " (going on with the inbox)");
                break;
            }
            for (JsonNode item : fc.path("features")) {
                items++;
                try {
                    Path vrt = itemVrt(ws, collection, item, next);
                    if (vrt != null) {
                        written.add(vrt);
                        log.info("stac: " + item.path("id").asText() + " -> " + ws.root().relativize(vrt));
                    }
                } catch (CorridorWatchException | IllegalArgumentException e) {
                    problems.add("STAC item " + item.path("id").asText() + ": " + e.getMessage());
                    log.info("stac: item " + item.path("id").asText() + " skipped: " + e.getMessage());
                }
            }
            next = null;
            nextBody = null;
            for (JsonNode link : fc.path("links")) {
                if ("next".equals(link.path("rel").asText()) && link.hasNonNull("href")) {
                    next = search.resolve(link.path("href").asText());
                    if ("POST".equalsIgnoreCase(link.path("method").asText("GET"))) {
                        ObjectNode merged = link.path("merge").asBoolean(false) ? body.deepCopy() : CandidatesGeoJson.JSON.createObjectNode();
                        if (link.path("body").isObject()) {
                            merged.setAll((ObjectNode) link.path("body"));
                        }
                        nextBody = merged;
                    }
                }
            }
        }
        log.info("stac: " + items + " items from " + search + ", " + written.size() + " new");
        return new Result(items, written, problems);
    }

    /** POST (with a body) or GET, with retries on I/O errors, 429 and 5xx. */
    private static JsonNode send(HttpClient http, URI uri, JsonNode body) throws IOException {
        IOException last = null;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                        .header("Accept", "application/geo+json, application/json");
                HttpRequest req = body == null ? b.GET().build() : b.header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(CandidatesGeoJson.JSON.writeValueAsBytes(body))).build();
                HttpResponse<byte[]> resp = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
                int code = resp.statusCode();
                if (code == 200) {
                    return CandidatesGeoJson.JSON.readTree(resp.body());
                }
                last = new IOException("HTTP " + code);
                if (code != 429 && code < 500) {
                    break;
                }
            } catch (IOException e) {
                last = e;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            }
            if (attempt == ATTEMPTS) {
                break;
            }
            try {
                Thread.sleep(1000L * attempt);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            }
        }
        throw last;
    }

    /** Writes the VRT of an item unless it exists or was quarantined; returns it, or null when there was nothing to do. */
    private static Path itemVrt(Workspace ws, String collection, JsonNode item, URI base) {
        String id = item.path("id").asText();
        if (id.isBlank()) {
            throw new IllegalArgumentException("item without id");
        }
        String safe = id.replaceAll("[^A-Za-z0-9._-]", "_");
        Path vrt = folder(ws).resolve(collection.replaceAll("[^A-Za-z0-9._-]", "_")).resolve(safe + ".vrt");
        if (Files.exists(vrt) || Files.exists(ws.quarantine().resolve(safe + ".vrt.reason.txt"))) {
            return null;
        }
        JsonNode props = item.path("properties");
        String datetime = props.path("datetime").asText(props.path("start_datetime").asText(""));
        Map<String, String> metadata = new LinkedHashMap<>();
        if (datetime.length() >= 10) {
            metadata.put("ACQUISITION_DATE", datetime.substring(0, 10));
        }
        if (props.hasNonNull("s2:processing_baseline")) {
            metadata.put("PROCESSING_BASELINE", props.path("s2:processing_baseline").asText());
        }
        metadata.put("STAC_ITEM", id);
        metadata.put("STAC_COLLECTION", collection);
        JsonNode assets = item.path("assets");
        // one multi-band data asset
        for (String key : iterable(assets)) {
            JsonNode a = assets.path(key);
            boolean data = contains(a.path("roles"), "data") || List.of("data", "image", "analytic").contains(key);
            boolean tiff = a.path("type").asText("").toLowerCase(Locale.ROOT).contains("tiff");
            if (data && tiff && a.path("eo:bands").size() != 1) {
                return RemoteScenes.writeVrt(vrt, List.of(RemoteScenes.vsicurl(href(base, a))), null, metadata);
            }
        }
        // per-band assets
        List<String> sources = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (String[] band : BANDS) {
            for (String key : iterable(assets)) {
                JsonNode a = assets.path(key);
                if (band[0].equals(a.path("eo:bands").path(0).path("common_name").asText()) || band[0].equals(key)) {
                    sources.add(RemoteScenes.vsicurl(href(base, a)));
                    names.add(band[1]);
                    break;
                }
            }
        }
        if (assets.has("scl")) {
            sources.add(RemoteScenes.vsicurl(href(base, assets.path("scl"))));
            names.add("SCL");
        }
        if (sources.size() < 4) {
            throw new IllegalArgumentException("no multi-band data asset and only " + sources.size()
                    + " band assets (blue, green, red, nir needed)");
        }
        return RemoteScenes.writeVrt(vrt, sources, names, metadata);
    }

    private static String href(URI base, JsonNode asset) {
        String h = asset.path("href").asText("");
        if (h.isBlank()) {
            throw new IllegalArgumentException("asset without href");
        }
        return base.resolve(h).toString();
    }

    private static boolean contains(JsonNode array, String value) {
        for (JsonNode n : array) {
            if (value.equals(n.asText())) {
                return true;
            }
        }
        return false;
    }

    private static Iterable<String> iterable(JsonNode object) {
        return object::fieldNames;
    }
}
