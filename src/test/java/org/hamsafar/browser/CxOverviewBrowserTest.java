package org.hamsafar.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.hamsafar.feedback.Choice;
import org.hamsafar.feedback.LocalizedText;
import org.hamsafar.feedback.ResponseRecorder;
import org.hamsafar.feedback.ResponseSubmission;
import org.hamsafar.feedback.Survey;
import org.hamsafar.feedback.SurveyCatalog;
import org.hamsafar.feedback.SurveyRequest;
import org.hamsafar.support.HamsafarTest;
import org.hamsafar.support.HeadlessChromium;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A real headless Chromium opens the CX overview and a survey's results in Persian: the page is
 * right-to-left, ECharts draws the NPS trend and the answer charts on canvases, and the browser
 * console stays free of errors. Screenshots go to target/screenshots/.
 */
@HamsafarTest
class CxOverviewBrowserTest {
    @LocalServerPort
    int port;
    @Autowired
    SurveyCatalog surveys;
    @Autowired
    ResponseRecorder recorder;
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
    void cxOverviewInPersianDrawsTheNpsTrendWithoutConsoleErrors() throws IOException {
        Survey survey = surveyWithAnswers();
        WebDriverWait wait = chromium.waitUpTo(Duration.ofSeconds(20));
        // A language switch reloads the page under a wait that may hold an element of the old one.
        wait.ignoring(StaleElementReferenceException.class);
        signInInPersian(wait);

        driver.get(base() + "/cx?surveyId=" + survey.id());
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#npsTrend canvas")));

        assertThat(driver.findElement(By.tagName("html")).getDomAttribute("dir")).isEqualTo("rtl");
        assertThat(driver.findElement(By.id("npsValue")).getText()).matches("[۰-۹٫−\\-\\u200e\\u200f\\u061c]+");
        // Only NPS has answers in this survey: CSAT and CES say so instead of drawing empty charts.
        assertThat(driver.findElements(By.cssSelector(".cx-sparkline canvas"))).hasSize(1);
        assertThat(driver.findElement(By.id("csatNoTrend")).isDisplayed()).isTrue();
        assertThat(driver.findElement(By.cssSelector("#npsTrend canvas")).getSize().getWidth()).isGreaterThan(100);
        screenshot("10-cx-overview-fa");

        driver.get(base() + "/surveys/" + survey.id() + "/results");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#result-improve .result-chart canvas")));
        assertThat(driver.findElements(By.cssSelector(".result-chart canvas"))).hasSize(2);
        screenshot("11-survey-results-fa");

        driver.get(base() + "/surveys/" + survey.id() + "/edit");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("surveyForm")));
        // The builder's script shows only the fields of each question's type.
        assertThat(driver.findElement(By.id("q1choices")).isDisplayed()).isTrue();
        assertThat(driver.findElement(By.id("q0choices")).isDisplayed()).isFalse();
        screenshot("12-survey-builder-fa");

        driver.get(base() + "/cx?surveyId=" + survey.id() + "&interval=month");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("lang-en")));
        driver.findElement(By.id("lang-en")).click();
        wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#npsTrend canvas")));
        assertThat(driver.findElement(By.tagName("html")).getDomAttribute("dir")).isEqualTo("ltr");
        assertThat(driver.findElement(By.id("npsValue")).getText()).matches("[0-9.\\-−]+");
        screenshot("13-cx-overview-en");
        driver.get(base() + "/surveys/" + survey.id() + "/results");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#result-improve .result-chart canvas")));
        screenshot("14-survey-results-en");
        driver.findElement(By.id("lang-fa")).click();
        wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "fa"));

        assertThat(chromium.consoleErrors()).as("browser console errors").isEmpty();
    }

    private Survey surveyWithAnswers() {
        LocalizedText npsText = new LocalizedText("چقدر احتمال دارد ما را پیشنهاد کنید؟", "How likely are you to recommend us?");
        Survey survey = surveys.create(new SurveyRequest("نمودار " + System.nanoTime(), "active", null, null, null, List.of(
                new SurveyRequest.QuestionRequest("nps", "nps", npsText, true, null, null, null, 1, null, null, null),
                new SurveyRequest.QuestionRequest("improve", "multi_choice", new LocalizedText("چه چیزی بهتر شود؟", "What to improve?"),
                        false, null, List.of(new Choice("delivery", new LocalizedText("ارسال سفارش", "Delivery")),
                        new Choice("price", new LocalizedText("قیمت", "Price"))), null, 1, null, null, null)), null));
        Instant now = Instant.now();
        // Four answers a week for ten weeks, so that each week has an interval to shade.
        int[] scores = {10, 9, 7, 3, 10, 6, 8, 9, 2, 10, 9, 4, 10, 10, 7, 8, 5, 9, 10, 0};
        for (int i = 0; i < 40; i++) {
            int score = scores[(i * 7) % scores.length];
            Map<String, Object> answers = score <= 6 ? Map.of("nps", score, "improve", List.of(i % 3 == 0 ? "price" : "delivery"))
                    : Map.of("nps", score);
            recorder.record(new ResponseSubmission(survey.id(), null, null, null, null, i % 2 == 0 ? "web" : "app", "checkout",
                    "api", null, "fa", now.minus(Duration.ofDays(3L + 7L * (i / 4)).plusHours(i % 4)), answers));
        }
        return survey;
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
