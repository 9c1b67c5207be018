package org.hamsafar.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.UUID;
import org.hamsafar.customers.CustomerDirectory;
import org.hamsafar.feedback.ResponseRecorder;
import org.hamsafar.feedback.SurveyCatalog;
import org.hamsafar.journeys.peakend.PeakEndFixture;
import org.hamsafar.support.HamsafarTest;
import org.hamsafar.support.HeadlessChromium;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A real headless Chromium opens the peak-end page in Persian on ten hand-computed journeys: the
 * page is right-to-left with Persian digits, ECharts draws the histogram, the predictor comparison
 * and both bubble plots on canvases, the controls make a bookmarkable address, English shows the
 * same figures with Latin digits, and the console stays free of errors. Screenshots go to
 * target/screenshots/.
 */
@HamsafarTest
class PeakEndBrowserTest {
    @LocalServerPort
    int port;
    @Autowired
    SurveyCatalog surveys;
    @Autowired
    ResponseRecorder recorder;
    @Autowired
    CustomerDirectory customers;
    HeadlessChromium chromium;
    WebDriver driver;

    @BeforeEach
    void startBrowser() throws IOException {
        chromium = HeadlessChromium.startKeepingConsole("1280,2600", "--lang=fa");
        driver = chromium.driver();
    }

    @AfterEach
    void stopBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void peakEndPageInPersianDrawsItsChartsAndKeepsTheControlsInTheAddress() throws IOException {
        String segment = "pe-browser-" + UUID.randomUUID().toString().substring(0, 8);
        new PeakEndFixture(port, surveys, recorder, customers).tenJourneys(segment);
        WebDriverWait wait = chromium.waitUpTo(Duration.ofSeconds(20));
        wait.ignoring(StaleElementReferenceException.class);
        signInInPersian(wait);

        driver.get(base() + "/journeys/peak-end?from=2024-11-01&to=2025-01-01&segment=" + segment);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#histogram canvas")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#predictorChart canvas")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#scatter-peakEnd canvas")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#scatter-average canvas")));

        assertThat(driver.findElement(By.tagName("html")).getDomAttribute("dir")).isEqualTo("rtl");
        assertThat(driver.findElement(By.id("journeyCount")).getText()).isEqualTo("۱۰");
        assertThat(driver.findElement(By.id("meanPeakEnd")).getText()).isEqualTo("۰٫۳۴");
        assertThat(driver.findElement(By.id("npsVerdict")).getText()).contains("۰٫۶۶", "۰٫۳۹");
        assertThat(driver.findElement(By.id("repurchaseVerdict")).getText()).contains("۰٫۹۰", "۰٫۷۴");
        assertThat(driver.findElements(By.cssSelector("#worstJourneys tbody tr"))).hasSize(10);
        assertThat(driver.findElement(By.cssSelector("#histogram canvas")).getSize().getWidth()).isGreaterThan(300);
        assertThat(driver.findElement(By.cssSelector("#scatter-peakEnd canvas")).getSize().getHeight()).isGreaterThan(200);
        screenshot("60-peak-end-fa");

        new Select(driver.findElement(By.id("gap"))).selectByValue("period");
        driver.findElement(By.id("applyFilters")).click();
        wait.until(ExpectedConditions.urlContains("gap=period"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#histogram canvas")));
        assertThat(driver.getCurrentUrl()).contains("segment=" + segment, "from=2024-11-01", "to=2025-01-01");
        assertThat(driver.findElement(By.id("journeyCount")).getText()).as("one journey per customer in the period").isEqualTo("۱۰");

        driver.findElement(By.id("lang-en")).click();
        wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#predictorChart canvas")));
        assertThat(driver.findElement(By.tagName("html")).getDomAttribute("dir")).isEqualTo("ltr");
        assertThat(driver.findElement(By.id("journeyCount")).getText()).isEqualTo("10");
        assertThat(driver.findElement(By.id("meanAverage")).getText()).isEqualTo("0.16");
        screenshot("61-peak-end-en");
        driver.findElement(By.id("lang-fa")).click();
        wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "fa"));

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
