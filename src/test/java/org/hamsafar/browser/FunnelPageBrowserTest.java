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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A real headless Chromium builds a three-step funnel on the funnel page, in Persian and then in
 * English: the steps are picked from the stored event types, the numbers appear in the table and
 * ECharts draws the chart, and the console stays free of errors. Screenshots go to target/screenshots/.
 */
@HamsafarTest
class FunnelPageBrowserTest {
    @LocalServerPort
    int port;
    HeadlessChromium chromium;
    WebDriver driver;
    String prefix;

    @BeforeEach
    void startBrowser() throws IOException {
        chromium = HeadlessChromium.startKeepingConsole("1280,1100", "--lang=fa");
        driver = chromium.driver();
        prefix = "fb" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    }

    @AfterEach
    void stopBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    /**
     * On 2026-09-01 (Tehran time) five customers land; four view a product (after 2, 4, 6 and 8
     * minutes) and two of them buy, both 30 minutes after their view. Many more events in 2025 make
     * the types lead the pickers.
     */
    private void sendEvents() {
        List<Map<String, Object>> events = new ArrayList<>();
        for (int c = 1; c <= 5; c++) {
            events.add(event("c" + c, "landing", "2026-09-01T10:00:00+03:30"));
            if (c <= 4) {
                events.add(event("c" + c, "product", "2026-09-01T10:0" + (2 * c) + ":00+03:30"));
            }
            if (c <= 2) {
                events.add(event("c" + c, "purchase", "2026-09-01T10:" + (30 + 2 * c) + ":00+03:30"));
            }
        }
        for (int i = 0; i < 50; i++) {
            for (String type : List.of("landing", "product", "purchase")) {
                events.add(event("filler", type, String.format("2025-02-01T10:%02d:00Z", i)));
            }
        }
        Api.Reply reply = new Api(port).post("/api/v1/events", HamsafarTest.ADMIN_KEY, Api.json(events));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    }

    private Map<String, Object> event(String customer, String type, String at) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("type", prefix + "_" + type);
        event.put("occurredAt", at);
        event.put("channel", "web");
        event.put("customer", Map.of("externalId", prefix + "-" + customer));
        return event;
    }

    @Test
    void buildsAThreeStepFunnelInPersianAndInEnglish() throws IOException {
        sendEvents();
        WebDriverWait wait = chromium.waitUpTo(Duration.ofSeconds(20));
        wait.ignoring(StaleElementReferenceException.class);
        signInInPersian(wait);

        driver.get(base() + "/journeys/funnels");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("funnelForm")));
        assertThat(driver.findElement(By.tagName("html")).getDomAttribute("dir")).isEqualTo("rtl");
        new Select(driver.findElement(By.id("type0"))).selectByValue(prefix + "_landing");
        new Select(driver.findElement(By.id("type1"))).selectByValue(prefix + "_product");
        new Select(driver.findElement(By.id("type2"))).selectByValue(prefix + "_purchase");
        type(By.id("window"), "1d");
        type(By.id("from"), "۱۴۰۵/۰۶/۱۰");
        type(By.id("to"), "۱۴۰۵/۰۶/۱۰");
        driver.findElement(By.id("showFunnel")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#funnelChart canvas")));

        assertThat(text("#stepResult0 .step-customers")).isEqualTo("۵");
        assertThat(text("#stepResult1 .step-customers")).isEqualTo("۴");
        assertThat(text("#stepResult2 .step-customers")).isEqualTo("۲");
        assertThat(text("#stepResult2 .step-from-first")).isEqualTo("۴۰٫۰٪");
        // product views after 2, 4, 6, 8 minutes: the median is 5 minutes
        assertThat(text("#stepResult1 .step-median")).isEqualTo("۵ دقیقه");
        assertThat(driver.findElement(By.cssSelector("#funnelChart canvas")).getSize().getWidth()).isGreaterThan(300);
        assertThat(driver.getCurrentUrl()).contains("type0=" + prefix + "_landing");
        screenshot("40-funnel-fa");
        ((JavascriptExecutor) driver).executeScript("document.getElementById('funnelChart').scrollIntoView({behavior: 'instant'})");
        screenshot("40-funnel-fa-results");
        ((JavascriptExecutor) driver).executeScript("window.scrollTo({top: 0, behavior: 'instant'})");

        driver.findElement(By.id("lang-en")).click();
        wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#funnelChart canvas")));
        assertThat(driver.findElement(By.tagName("html")).getDomAttribute("dir")).isEqualTo("ltr");
        assertThat(text("#stepResult1 .step-customers")).isEqualTo("4");
        assertThat(text("#stepResult2 .step-from-previous")).isEqualTo("50.0%");
        assertThat(text("#stepResult1 .step-median")).isEqualTo("5 min");
        screenshot("41-funnel-en");
        driver.findElement(By.id("lang-fa")).click();
        wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "fa"));

        assertThat(chromium.consoleErrors()).as("browser console errors").isEmpty();
    }

    private void type(By field, String value) {
        WebElement input = driver.findElement(field);
        input.clear();
        input.sendKeys(value);
    }

    private String text(String css) {
        return driver.findElement(By.cssSelector(css)).getText().strip();
    }

    private void signInInPersian(WebDriverWait wait) {
        driver.get(base() + "/login");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("loginForm")));
        driver.findElement(By.id("username")).sendKeys("admin");
        driver.findElement(By.id("password")).sendKeys(HamsafarTest.ADMIN_PASSWORD);
        driver.findElement(By.id("signIn")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("lang-fa")));
        driver.findElement(By.id("lang-fa")).click();
        wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "fa"));
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }

    private void screenshot(String name) throws IOException {
        assertThat(Files.size(chromium.screenshot(name))).isGreaterThan(5_000);
    }
}
