package org.hamsafar.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hamsafar.support.Api;
import org.hamsafar.support.HamsafarTest;
import org.hamsafar.support.HeadlessChromium;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public survey page checked by axe-core (the accessibility engine browsers' audit tools use)
 * in a real Chromium: in Persian and English, with every kind of question, and with the errors
 * shown after sending a page without its required answers. Serious and critical findings fail.
 */
@HamsafarTest
class SurveyPageAccessibilityTest {
    private static final String SURVEY = """
            {"name": "%s", "status": "active", "languages": ["fa", "en"],
             "intro": {"fa": "نظر شما برای ما ارزشمند است.", "en": "Your opinion matters to us."},
             "questions": [
               {"key": "nps", "type": "nps", "required": true, "page": 1,
                "text": {"fa": "چقدر احتمال دارد ما را پیشنهاد کنید؟", "en": "How likely are you to recommend us?"},
                "lowLabel": {"fa": "اصلاً", "en": "Not at all"}, "highLabel": {"fa": "حتماً", "en": "Certainly"}},
               {"key": "why", "type": "text", "page": 1, "showIf": {"question": "nps", "op": "<=", "value": 6},
                "text": {"fa": "چه چیزی باید بهتر شود؟", "en": "What should improve?"}},
               {"key": "csat", "type": "csat", "required": true, "page": 1, "text": {"fa": "چقدر راضی هستید؟", "en": "How satisfied are you?"}},
               {"key": "ces", "type": "ces", "page": 1, "text": {"fa": "کار با ما چقدر آسان بود؟", "en": "How easy was it?"}},
               {"key": "stars", "type": "rating", "page": 2, "scale": 5, "text": {"fa": "امتیاز بسته‌بندی", "en": "Rate the packaging"}},
               {"key": "channel", "type": "single_choice", "page": 2, "text": {"fa": "از کجا خریدید؟", "en": "Where did you buy?"},
                "choices": [{"id": "web", "text": {"fa": "وب‌سایت", "en": "Website"}}, {"id": "app", "text": {"fa": "اپ", "en": "App"}}]},
               {"key": "liked", "type": "multi_choice", "page": 2, "text": {"fa": "چه چیزی را پسندیدید؟", "en": "What did you like?"},
                "choices": [{"id": "price", "text": {"fa": "قیمت", "en": "Price"}}, {"id": "speed", "text": {"fa": "سرعت", "en": "Speed"}}]},
               {"key": "again", "type": "yes_no", "page": 2, "text": {"fa": "دوباره خرید می‌کنید؟", "en": "Would you buy again?"}}
             ]}""";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    HeadlessChromium chromium;
    WebDriver driver;

    @BeforeEach
    void startBrowser() throws IOException {
        chromium = HeadlessChromium.start("420,900");
        driver = chromium.driver();
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    }

    @AfterEach
    void stopBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void theSurveyPageHasNoSeriousAccessibilityProblemsInEitherLanguage() throws IOException {
        JsonNode survey = new Api(port).post("/api/v1/surveys", HamsafarTest.ADMIN_KEY, SURVEY.formatted("A11y " + UUID.randomUUID())).json();
        String page = "http://127.0.0.1:" + port + "/s/" + survey.get("key").asString();

        driver.get(page + "?lang=fa");
        assertThat(driver.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
        assertThat(seriousFindings()).as("Persian page").isEmpty();

        driver.get(page + "?lang=en");
        assertThat(seriousFindings()).as("English page").isEmpty();

        // Sent without the required answers (past the browser's own check, and later than a bot
        // would send it): the page comes back with its error messages.
        sleep(2200);
        ((JavascriptExecutor) driver).executeScript("document.querySelectorAll('form').forEach(f => f.noValidate = true);");
        driver.findElement(By.id("next")).click();
        chromium.waitUpTo(Duration.ofSeconds(15)).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[role=alert]")));
        assertThat(seriousFindings()).as("English page with errors").isEmpty();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** axe-core's findings of impact serious or critical on the current page, as "rule: help (n nodes)". */
    private List<String> seriousFindings() throws IOException {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript(axeSource());
        Object result = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {resultTypes: ['violations']})
                  .then(r => done(JSON.stringify(r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.length})))))
                  .catch(e => done('failed: ' + e));""");
        assertThat(String.valueOf(result)).doesNotStartWith("failed");
        List<String> serious = new ArrayList<>();
        for (JsonNode finding : JSON.readTree(String.valueOf(result))) {
            String impact = finding.get("impact").asString();
            if ("serious".equals(impact) || "critical".equals(impact)) {
                serious.add(finding.get("id").asString() + ": " + finding.get("help").asString() + " (" + finding.get("nodes").asInt() + " nodes)");
            }
        }
        return serious;
    }

    private static String axeSource() throws IOException {
        try (InputStream in = SurveyPageAccessibilityTest.class.getResourceAsStream("/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js")) {
            assertThat(in).as("axe-core on the test class path").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
