package org.hamsafar.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hamsafar.support.Api;
import org.hamsafar.support.HamsafarTest;
import org.hamsafar.support.HeadlessChromium;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A real headless Chromium draws the paths page: ECharts lays out the Sankey diagram with every node
 * (the anchor on the left in English, on the right in Persian, where reading starts), and the
 * switching heatmap; the console stays free of errors. Screenshots go to target/screenshots/.
 */
@HamsafarTest
class JourneyPathsBrowserTest {
    /** The Sankey's nodes as ECharts laid them out: how many, and the anchor's centre as a fraction of the width. */
    private static final String SANKEY_LAYOUT = """
            var chart = echarts.getInstanceByDom(document.getElementById('pathSankey'));
            var data = chart.getModel().getSeriesByIndex(0).getData();
            var anchor = data.indexOfName('0:anchor');
            var box = data.getItemLayout(anchor);
            return [data.count(), (box.x + box.dx / 2) / chart.getWidth()];
            """;
    @LocalServerPort
    int port;
    HeadlessChromium chromium;
    WebDriver driver;
    String prefix;

    @BeforeEach
    void startBrowser() throws IOException {
        chromium = HeadlessChromium.startKeepingConsole("1280,1500", "--lang=en");
        driver = chromium.driver();
    }

    @AfterEach
    void stopBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void theSankeyAndTheHeatmapDrawInEnglishAndRightToLeftInPersian() throws IOException {
        sendEventsAndCreateUser();
        WebDriverWait wait = chromium.waitUpTo(Duration.ofSeconds(20));
        // A language switch reloads the page under a wait that may hold an element of the old one.
        wait.ignoring(StaleElementReferenceException.class);
        driver.get(base() + "/login");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("loginForm")));
        driver.findElement(By.id("username")).sendKeys(prefix + "-analyst");
        driver.findElement(By.id("password")).sendKeys("a-long-password");
        driver.findElement(By.id("signIn")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("lang-fa")));

        driver.get(base() + "/journeys/paths?anchorType=" + prefix + "_view&from=2026-03-01&to=2026-03-07");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#pathSankey canvas")));
        assertThat(driver.findElement(By.tagName("html")).getDomAttribute("dir")).isEqualTo("ltr");
        List<?> layout = (List<?>) ((JavascriptExecutor) driver).executeScript(SANKEY_LAYOUT);
        // anchor; level 1: cart, end; level 2: buy, end; level 3: end
        assertThat(((Number) layout.get(0)).intValue()).isEqualTo(6);
        assertThat(((Number) layout.get(1)).doubleValue()).isLessThan(0.2);
        assertThat(driver.findElement(By.cssSelector("#pathSankey canvas")).getSize().getWidth()).isGreaterThan(600);
        assertThat(driver.findElements(By.cssSelector("#topPaths tbody tr"))).hasSize(3);
        screenshot("30-journey-paths-en");

        // Before the anchor, time still runs left to right: the anchor ends the line.
        driver.get(base() + "/journeys/paths?anchorType=" + prefix + "_buy&direction=before&from=2026-03-01&to=2026-03-07");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#pathSankey canvas")));
        layout = (List<?>) ((JavascriptExecutor) driver).executeScript(SANKEY_LAYOUT);
        // anchor; level 1: cart; level 2: view; level 3: end
        assertThat(((Number) layout.get(0)).intValue()).isEqualTo(4);
        assertThat(((Number) layout.get(1)).doubleValue()).isGreaterThan(0.8);
        assertThat(driver.findElement(By.cssSelector("#topPaths tbody tr")).getText()).containsSubsequence(prefix + "_view",
                prefix + "_cart", "Anchor");
        screenshot("33-journey-paths-before-en");

        driver.get(base() + "/journeys/paths?anchorType=" + prefix + "_view&from=2026-03-01&to=2026-03-07");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#pathSankey canvas")));

        driver.findElement(By.id("lang-fa")).click();
        wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "fa"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#pathSankey canvas")));
        assertThat(driver.findElement(By.tagName("html")).getDomAttribute("dir")).isEqualTo("rtl");
        assertThat(driver.findElement(By.id("anchoredCustomers")).getText()).isEqualTo("۳");
        layout = (List<?>) ((JavascriptExecutor) driver).executeScript(SANKEY_LAYOUT);
        assertThat(((Number) layout.get(0)).intValue()).isEqualTo(6);
        assertThat(((Number) layout.get(1)).doubleValue()).isGreaterThan(0.8);
        screenshot("31-journey-paths-fa");

        driver.get(base() + "/journeys/paths?view=switching&intentType=" + prefix + "_contact&intentType=" + prefix
                + "_call&from=2026-03-01&to=2026-03-07");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#switchHeatmap canvas")));
        assertThat(driver.findElement(By.tagName("html")).getDomAttribute("dir")).isEqualTo("rtl");
        assertThat(driver.findElement(By.id("switchRate")).getText().replaceAll("[\\u200e\\u200f\\u061c]", "")).isEqualTo("۵۰٫۰٪");
        assertThat(driver.findElements(By.cssSelector("#switchMatrix tbody tr"))).hasSize(1);
        screenshot("32-channel-switching-fa");

        assertThat(chromium.consoleErrors()).as("browser console errors").isEmpty();
    }

    /** a views, carts and buys; b views and carts; c only views; a switches from a web contact to a call, b does not. */
    private void sendEventsAndCreateUser() {
        Api api = new Api(port);
        prefix = "b" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        List<Map<String, Object>> events = new ArrayList<>();
        events.add(event("a", "view", "web", "2026-03-02T10:00:00Z"));
        events.add(event("a", "cart", "web", "2026-03-02T10:05:00Z"));
        events.add(event("a", "buy", "web", "2026-03-02T10:10:00Z"));
        events.add(event("b", "view", "app", "2026-03-03T10:00:00Z"));
        events.add(event("b", "cart", "app", "2026-03-03T10:05:00Z"));
        events.add(event("c", "view", "web", "2026-03-04T10:00:00Z"));
        events.add(event("a", "contact", "web", "2026-03-05T10:00:00Z"));
        events.add(event("a", "call", "phone", "2026-03-05T10:30:00Z"));
        events.add(event("b", "contact", "web", "2026-03-05T11:00:00Z"));
        Api.Reply reply = api.post("/api/v1/events", HamsafarTest.ADMIN_KEY, Api.json(events));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        Api.Reply created = api.post("/api/v1/users", HamsafarTest.ADMIN_KEY, Api.json(Map.of("username", prefix + "-analyst",
                "displayName", "Analyst", "password", "a-long-password", "role", "analyst", "language", "en")));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
    }

    private Map<String, Object> event(String customer, String type, String channel, String occurredAt) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("type", prefix + "_" + type);
        event.put("occurredAt", occurredAt);
        event.put("channel", channel);
        event.put("customer", Map.of("externalId", prefix + "-" + customer));
        return event;
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }

    private void screenshot(String name) throws IOException {
        assertThat(Files.size(chromium.screenshot(name))).isGreaterThan(5_000);
    }
}
