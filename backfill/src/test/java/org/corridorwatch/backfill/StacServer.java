package org.corridorwatch.backfill;

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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A loopback STAC API for the backfill's tests (the JDK's HttpServer, as the nightly's StacSourceTest does): a fixed
 * search response at {@code /stac/search} (the request bodies are kept) and files at {@code /files/NAME} with Range
 * support, so GDAL reads them through {@code /vsicurl/}.
 */
final class StacServer implements AutoCloseable {
    private static final Pattern RANGE = Pattern.compile("bytes=(\\d+)-(\\d*)");
    private final HttpServer http;
    final Map<String, Path> files = new ConcurrentHashMap<>();
    final List<String> searches = new CopyOnWriteArrayList<>();
    volatile String searchResponse = "{}";

    StacServer() throws IOException {
        http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        http.createContext("/stac/search", ex -> {
            searches.add(new String(ex.getRequestBody().readAllBytes()));
            send(ex, 200, searchResponse.getBytes(), "application/geo+json");
        });
        http.createContext("/files/", this::serveFile);
        http.setExecutor(Executors.newFixedThreadPool(4));
        http.start();
    }

    String base() {
        return "http://127.0.0.1:" + http.getAddress().getPort();
    }

    /** A STAC item with one multi-band GeoTIFF data asset. */
    static String item(String id, String date, String href) {
        return "{\"type\":\"Feature\",\"stac_version\":\"1.0.0\",\"id\":\"" + id + "\",\"collection\":\"test-s2\","
                + "\"geometry\":null,\"properties\":{\"datetime\":\"" + date + "T10:50:00Z\"},\"links\":[],"
                + "\"assets\":{\"data\":{\"href\":\"" + href + "\",\"type\":\"image/tiff; application=geotiff\",\"roles\":[\"data\"]}}}";
    }

    private void serveFile(HttpExchange ex) throws IOException {
        Path f = files.get(ex.getRequestURI().getPath().substring("/files/".length()));
        if (f == null) {
            ex.sendResponseHeaders(404, -1);
            ex.close();
            return;
        }
        byte[] all = Files.readAllBytes(f);
        ex.getResponseHeaders().set("Accept-Ranges", "bytes");
        if (ex.getRequestMethod().equals("HEAD")) {
            ex.getResponseHeaders().set("Content-Length", String.valueOf(all.length));
            ex.sendResponseHeaders(200, -1);
            ex.close();
            return;
        }
        String range = ex.getRequestHeaders().getFirst("Range");
        Matcher m = range == null ? null : RANGE.matcher(range);
        if (m != null && m.matches()) {
            int a = Integer.parseInt(m.group(1));
            int b = m.group(2).isEmpty() ? all.length - 1 : Math.min(all.length - 1, Integer.parseInt(m.group(2)));
            ex.getResponseHeaders().set("Content-Range", "bytes " + a + "-" + b + "/" + all.length);
            ex.sendResponseHeaders(206, b - a + 1);
            try (OutputStream o = ex.getResponseBody()) {
                o.write(all, a, b - a + 1);
            }
        } else {
            send(ex, 200, all, "image/tiff");
        }
    }

    private static void send(HttpExchange ex, int code, byte[] body, String type) throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        ex.sendResponseHeaders(code, body.length);
        try (OutputStream o = ex.getResponseBody()) {
            o.write(body);
        }
    }

    @Override
    public void close() {
        http.stop(0);
        ((ExecutorService) http.getExecutor()).shutdownNow();
    }
}
