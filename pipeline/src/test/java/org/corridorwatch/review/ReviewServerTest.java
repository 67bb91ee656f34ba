package org.corridorwatch.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The review server's HTTP contract: routes, validation, CSRF, tokens, path traversal, concurrency. */
class ReviewServerTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    static Path dir;
    static Path run;
    static DecisionStore store;
    static ReviewServer server;
    static String base;
    static String csrf;
    static List<String> ids = new ArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        run = ReviewFixture.scan(ReviewFixture.pair(dir), dir.resolve("run"));
        store = DecisionStore.open(dir.resolve("decisions.sqlite"));
        server = ReviewServer.start(run, store, "127.0.0.1", 0, false);
        base = "http://127.0.0.1:" + server.port();
        JsonNode session = JSON.readTree(get("/api/session").body());
        csrf = session.get("csrf").asText();
        RunCandidates.read(run).sites().keySet().forEach(ids::add);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> post(String body, String csrfToken, String origin) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + "/api/decisions"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (csrfToken != null) {
            b.header(ReviewServer.CSRF_HEADER, csrfToken);
        }
        if (origin != null) {
            b.header("Origin", origin);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String decision(String id, String verdict, String note) throws Exception {
        return JSON.writeValueAsString(JSON.createObjectNode().put("site_id", id).put("decision", verdict)
                .put("note", note).put("reviewer", "tester"));
    }

    /** Sends a raw request line, so nothing normalises the path. */
    static String raw(String requestLine, String host) throws Exception {
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            OutputStream out = s.getOutputStream();
            out.write((requestLine + "\r\nHost: " + host + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = s.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void servesThePageAndChipsWithAStrictPolicy() throws Exception {
        HttpResponse<String> page = get("/");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("CorridorWatch candidates"));
        String csp = page.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(csp.contains("default-src 'none'"), csp);
        assertTrue(csp.contains("script-src 'self'") && !csp.contains("script-src 'unsafe-inline'"), csp);
        assertTrue(!page.body().contains("<script>") && page.body().contains("<script src=\"/report.js\"></script>"));
        HttpResponse<String> js = get("/report.js");
        assertEquals(200, js.statusCode());
        assertTrue(js.headers().firstValue("Content-Type").orElse("").startsWith("text/javascript"));
        assertTrue(js.body().contains("api/session"), "the page's script is served as a file");
        HttpResponse<String> chip = get("/chips/" + ids.get(0) + "-after.png");
        assertEquals(200, chip.statusCode());
        assertEquals("image/png", chip.headers().firstValue("Content-Type").orElse(""));
    }

    @Test
    void pathTraversalIsRefused() throws Exception {
        String host = "127.0.0.1:" + server.port();
        for (String path : List.of("/chips/../../etc/passwd", "/chips/%2e%2e/%2e%2e/etc/passwd", "/chips/..%2f..%2fetc%2fpasswd",
                "/chips/../report.html", "/chips/../candidates.geojson", "/../etc/passwd")) {
            String resp = raw("GET " + path + " HTTP/1.1", host);
            String status = resp.substring(9, 12);
            assertTrue(status.startsWith("4"), path + " -> " + resp.lines().findFirst().orElse(""));
            assertTrue(!resp.contains("root:"), path);
        }
    }

    @Test
    void aForeignHostHeaderIsRefused() throws Exception {
        assertTrue(raw("GET / HTTP/1.1", "evil.example:" + server.port()).startsWith("HTTP/1.1 421"));
    }

    @Test
    void malformedOrCrossSiteDecisionsGet4xxAndNeverTouchTheStore() throws Exception {
        int before = store.history().size();
        String good = decision(ids.get(0), "confirm", "");
        assertEquals(403, post(good, null, null).statusCode(), "no CSRF token");
        assertEquals(403, post(good, "wrong", null).statusCode(), "wrong CSRF token");
        assertEquals(403, post(good, csrf, "http://evil.example").statusCode(), "foreign origin");
        assertEquals(400, post("{not json", csrf, base).statusCode());
        assertEquals(400, post("[1,2]", csrf, base).statusCode());
        assertEquals(400, post(decision("cw-unknown-site", "confirm", ""), csrf, base).statusCode());
        assertEquals(400, post(decision(ids.get(0), "delete", ""), csrf, base).statusCode());
        assertEquals(400, post(decision(ids.get(0), "confirm", "x".repeat(2001)), csrf, base).statusCode());
        assertEquals(413, post("{\"pad\":\"" + "x".repeat(20_000) + "\"}", csrf, base).statusCode());
        assertEquals(400, post(JSON.writeValueAsString(JSON.createObjectNode().put("site_id", ids.get(0))
                .put("decision", "confirm")), csrf, base).statusCode(), "no reviewer");
        HttpResponse<String> text = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/decisions"))
                .header("Content-Type", "text/plain").header(ReviewServer.CSRF_HEADER, csrf).header("Origin", base)
                .POST(HttpRequest.BodyPublishers.ofString(good)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(415, text.statusCode(), "a form post cannot pass as JSON");
        assertEquals(405, get("/api/decisions").statusCode());
        assertEquals(404, get("/etc/passwd").statusCode());
        assertEquals(403, post(good, csrf, null).statusCode(), "valid token but neither Origin nor Sec-Fetch-Site");
        String dup = "{\"site_id\":\"" + ids.get(0) + "\",\"decision\":\"reject\",\"decision\":\"confirm\","
                + "\"reviewer\":\"t\"}";
        HttpResponse<String> dupResp = post(dup, csrf, base);
        assertEquals(400, dupResp.statusCode(), "duplicate keys");
        assertTrue(dupResp.body().contains("duplicate key"), dupResp.body());
        HttpResponse<String> fetchSite = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/decisions"))
                .header("Content-Type", "application/json").header(ReviewServer.CSRF_HEADER, csrf)
                .header("Sec-Fetch-Site", "cross-site").POST(HttpRequest.BodyPublishers.ofString(good)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(403, fetchSite.statusCode(), "Sec-Fetch-Site cross-site");
        assertEquals(before, store.history().size());
        HttpResponse<String> ok = post(good, csrf, base);
        assertEquals(200, ok.statusCode(), ok.body());
        assertEquals(before + 1, store.history().size());
    }

    @Test
    void concurrentDecisionsAreAllStored() throws Exception {
        int before = store.history().size();
        int n = 60;
        ExecutorService pool = Executors.newFixedThreadPool(12);
        List<Future<Integer>> fs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String id = ids.get(i % ids.size());
            String verdict = Verdict.values()[i % 3].key();
            int k = i;
            fs.add(pool.submit(() -> post(decision(id, verdict, "note " + k), csrf, base).statusCode()));
        }
        for (Future<Integer> f : fs) {
            assertEquals(200, f.get());
        }
        pool.shutdown();
        List<Decision> all = store.history();
        assertEquals(before + n, all.size());
        for (int i = 0; i < n; i++) {
            String note = "note " + i;
            assertTrue(all.stream().anyMatch(d -> d.note().equals(note)), note);
        }
    }

    @Test
    void aNonLoopbackStyleServerRequiresItsTokenOnEveryRequest() throws Exception {
        try (ReviewServer guarded = ReviewServer.start(run, store, "127.0.0.1", 0, true)) {
            String b = "http://127.0.0.1:" + guarded.port();
            assertEquals(401, HTTP.send(HttpRequest.newBuilder(URI.create(b + "/")).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode());
            assertEquals(401, HTTP.send(HttpRequest.newBuilder(URI.create(b + "/api/session")).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode());
            HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(URI.create(guarded.url())).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, page.statusCode());
            String cookie = page.headers().firstValue("Set-Cookie").orElse("");
            assertTrue(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"), cookie);
            assertEquals(200, HTTP.send(HttpRequest.newBuilder(URI.create(b + "/api/session"))
                    .header("Cookie", cookie.substring(0, cookie.indexOf(';'))).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode());
        }
    }
}
