package org.corridorwatch.nightly;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * {@code --notify URL}: POSTs the run's summary.json ({@code Content-Type: application/json}) with short
 * time-outs. A failure (connection refused, time-out, non-2xx status) is logged and returned as text,
 * never thrown: a notification never fails the scan.
 */
final class Notifier {
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);

    private Notifier() {
    }

    /** Posts the JSON; returns null on success, else what went wrong. */
    static String post(URI url, byte[] json, NightlyLog log) {
        try {
            HttpClient client = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).build();
            HttpRequest req = HttpRequest.newBuilder(url).timeout(REQUEST_TIMEOUT)
                    .header("Content-Type", "application/json").header("User-Agent", "corridorwatch-nightly")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(json)).build();
            HttpResponse<Void> resp = client.send(req, HttpResponse.BodyHandlers.discarding());
            if (resp.statusCode() / 100 != 2) {
                String problem = "notification to " + url + " answered HTTP " + resp.statusCode();
                log.info("notify: " + problem + " (the run itself succeeded)");
                return problem;
            }
            log.info("notify: summary posted to " + url + " (HTTP " + resp.statusCode() + ")");
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "notification interrupted";
        } catch (Exception e) {
            String problem = "notification to " + url + " failed: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage());
            log.info("notify: " + problem + " (the run itself succeeded)");
            return problem;
        }
    }
}
