package org.hamsafar.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import org.hamsafar.journeys.maps.JourneyMapSummary;
import org.hamsafar.journeys.maps.JourneyMaps;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * A real headless Chromium opens the live page of the demo's "پشتیبانی" service blueprint in
 * Persian: right to left with Persian digits, a column of figures per stage, the pain points, and
 * ECharts drawing the designed and the actual emotion curves; the window chooser makes a
 * bookmarkable address and the console stays free of errors. The same demo as {@code DemoCompanyTest}
 * (300 customers, seed 7), so they share one application. Screenshots go to target/screenshots/.
 */
@HamsafarTest
@TestPropertySource(properties = {"hamsafar.demo.enabled=true", "hamsafar.demo.customers=300", "hamsafar.demo.seed=7"})
class LiveOverlayBrowserTest {
    @LocalServerPort
    int port;
    @Autowired
    JourneyMaps maps;
    HeadlessChromium chromium;
    WebDriver driver;

    @BeforeEach
    void startBrowser() throws IOException {
        chromium = HeadlessChromium.startKeepingConsole("1400,2200", "--lang=fa");
        driver = chromium.driver();
    }

    @AfterEach
    void stopBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void theSupportMapsLivePageInPersianShowsFiguresAndBothEmotionCurves() throws IOException {
        List<JourneyMapSummary> found = maps.findByName("پشتیبانی");
        assertThat(found).hasSize(1);
        long id = found.get(0).id();
        WebDriverWait wait = chromium.waitUpTo(Duration.ofSeconds(30));
        wait.ignoring(StaleElementReferenceException.class);
        signInInPersian(wait);

        driver.get(base() + "/journeys/" + id + "/live");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#emotionChart canvas")));

        assertThat(driver.findElement(By.tagName("html")).getDomAttribute("dir")).isEqualTo("rtl");
        List<WebElement> columns = driver.findElements(By.cssSelector("#stages .live-stage"));
        assertThat(columns).hasSize(4);
        for (WebElement column : columns) {
            assertThat(column.findElement(By.cssSelector(".customers")).getText()).as(column.getDomAttribute("id"))
                    .matches("[۰-۹٬]+").isNotEqualTo("۰");
        }
        assertThat(driver.findElement(By.cssSelector("#stage-contact .repeat-contacts")).getText()).matches("[۰-۹٬]+");
        assertThat(driver.findElements(By.cssSelector("#painPoints li[data-kind]"))).isNotEmpty();
        assertThat(driver.findElements(By.cssSelector(".live-stage.live-flagged"))).isNotEmpty();
        assertThat(driver.findElement(By.id("backToMap")).getDomAttribute("href")).isEqualTo("/journeys/" + id);
        WebElement canvas = driver.findElement(By.cssSelector("#emotionChart canvas"));
        assertThat(canvas.getSize().getWidth()).isGreaterThan(400);
        assertThat(canvas.getSize().getHeight()).isGreaterThan(200);
        // Both curves are drawn: the designed one at every stage, the actual one where customers said something.
        JavascriptExecutor js = (JavascriptExecutor) driver;
        Object series = js.executeScript("var o = echarts.getInstanceByDom(document.getElementById('emotionChart')).getOption();"
                + "return o.series.map(function (s) { return s.data.filter(function (v) { return v !== null; }).length; });");
        List<?> points = (List<?>) series;
        assertThat(points).hasSize(2);
        assertThat(points.get(0)).as("designed points").isEqualTo(4L);
        assertThat((Long) points.get(1)).as("actual points").isGreaterThanOrEqualTo(2L);
        screenshot("76-live-overlay-fa");

        new Select(driver.findElement(By.id("window"))).selectByValue("24h");
        driver.findElement(By.id("applyFilters")).click();
        wait.until(ExpectedConditions.urlContains("window=24h"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#emotionChart canvas")));
        assertThat(driver.getCurrentUrl()).contains("from=", "to=");
        assertThat(driver.findElement(By.id("window")).getDomProperty("value")).isEqualTo("24h");

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
