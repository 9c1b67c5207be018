package org.hamsafar.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import org.hamsafar.support.HamsafarTest;
import org.hamsafar.support.HeadlessChromium;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * A real headless Chromium signs in through the login page, sees the Persian right-to-left
 * dashboard, switches to English and back. Screenshots go to target/screenshots/.
 */
@HamsafarTest
@TestPropertySource(properties = {"hamsafar.demo.enabled=true", "hamsafar.demo.customers=40"})
class SignInAndLanguageBrowserTest {
    @LocalServerPort
    int port;
    HeadlessChromium chromium;
    WebDriver driver;

    @BeforeEach
    void startBrowser() throws IOException {
        ChromeOptions options = new ChromeOptions();
        // A Persian-speaking visitor: the sign-in page follows the browser's language before any choice.
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", "fa,en"));
        chromium = HeadlessChromium.start(options, "1280,900", "--lang=fa");
        driver = chromium.driver();
    }

    @AfterEach
    void stopBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void adminSignsInAndSwitchesTheLanguage() throws IOException {
        WebDriverWait wait = chromium.waitUpTo(Duration.ofSeconds(15));
        driver.get("http://127.0.0.1:" + port + "/");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("loginForm")));
        assertThat(driver.findElement(By.tagName("html")).getDomAttribute("dir")).isEqualTo("rtl");
        screenshot("01-sign-in-fa");

        driver.findElement(By.id("username")).sendKeys("admin");
        driver.findElement(By.id("password")).sendKeys(HamsafarTest.ADMIN_PASSWORD);
        driver.findElement(By.id("signIn")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("customerCount")));

        assertThat(driver.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("fa");
        assertThat(driver.findElement(By.id("customerCount")).getText()).isEqualTo("۴۰");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("نمای کلی");
        screenshot("02-home-fa");

        driver.findElement(By.id("lang-en")).click();
        wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));

        assertThat(driver.findElement(By.tagName("html")).getDomAttribute("dir")).isEqualTo("ltr");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Overview");
        assertThat(driver.findElement(By.id("customerCount")).getText()).isEqualTo("40");
        screenshot("03-home-en");

        driver.findElement(By.id("navCustomers")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("customersTable")));
        assertThat(driver.findElements(By.cssSelector("#customerRows tr"))).hasSize(40);
        driver.findElement(By.cssSelector("#customerRows tr a")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("timelineEntries")));
        assertThat(driver.findElement(By.id("factInteractions")).getText()).matches("[0-9,]+");
        assertThat(driver.findElements(By.cssSelector("#timelineEntries > li"))).isNotEmpty();
        screenshot("06-customer-360-en");

        driver.get("http://127.0.0.1:" + port + "/admin/audit");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("auditTable")));
        assertThat(driver.findElement(By.id("auditTable")).getText()).contains("sign_in", "user:admin");
        screenshot("04-audit-en");
        driver.get("http://127.0.0.1:" + port + "/admin/users");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("usersTable")));
        screenshot("05-users-en");

        driver.findElement(By.id("lang-fa")).click();
        wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "fa"));
        driver.findElement(By.id("navCustomers")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("customersTable")));
        driver.findElement(By.cssSelector("#customerRows tr a")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("timelineEntries")));
        assertThat(driver.findElement(By.tagName("html")).getDomAttribute("dir")).isEqualTo("rtl");
        assertThat(driver.findElement(By.id("factInteractions")).getText()).matches("[۰-۹٬]+");
        screenshot("07-customer-360-fa");
        driver.findElement(By.id("signOut")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("loginForm")));
        assertThat(driver.getCurrentUrl()).endsWith("/login?logout");
    }

    private void screenshot(String name) throws IOException {
        assertThat(Files.size(chromium.screenshot(name))).isGreaterThan(5_000);
    }
}
