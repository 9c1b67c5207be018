package org.hamsafar.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.hamsafar.support.Api;
import org.hamsafar.support.HamsafarTest;
import org.hamsafar.support.HeadlessChromium;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A real headless Chromium keeps the agent inbox open in Persian while a case is opened through
 * the API: htmx's polling brings it into the list without a reload. The agent opens it, moves it
 * to acknowledged, and the history says so. Screenshots go to target/screenshots/.
 */
@Tag("store")
@HamsafarTest
class CaseInboxBrowserTest {
    @LocalServerPort
    int port;
    HeadlessChromium chromium;
    WebDriver driver;

    @BeforeEach
    void startBrowser() throws IOException {
        chromium = HeadlessChromium.startKeepingConsole("1280,1000", "--lang=fa");
        driver = chromium.driver();
    }

    @AfterEach
    void stopBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void aCaseOpenedThroughTheApiAppearsWithoutAReloadAndIsAcknowledgedOnItsPage() throws IOException {
        WebDriverWait wait = chromium.waitUpTo(Duration.ofSeconds(20));
        wait.ignoring(StaleElementReferenceException.class);
        signInInPersian(wait);
        driver.get(base() + "/cases?tab=all");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("caseList")));
        assertThat(driver.findElement(By.tagName("html")).getDomAttribute("dir")).isEqualTo("rtl");
        assertThat(driver.findElement(By.id("caseList")).getDomAttribute("hx-trigger")).isEqualTo("every 15s");
        JavascriptExecutor js = (JavascriptExecutor) driver;
        // A mark on the window: a reload would wipe it.
        js.executeScript("window.inboxNotReloaded = true;");

        String title = "پیک بسته را خراب تحویل داد " + UUID.randomUUID().toString().substring(0, 6);
        Api.Reply opened = new Api(port).post("/api/v1/cases", HamsafarTest.ADMIN_KEY, Api.json(Map.of("title", title, "priority", "high")));
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        long id = opened.json().get("id").asLong();
        By row = By.id("case-" + id);
        // htmx reloads the list every 15 seconds.
        chromium.waitUpTo(Duration.ofSeconds(25))
                .ignoring(StaleElementReferenceException.class)
                .until(ExpectedConditions.presenceOfElementLocated(row));

        assertThat(js.executeScript("return window.inboxNotReloaded === true;")).as("the page was not reloaded").isEqualTo(true);
        assertThat(driver.findElement(row).getText()).contains(title, "زیاد", "جدید");
        screenshot("30-case-inbox-fa");

        driver.findElement(row).findElement(By.cssSelector("a.case-title")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("caseTitle")));
        assertThat(driver.findElement(By.id("caseTitle")).getText()).isEqualTo(title);
        driver.findElement(By.id("move-acknowledged")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("caseSaved")));

        assertThat(driver.findElement(By.id("caseState")).getText()).isEqualTo("پذیرفته‌شده");
        assertThat(driver.findElement(By.id("historyList")).getText()).contains("وضعیت را از «جدید» به «پذیرفته‌شده» برد");
        assertThat(driver.findElements(By.id("move-acknowledged"))).as("only the moves allowed now").isEmpty();
        screenshot("31-case-page-fa");

        assertThat(chromium.consoleErrors()).as("browser console errors").isEmpty();
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
