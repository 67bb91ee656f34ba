package org.corridorwatch.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.corridorwatch.TestSupport;
import org.corridorwatch.scan.ScanJob;
import org.corridorwatch.scan.ScanRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * report.html of the planetscope-wrecks-queue sample (two flagged sites, a queue card, chips) opened from disk in
 * Debian's chromium (headless, through chromium-driver; run-tests.sh installs both) at two window sizes. The page
 * must open at its top with the overview map visible under the sticky header (checked on the screenshot's pixels
 * too: the map's area is drawn, not a blank band), the map must carry a scale bar, graticule coordinates and
 * labels, j must bring a card fully below the header, and the queue card must not show "–:1" or "-0 m". The
 * screenshots are kept in target/screenshots/.
 */
class ReportPageBrowserTest {
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @TempDir
    static Path dir;
    static Path run;
    static WebDriver driver;

    @BeforeAll
    static void start() throws Exception {
        assertTrue(Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM),
                "chromium and chromium-driver are required (pipeline/scripts/run-tests.sh installs them)");
        Path sample = TestSupport.repoRoot().resolve("imagery-samples/planetscope-wrecks-queue");
        run = dir.resolve("run");
        ScanJob.run(ScanRequest.builder(sample.resolve("before.tif"), sample.resolve("after.tif"), run).threads(2)
                .firms(List.of(sample.resolve("firms.csv"))).build(), new PrintWriter(new StringWriter()));
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        System.setProperty("SE_AVOID_STATS", "true");
        Path profile = Files.createDirectories(dir.resolve("chrome-profile"));
        ChromeOptions o = new ChromeOptions();
        o.setBinary(CHROMIUM.toFile());
        o.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--hide-scrollbars",
                "--disable-background-networking", "--disable-component-update", "--no-first-run",
                "--force-device-scale-factor=1", "--user-data-dir=" + profile.toAbsolutePath(), "--window-size=1400,1000");
        driver = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build(), o);
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
    }

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    private static double num(String script, Object... args) {
        return ((Number) js(script, args)).doubleValue();
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"1400,1000", "900,700"})
    void opensAtTheTopWithTheMapVisibleAndLabelled(int width, int height) throws Exception {
        driver.manage().window().setSize(new Dimension(width, height));
        driver.get(run.resolve("report.html").toUri().toString());
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(d -> "static".equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));
        Thread.sleep(300);
        String size = width + "x" + height;

        assertEquals(0, num("return window.scrollY"), size + ": the page scrolled on load");
        assertTrue(driver.findElement(By.cssSelector("article.card")).getAttribute("class").contains("current"),
                "the first card is selected on load");
        double headerBottom = num("return document.querySelector('header').getBoundingClientRect().bottom");
        @SuppressWarnings("unchecked")
        Map<String, Object> map = (Map<String, Object>) js("var r=document.querySelector('svg.overview')"
                + ".getBoundingClientRect(); return {top:r.top,left:r.left,width:r.width,height:r.height};");
        double mapTop = ((Number) map.get("top")).doubleValue();
        double mapLeft = ((Number) map.get("left")).doubleValue();
        double mapW = ((Number) map.get("width")).doubleValue();
        double mapH = ((Number) map.get("height")).doubleValue();
        double innerH = num("return window.innerHeight");
        double innerW = num("return window.innerWidth");
        assertTrue(mapTop >= headerBottom - 1, size + ": the map (top " + mapTop + ") is under the header (bottom "
                + headerBottom + ")");
        assertTrue(mapTop + mapH / 2 < innerH, size + ": the map's middle is below the window");
        assertEquals(Boolean.TRUE, js("var e=document.elementFromPoint(arguments[0],arguments[1]);"
                + "return !!e && !!e.closest('svg.overview');", mapLeft + mapW / 2, mapTop + Math.min(mapH, innerH - mapTop) / 2),
                size + ": the map's middle is covered");
        assertTrue(num("return document.documentElement.scrollWidth") <= innerW + 1, size + ": the page scrolls sideways");

        // the screenshot: the map's visible area is drawn (map background, grid, tiles), not the page's blank colour
        BufferedImage shot = ImageIO.read(new ByteArrayInputStream(((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES)));
        Path saved = Files.createDirectories(Path.of("target/screenshots")).resolve("report-" + size + ".png");
        ImageIO.write(shot, "png", saved.toFile());
        double ratio = shot.getWidth() / innerW;
        int blank = 0;
        int total = 0;
        for (int y = (int) (mapTop * ratio) + 2; y < Math.min(shot.getHeight(), (mapTop + mapH) * ratio) - 2; y += 3) {
            for (int x = (int) (mapLeft * ratio) + 2; x < Math.min(shot.getWidth(), (mapLeft + mapW) * ratio) - 2; x += 3) {
                total++;
                if ((shot.getRGB(x, y) & 0xffffff) == 0xfaf9f6) {
                    blank++;
                }
            }
        }
        assertTrue(total > 1000, size + ": map area on the screenshot " + total + " samples (" + saved + ")");
        assertTrue(blank < total / 20, size + ": " + blank + " of " + total + " map pixels are page background (" + saved + ")");

        WebElement svg = driver.findElement(By.cssSelector("svg.overview"));
        String scale = svg.findElement(By.cssSelector(".scale text")).getText();
        assertTrue(scale.matches("\\d+(\\.\\d)? (m|km)"), "scale bar label: " + scale);
        List<String> coords = svg.findElements(By.cssSelector(".graticule text")).stream().map(WebElement::getText).toList();
        assertTrue(coords.stream().filter(t -> t.matches("\\d+(\\.\\d+)?°[NS]")).count() >= 2, "latitudes: " + coords);
        assertTrue(coords.stream().filter(t -> t.matches("\\d+(\\.\\d+)?°[EW]")).count() >= 2, "longitudes: " + coords);
        assertTrue(svg.findElement(By.cssSelector(".corridor-label")).getText().contains("RN1"), "corridor label");
        List<String> ranks = svg.findElements(By.cssSelector(".site-label")).stream().map(WebElement::getText).toList();
        assertTrue(ranks.contains("1") && ranks.contains("2"), "candidates are numbered on the map: " + ranks);
        assertFalse(overlaps(".graticule text.lon"), size + ": longitude labels overlap");

        // j moves to the next card and brings it fully below the sticky header
        driver.findElement(By.tagName("body")).sendKeys("j");
        driver.findElement(By.tagName("body")).sendKeys("j");
        Thread.sleep(300);
        List<WebElement> cards = driver.findElements(By.cssSelector("article.card"));
        assertTrue(cards.get(2).getAttribute("class").contains("current"));
        double cardTop = num("return arguments[0].getBoundingClientRect().top", cards.get(2));
        assertTrue(cardTop >= headerBottom, size + ": the selected card (top " + cardTop + ") is hidden under the header ("
                + headerBottom + ")");

        WebElement queue = cards.stream().filter(c -> c.findElement(By.tagName("h2")).getText().contains("queue"))
                .findFirst().orElseThrow(() -> new AssertionError("no queue card"));
        String text = (String) js("return arguments[0].textContent", queue);
        assertFalse(text.contains("–:1"), "queue card: " + text);
        assertFalse(text.matches("(?s).*-0 m.*"), "queue card: " + text);
        assertFalse(text.contains("NaN"), "queue card: " + text);
    }

    private static boolean overlaps(String selector) {
        return Boolean.TRUE.equals(js("var r=Array.prototype.map.call(document.querySelectorAll(arguments[0]),"
                + "function(e){return e.getBoundingClientRect();});"
                + "for(var i=0;i<r.length;i++){for(var j=i+1;j<r.length;j++){"
                + "if(r[i].left<r[j].right&&r[j].left<r[i].right&&r[i].top<r[j].bottom&&r[j].top<r[i].bottom){return true;}}}"
                + "return false;", selector));
    }
}
