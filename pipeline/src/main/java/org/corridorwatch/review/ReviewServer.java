package org.corridorwatch.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.corridorwatch.model.ConfigException;

/**
 * Serves a run's {@code report.html} with triage on the JDK's HTTP server.
 *
 * <p>Routes: {@code GET /} (the page), {@code GET /chips/NAME.png} (only regular files inside the run's
 * {@code chips/} folder, after normalising the path), {@code GET /api/session} (the CSRF token and the
 * current decisions of this run's sites), {@code POST /api/decisions} (JSON {@code site_id, decision,
 * note, reviewer}). Anything else is 404.
 *
 * <p>Security model: loopback by default; any other bind address needs the access token (printed at
 * start; {@code ?token=} on the first URL, then an HttpOnly SameSite=Strict cookie, or the
 * {@code X-CorridorWatch-Token} header) on every request. The Host header must name this server
 * (DNS rebinding). A POST must carry the per-server CSRF token in {@code X-CorridorWatch-CSRF} (only
 * same-origin script can read it from {@code /api/session}), an Origin equal to the server's or
 * {@code Sec-Fetch-Site: same-origin} (a POST with neither is refused), no duplicate keys in its body, {@code Content-Type: application/json}, a body of at most {@link #MAX_BODY_BYTES}, a known
 * site id, a decision among confirm/reject/unsure, a note of at most 2000 characters and a reviewer
 * name; anything else gets a 4xx and never reaches the store. Pages carry a strict
 * Content-Security-Policy (no external resources, no inline script: the page's script is served as
 * {@code /report.js}).
 */
public final class ReviewServer implements AutoCloseable {
    public static final int MAX_BODY_BYTES = 16 * 1024;
    static final String CSRF_HEADER = "X-CorridorWatch-CSRF";
    static final String TOKEN_HEADER = "X-CorridorWatch-Token";
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    private static final String CSP = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; "
            + "script-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private final RunCandidates run;
    private final DecisionStore store;
    private final Path chipsDir;
    private final String token;
    private final String csrf;
    private final HttpServer server;
    private final ExecutorService executor;
    private final boolean loopback;

    private ReviewServer(RunCandidates run, DecisionStore store, InetSocketAddress address, String token) throws IOException {
        this.run = run;
        this.store = store;
        this.chipsDir = run.runDir().resolve("chips").toAbsolutePath().normalize();
        this.token = token;
        this.csrf = randomToken();
        this.loopback = address.getAddress().isLoopbackAddress();
        this.server = HttpServer.create(address, 64);
        this.executor = Executors.newFixedThreadPool(8);
        server.setExecutor(executor);
        server.createContext("/", this::handle);
    }

    /**
     * Starts a server. {@code port} 0 picks a free port. Binding to a non-loopback address always
     * creates an access token; {@code requireToken} forces one on loopback too.
     */
    public static ReviewServer start(Path runDir, DecisionStore store, String bind, int port, boolean requireToken) {
        RunCandidates run = RunCandidates.read(runDir);
        InetAddress addr;
        try {
            addr = InetAddress.getByName(bind);
        } catch (IOException e) {
            throw new ConfigException("--bind " + bind + " is not an address of this machine", "use 127.0.0.1 (the default)");
        }
        if (port < 0 || port > 65535) {
            throw new ConfigException("--port " + port + " is out of range", "use 1..65535, or 0 for any free port");
        }
        String token = requireToken || !addr.isLoopbackAddress() ? randomToken() : null;
        try {
            ReviewServer s = new ReviewServer(run, store, new InetSocketAddress(addr, port), token);
            s.server.start();
            return s;
        } catch (IOException e) {
            throw new ConfigException("cannot listen on " + bind + ":" + port + " (" + e.getMessage() + ")",
                    "pick another --port");
        }
    }

    /** The URL to open (with the token when one is required). */
    public String url() {
        InetSocketAddress a = server.getAddress();
        String host = a.getAddress().isAnyLocalAddress() ? "127.0.0.1" : a.getAddress().getHostAddress();
        if (host.contains(":")) {
            host = "[" + host + "]";
        }
        return "http://" + host + ":" + a.getPort() + "/" + (token == null ? "" : "?token=" + token);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** The access token, or null on a loopback bind without one. */
    public String token() {
        return token;
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private static String randomToken() {
        byte[] b = new byte[24];
        new SecureRandom().nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    private void handle(HttpExchange ex) throws IOException {
        try {
            route(ex);
        } catch (HttpError e) {
            error(ex, e.status, e.getMessage());
        } catch (RuntimeException e) {
            error(ex, 500, "server error: " + e.getMessage());
        } finally {
            ex.close();
        }
    }

    private void route(HttpExchange ex) throws IOException {
        {
            ex.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
            ex.getResponseHeaders().set("Referrer-Policy", "no-referrer");
            ex.getResponseHeaders().set("Cache-Control", "no-store");
            if (!hostAllowed(ex.getRequestHeaders().getFirst("Host"))) {
                error(ex, 421, "unexpected Host header");
                return;
            }
            boolean tokenInQuery = false;
            if (token != null) {
                String q = queryParam(ex.getRequestURI().getRawQuery(), "token");
                tokenInQuery = q != null && same(q, token);
                if (!tokenInQuery && !same(ex.getRequestHeaders().getFirst(TOKEN_HEADER), token)
                        && !same(cookie(ex.getRequestHeaders().getFirst("Cookie"), "cw_token"), token)) {
                    error(ex, 401, "access token required (see the URL printed by 'review serve')");
                    return;
                }
            }
            String path = ex.getRequestURI().getRawPath();
            String method = ex.getRequestMethod();
            if (path.equals("/") || path.equals("/report.html")) {
                requireGet(ex, method);
                if (tokenInQuery) {
                    ex.getResponseHeaders().add("Set-Cookie", "cw_token=" + token + "; Path=/; HttpOnly; SameSite=Strict");
                }
                ex.getResponseHeaders().set("Content-Security-Policy", CSP);
                send(ex, 200, "text/html; charset=utf-8", page().page().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            } else if (path.equals(InlineScript.PATH)) {
                requireGet(ex, method);
                ex.getResponseHeaders().set("Content-Security-Policy", CSP);
                send(ex, 200, "text/javascript; charset=utf-8",
                        page().script().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            } else if (path.startsWith("/chips/")) {
                requireGet(ex, method);
                serveChip(ex, path);
            } else if (path.equals("/api/session")) {
                requireGet(ex, method);
                session(ex);
            } else if (path.equals("/api/decisions")) {
                if (!method.equals("POST")) {
                    throw new HttpError(405, "use POST");
                }
                decide(ex);
            } else {
                error(ex, 404, "not found");
            }
        }
    }

    /** report.html of the run with its inline script moved to {@link InlineScript#PATH}. */
    private InlineScript page() throws IOException {
        return InlineScript.split(Files.readString(run.runDir().resolve("report.html"), java.nio.charset.StandardCharsets.UTF_8));
    }

    private static void requireGet(HttpExchange ex, String method) {
        if (!method.equals("GET") && !method.equals("HEAD")) {
            throw new HttpError(405, "use GET");
        }
    }

    private boolean hostAllowed(String host) {
        if (host == null) {
            return false;
        }
        String port = ":" + port();
        String h = host.toLowerCase(Locale.ROOT);
        if (!loopback) {
            return true; // the token protects non-loopback binds; Host names vary (DNS, proxies)
        }
        return h.equals("localhost" + port) || h.equals("127.0.0.1" + port) || h.equals("[::1]" + port);
    }

    private void serveChip(HttpExchange ex, String rawPath) throws IOException {
        String name = URLDecoder.decode(rawPath.substring("/chips/".length()), StandardCharsets.UTF_8);
        if (name.isEmpty() || name.indexOf('\0') >= 0 || name.contains("\\")) {
            throw new HttpError(400, "bad chip name");
        }
        Path p = chipsDir.resolve(name).normalize();
        if (!p.startsWith(chipsDir) || !p.getFileName().toString().endsWith(".png")) {
            throw new HttpError(400, "chips are served only from the run's chips folder");
        }
        if (!Files.isRegularFile(p)) {
            throw new HttpError(404, "no such chip");
        }
        Path real = p.toRealPath();
        if (!real.startsWith(chipsDir.toRealPath())) {
            throw new HttpError(400, "chips are served only from the run's chips folder");
        }
        send(ex, 200, "image/png", Files.readAllBytes(real));
    }

    private void session(HttpExchange ex) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("csrf", csrf);
        root.put("run", run.runDir().toString());
        root.put("candidates", run.sites().size());
        ObjectNode decisions = root.putObject("decisions");
        for (Decision d : store.current()) {
            if (run.site(d.siteId()) != null) {
                decisions.set(d.siteId(), json(d));
            }
        }
        send(ex, 200, "application/json", JSON.writeValueAsBytes(root));
    }

    private void decide(HttpExchange ex) throws IOException {
        if (!same(ex.getRequestHeaders().getFirst(CSRF_HEADER), csrf)) {
            throw new HttpError(403, "missing or wrong CSRF token");
        }
        String origin = ex.getRequestHeaders().getFirst("Origin");
        if (origin != null && !origin.equalsIgnoreCase("http://" + ex.getRequestHeaders().getFirst("Host"))) {
            throw new HttpError(403, "cross-origin request refused");
        }
        String site = ex.getRequestHeaders().getFirst("Sec-Fetch-Site");
        if (site != null && !site.equals("same-origin")) {
            throw new HttpError(403, "cross-site request refused");
        }
        if (origin == null && site == null) {
            throw new HttpError(403, "a POST needs an Origin header (or Sec-Fetch-Site: same-origin)");
        }
        String type = ex.getRequestHeaders().getFirst("Content-Type");
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            throw new HttpError(415, "send application/json");
        }
        byte[] body = readLimited(ex.getRequestBody());
        JsonNode j;
        try {
            j = JSON.readTree(body);
        } catch (com.fasterxml.jackson.core.JsonParseException e) {
            String m = e.getOriginalMessage();
            throw new HttpError(400, m != null && m.startsWith("Duplicate field")
                    ? "duplicate key in JSON body: " + m.substring("Duplicate field".length()).strip() : "malformed JSON");
        } catch (IOException e) {
            throw new HttpError(400, "malformed JSON");
        }
        if (j == null || !j.isObject()) {
            throw new HttpError(400, "expected a JSON object");
        }
        String siteId = text(j, "site_id");
        RunCandidates.Site s = siteId == null ? null : run.site(siteId);
        if (s == null) {
            throw new HttpError(400, "unknown site_id");
        }
        Verdict v = Verdict.parse(text(j, "decision"));
        if (v == null) {
            throw new HttpError(400, "decision must be confirm, reject or unsure");
        }
        String note = j.has("note") && !j.get("note").isNull() ? text(j, "note") : "";
        if (note == null || note.length() > DecisionStore.MAX_NOTE_CHARS) {
            throw new HttpError(400, "note must be text of at most " + DecisionStore.MAX_NOTE_CHARS + " characters");
        }
        String reviewer = text(j, "reviewer");
        if (reviewer == null || reviewer.isBlank() || reviewer.length() > DecisionStore.MAX_REVIEWER_CHARS
                || reviewer.chars().anyMatch(Character::isISOControl)) {
            throw new HttpError(400, "reviewer must be a name of 1.." + DecisionStore.MAX_REVIEWER_CHARS + " characters");
        }
        Decision d = store.record(s.id(), run.runDir().toString(), v, reviewer, note, s.pattern(), s.geometryWkt());
        send(ex, 200, "application/json", JSON.writeValueAsBytes(json(d)));
    }

    private static String text(JsonNode j, String field) {
        JsonNode n = j.get(field);
        return n != null && n.isTextual() ? n.asText() : null;
    }

    private static byte[] readLimited(InputStream in) throws IOException {
        byte[] b = in.readNBytes(MAX_BODY_BYTES + 1);
        if (b.length > MAX_BODY_BYTES) {
            throw new HttpError(413, "body larger than " + MAX_BODY_BYTES + " bytes");
        }
        return b;
    }

    static ObjectNode json(Decision d) {
        ObjectNode o = JSON.createObjectNode();
        o.put("seq", d.seq());
        o.put("site_id", d.siteId());
        o.put("decision", d.verdict().key());
        o.put("reviewer", d.reviewer());
        o.put("note", d.note());
        o.put("pattern", d.pattern());
        o.put("decided_at", d.decidedAt().toString());
        return o;
    }

    private static boolean same(String a, String b) {
        return a != null && b != null && MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }

    static String queryParam(String rawQuery, String name) {
        if (rawQuery == null) {
            return null;
        }
        for (String kv : rawQuery.split("&")) {
            int eq = kv.indexOf('=');
            if (eq > 0 && kv.substring(0, eq).equals(name)) {
                return URLDecoder.decode(kv.substring(eq + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    static String cookie(String header, String name) {
        if (header == null) {
            return null;
        }
        for (String part : header.split(";")) {
            String p = part.trim();
            if (p.startsWith(name + "=")) {
                return p.substring(name.length() + 1);
            }
        }
        return null;
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        boolean head = ex.getRequestMethod().equals("HEAD");
        ex.sendResponseHeaders(status, head ? -1 : body.length);
        if (!head) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static void error(HttpExchange ex, int status, String message) throws IOException {
        ObjectNode o = JSON.createObjectNode();
        o.put("error", message);
        send(ex, status, "application/json", JSON.writeValueAsBytes(o));
    }

    /** A request problem answered with its status; never reaches the store. */
    private static final class HttpError extends RuntimeException {
        private final int status;

        HttpError(int status, String message) {
            super(message);
            this.status = status;
        }
    }

    /** For tests and logs: the routes served. */
    public static List<String> routes() {
        return List.of("GET /", "GET /chips/NAME.png", "GET /api/session", "POST /api/decisions");
    }
}
