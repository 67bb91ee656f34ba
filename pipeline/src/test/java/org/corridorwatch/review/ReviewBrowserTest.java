package org.corridorwatch.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Real browser tests: Debian's chromium driven headless by chromium-driver (installed by
 * pipeline/scripts/run-tests.sh; never downloaded). One scan, one server and one browser per class.
 */
class ReviewBrowserTest {
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @TempDir
    static Path dir;
    static Path run;
    static DecisionStore store;
    static ReviewServer server;
    static WebDriver driver;
    static List<String> ids;

    @BeforeAll
    static void start() throws Exception {
        assertTrue(Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM),
                "chromium and chromium-driver are required (pipeline/scripts/run-tests.sh installs them)");
        run = ReviewFixture.scan(ReviewFixture.pair(dir), dir.resolve("run"));
        ids = List.copyOf(RunCandidates.read(run).sites().keySet());
        store = DecisionStore.open(dir.resolve("decisions.sqlite"));
        server = ReviewServer.start(run, store, "127.0.0.1", 0, false);
        driver = newDriver(dir.resolve("chrome-profile"));
    }

    static WebDriver newDriver(Path profile) throws Exception {
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        System.setProperty("SE_AVOID_STATS", "true");
        Files.createDirectories(profile);
        ChromeOptions o = new ChromeOptions();
        o.setBinary(CHROMIUM.toFile());
        o.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run",
                "--user-data-dir=" + profile.toAbsolutePath(), "--window-size=1280,1000");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        return new ChromeDriver(service, o);
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    private static WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    private static void openServed() {
        driver.get(server.url());
        waiting().until(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));
    }

    private static WebElement card(String id) {
        return driver.findElement(By.id("c-" + id));
    }

    private static void press(String key) {
        driver.findElement(By.tagName("body")).sendKeys(key);
    }

    @Test
    void triageWithTheKeyboardSurvivesAReload() {
        openServed();
        assertEquals("0 of " + ids.size() + " reviewed", driver.findElement(By.id("progress")).getText());
        WebElement name = driver.findElement(By.id("reviewer"));
        name.clear();
        name.sendKeys("Awa");
        name.sendKeys(Keys.TAB);
        ((JavascriptExecutor) driver).executeScript("document.activeElement.blur()");
        // first card is selected on load: confirm it, which moves to the next; reject that one
        assertTrue(card(ids.get(0)).getAttribute("class").contains("current"));
        press("c");
        waiting().until(ExpectedConditions.attributeToBe(card(ids.get(0)), "data-status", "confirm"));
        waiting().until(d -> card(ids.get(1)).getAttribute("class").contains("current"));
        press("r");
        waiting().until(ExpectedConditions.attributeToBe(card(ids.get(1)), "data-status", "reject"));
        waiting().until(ExpectedConditions.textToBe(By.id("progress"), "2 of " + ids.size() + " reviewed"));
        // k goes back; u changes the first decision (appended to the history)
        press("k");
        press("k");
        waiting().until(d -> card(ids.get(0)).getAttribute("class").contains("current"));
        press("u");
        waiting().until(ExpectedConditions.attributeToBe(card(ids.get(0)), "data-status", "unsure"));
        assertEquals(List.of(Verdict.CONFIRM, Verdict.UNSURE),
                store.history(ids.get(0)).stream().map(Decision::verdict).toList());

        driver.navigate().refresh();
        waiting().until(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));
        assertEquals("unsure", card(ids.get(0)).getAttribute("data-status"));
        assertEquals("reject", card(ids.get(1)).getAttribute("data-status"));
        assertEquals("2 of " + ids.size() + " reviewed", driver.findElement(By.id("progress")).getText());
        assertEquals("Awa", driver.findElement(By.id("reviewer")).getAttribute("value"));

        // filter by status: only the rejected card stays visible
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("f-status"))).selectByValue("reject");
        assertTrue(card(ids.get(1)).isDisplayed());
        assertFalse(card(ids.get(0)).isDisplayed());
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("f-status"))).selectByValue("");
        // chips load from the server
        Object loaded = ((JavascriptExecutor) driver).executeScript(
                "var i=document.getElementById(arguments[0]).querySelector('img'); return i.complete && i.naturalWidth;",
                "c-" + ids.get(0));
        assertEquals(256L, ((Number) loaded).longValue());
    }

    @Test
    void aNoteWithMarkupIsShownAsText() {
        openServed();
        WebElement name = driver.findElement(By.id("reviewer"));
        name.clear();
        name.sendKeys("Awa");
        String id = ids.get(ids.size() - 1);
        WebElement c = card(id);
        String evil = "<script>window.__pwned=1</script><img src=x onerror=\"window.__pwned=2\">";
        c.findElement(By.cssSelector("textarea.note")).sendKeys(evil);
        c.findElement(By.cssSelector("button[data-decision=unsure]")).click();
        waiting().until(ExpectedConditions.attributeToBe(card(id), "data-status", "unsure"));
        driver.navigate().refresh();
        waiting().until(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));
        WebElement last = card(id).findElement(By.cssSelector(".last"));
        assertTrue(last.getText().contains(evil), last.getText());
        assertTrue(card(id).findElements(By.cssSelector(".last script, .last img")).isEmpty());
        assertEquals(null, ((JavascriptExecutor) driver).executeScript("return window.__pwned || null;"));
        assertEquals(evil, store.history(id).get(store.history(id).size() - 1).note());
    }

    @Test
    void theStaticReportRendersFromDisk() {
        driver.get(run.resolve("report.html").toUri().toString());
        waiting().until(d -> "static".equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));
        assertEquals(ids.size(), driver.findElements(By.cssSelector("article.card")).size());
        assertTrue(driver.findElement(By.cssSelector("svg.overview")).isDisplayed());
        assertFalse(driver.findElement(By.cssSelector(".triage")).isDisplayed(), "no triage without the server");
        Object width = ((JavascriptExecutor) driver).executeScript(
                "var i=document.querySelector('article.card img'); return i.complete ? i.naturalWidth : -1;");
        assertEquals(256L, ((Number) width).longValue(), "chips load by relative path from disk");
        press("j");
        assertTrue(card(ids.get(1)).getAttribute("class").contains("current"), "j/k work offline too");
    }
}
