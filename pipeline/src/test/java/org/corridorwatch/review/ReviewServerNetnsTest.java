package org.corridorwatch.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The access-token path over a real network: the test creates its own network namespace and a veth pair
 * (iproute2's {@code ip netns add}, as root; commands run in it through util-linux's {@code nsenter --net}, not
 * {@code ip netns exec} or {@code ip -n}, which remount / and fail in a chroot), runs
 * {@code corridorwatch review serve --bind <namespace-side address>}
 * inside the namespace and talks to it from outside over the veth link, so the server sees a non-loopback
 * client on a non-loopback bind. Without the token (none, wrong, in a header of the wrong name) every path
 * answers 401 and no page, script, session or chip is served; with the token the page loads in chromium and
 * turns on triage. It never skips: without {@code ip netns} or root it fails saying what to install.
 */
class ReviewServerNetnsTest {
    private static final Pattern URL = Pattern.compile("Open (http://\\S+/\\?token=(\\S+))");

    @TempDir
    static Path dir;
    static String ns;
    static String hostIf;
    static String serverIp;
    static Process server;
    static Path serverLog;
    static String base;
    static String token;
    static String chip;
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void start() throws Exception {
        long pid = ProcessHandle.current().pid();
        ns = "cw-review-" + pid;
        hostIf = "cwh" + pid % 1_000_000;
        String nsIf = "cwn" + pid % 1_000_000;
        int net = (int) (pid % 250) + 1;
        String hostIp = "10.231." + net + ".1";
        serverIp = "10.231." + net + ".2";
        ExecResult probe = exec(List.of("ip", "netns", "list"));
        if (probe.code != 0) {
            fail("this test needs iproute2's 'ip netns' and root (CAP_NET_ADMIN) to create a network namespace: "
                    + "install iproute2 (apt-get install iproute2; pipeline/scripts/run-tests.sh does) and run as root; "
                    + "'ip netns list' said: " + probe.out);
        }
        run(List.of("ip", "netns", "add", ns));
        run(List.of("ip", "link", "add", hostIf, "type", "veth", "peer", "name", nsIf));
        run(List.of("ip", "link", "set", nsIf, "netns", ns));
        run(List.of("ip", "addr", "add", hostIp + "/30", "dev", hostIf));
        run(List.of("ip", "link", "set", hostIf, "up"));
        run(List.of("nsenter", "--net=/var/run/netns/" + ns, "ip", "addr", "add", serverIp + "/30", "dev", nsIf));
        run(List.of("nsenter", "--net=/var/run/netns/" + ns, "ip", "link", "set", nsIf, "up"));
        run(List.of("nsenter", "--net=/var/run/netns/" + ns, "ip", "link", "set", "lo", "up"));

        Path runDir = ReviewFixture.scan(ReviewFixture.pair(dir), dir.resolve("run"));
        try (var chips = Files.list(runDir.resolve("chips"))) {
            chip = chips.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".png")).findFirst().orElseThrow();
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        serverLog = dir.resolve("serve.log");
        server = new ProcessBuilder(List.of("nsenter", "--net=/var/run/netns/" + ns, java, "-Xmx256m",
                "-Djava.library.path=" + System.getProperty("java.library.path"),
                "-Dcorridorwatch.home=" + System.getProperty("corridorwatch.home"), "-cp", System.getProperty("java.class.path"),
                "org.corridorwatch.cli.Main", "review", "serve", "--run", runDir.toString(), "--db",
                dir.resolve("decisions.sqlite").toString(), "--bind", serverIp, "--port", "0"))
                .redirectErrorStream(true).redirectOutput(serverLog.toFile()).start();
        long deadline = System.currentTimeMillis() + 60_000;
        Matcher m = null;
        while (m == null) {
            String out = Files.exists(serverLog) ? Files.readString(serverLog) : "";
            Matcher found = URL.matcher(out);
            if (found.find()) {
                m = found;
            } else {
                assertTrue(server.isAlive() && System.currentTimeMillis() < deadline, "review serve did not start: " + out);
                Thread.sleep(100);
            }
        }
        token = m.group(2);
        base = m.group(1).substring(0, m.group(1).indexOf("?"));
        assertTrue(base.startsWith("http://" + serverIp + ":"), "served on the namespace's address: " + base);
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) {
            server.destroy();
            if (!server.waitFor(10, TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
        }
        if (ns != null) {
            exec(List.of("ip", "netns", "delete", ns)); // removes the namespace's end of the veth and with it the pair
            exec(List.of("ip", "link", "delete", hostIf));
        }
    }

    @Test
    void withoutTheTokenNothingIsServed() throws Exception {
        List<String> seen = new ArrayList<>();
        for (String path : List.of("", "?token=wrong-" + token.substring(1), "report.js", "api/session", "chips/" + chip,
                "report.html", "candidates.geojson")) {
            HttpResponse<String> r = get(base + path, null);
            seen.add(path + " " + r.statusCode());
            assertEquals(401, r.statusCode(), path + ": " + r.body());
            assertFalse(r.body().contains("CorridorWatch candidates"), path + " leaked the page");
            assertFalse(r.body().contains("csrf"), path + " leaked the session");
            assertTrue(r.headers().allValues("Set-Cookie").isEmpty(), path + " set a cookie");
        }
        // a cookie or header with another name does not count either
        assertEquals(401, get(base, "cw_session=" + token).statusCode());
        HttpResponse<String> post = HTTP.send(HttpRequest.newBuilder(URI.create(base + "api/decisions"))
                .header("Content-Type", "application/json").header("Origin", base.substring(0, base.length() - 1))
                .POST(HttpRequest.BodyPublishers.ofString("{\"site_id\":\"x\",\"decision\":\"confirm\",\"reviewer\":\"a\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(401, post.statusCode(), post.body());
        assertEquals(7, seen.size(), seen.toString());
    }

    @Test
    void withTheTokenThePageLoadsAndTriageTurnsOn() throws Exception {
        HttpResponse<String> page = get(base + "?token=" + token, null);
        assertEquals(200, page.statusCode(), page.body());
        assertTrue(page.body().contains("CorridorWatch candidates"), page.body());
        String cookie = page.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        assertEquals("cw_token=" + token, cookie);
        assertEquals(200, get(base + "report.js", cookie).statusCode());
        HttpResponse<String> session = get(base + "api/session", cookie);
        assertEquals(200, session.statusCode(), session.body());
        assertTrue(session.body().contains("csrf"), session.body());
        assertEquals(200, get(base + "chips/" + chip, cookie).statusCode());

        WebDriver driver = ReviewBrowserTest.newDriver(dir.resolve("chrome-profile"));
        try {
            driver.get(base + "?token=" + token);
            new WebDriverWait(driver, Duration.ofSeconds(30))
                    .until(d -> d.findElement(By.tagName("body")).getAttribute("data-ready") != null);
            assertEquals("true", driver.findElement(By.tagName("body")).getAttribute("data-ready"),
                    "the served page found api/session over the veth link");
            assertTrue(driver.findElement(By.id("reviewer")).isDisplayed(), "triage is on");
        } finally {
            driver.quit();
        }
    }

    private static HttpResponse<String> get(String url, String cookie) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).GET();
        if (cookie != null) {
            b.header("Cookie", cookie);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private record ExecResult(int code, String out) {
    }

    private static ExecResult exec(List<String> cmd) throws IOException, InterruptedException {
        Process p;
        try {
            p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        } catch (IOException e) {
            return new ExecResult(127, e.getMessage());
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        return new ExecResult(p.waitFor(), out);
    }

    private static void run(List<String> cmd) throws IOException, InterruptedException {
        ExecResult r = exec(cmd);
        if (r.code != 0) {
            fail(String.join(" ", cmd) + " failed (" + r.code + "): " + r.out
                    + " — this test needs root and iproute2 to build its network namespace");
        }
    }
}
