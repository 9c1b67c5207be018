package org.hamsafar.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.hamsafar.support.Api;
import org.hamsafar.support.HamsafarTest;
import org.hamsafar.support.HeadlessChromium;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The public survey page and the web widget in a real headless Chromium: a Persian survey answered
 * right to left, its follow-up question appearing as the score is chosen with the keyboard; and
 * the widget on a shop of another origin, whose NPS answer joins the visitor that collect.js
 * follows. Screenshots go to target/screenshots/.
 */
@HamsafarTest
class SurveyPageBrowserTest {
    private static final Duration PATIENCE = Duration.ofSeconds(15);
    /** More than the page's minimum time between drawing a form and sending it (faster is a bot). */
    private static final long HUMAN_PAUSE_MS = 2200;
    private static final String PERSIAN_SURVEY = """
            {"name": "%s", "status": "active", "languages": ["fa"],
             "intro": {"fa": "نظر شما دربارهٔ سفارش اخیرتان برای ما ارزشمند است."},
             "thankYou": {"fa": "از همراهی شما سپاسگزاریم."},
             "questions": [
               {"key": "nps", "type": "nps", "required": true, "page": 1,
                "text": {"fa": "چقدر احتمال دارد همسفر را به دوستانتان پیشنهاد کنید؟"}},
               {"key": "why", "type": "text", "page": 1, "showIf": {"question": "nps", "op": "<=", "value": 6},
                "text": {"fa": "چه چیزی باید بهتر شود؟"}},
               {"key": "stars", "type": "rating", "required": true, "page": 2, "scale": 5, "text": {"fa": "به بسته‌بندی چند ستاره می‌دهید؟"}},
               {"key": "again", "type": "yes_no", "page": 2, "text": {"fa": "دوباره از ما خرید می‌کنید؟"}}
             ]}""";
    private static final String WIDGET_SURVEY = """
            {"name": "%s", "status": "active", "languages": ["fa", "en"],
             "thankYou": {"en": "Thanks, that helps!", "fa": "سپاس، کمک بزرگی است!"},
             "questions": [
               {"key": "nps", "type": "nps", "required": true, "text": {"en": "How likely are you to recommend our shop?", "fa": "چقدر احتمال دارد فروشگاه ما را پیشنهاد کنید؟"}},
               {"key": "why", "type": "text", "showIf": {"question": "nps", "op": "<=", "value": 6},
                "text": {"en": "What should we improve?", "fa": "چه چیزی را بهتر کنیم؟"}}
             ]}""";
    private static final String SHOP_PAGE = """
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8"><title>Test shop</title>
            <script>
              window.hamsafar = window.hamsafar || function () { (hamsafar.q = hamsafar.q || []).push(arguments); };
              hamsafar('page');
            </script>
            <script async src="http://127.0.0.1:{appPort}/collect.js" data-key="{key}"></script>
            <script async src="http://127.0.0.1:{appPort}/survey-widget.js" data-survey="{survey}" data-key="{key}"
                    data-lang="en" data-touchpoint="checkout"></script>
            </head><body><h1>Test shop</h1><p>Your order is on its way.</p></body></html>
            """;

    @LocalServerPort
    int port;
    Api api;
    HeadlessChromium chromium;
    WebDriver driver;
    HttpServer shop;
    String ingestKeyId;

    @BeforeEach
    void startBrowser() throws IOException {
        api = new Api(port);
        chromium = HeadlessChromium.start("420,900");
        driver = chromium.driver();
    }

    @AfterEach
    void stopBrowser() {
        try {
            if (chromium != null) {
                chromium.close();
            }
        } finally {
            if (shop != null) {
                shop.stop(0);
            }
            if (ingestKeyId != null) {
                api.delete("/api/v1/api-keys/" + ingestKeyId, HamsafarTest.ADMIN_KEY);
            }
        }
    }

    @Test
    void aRespondentAnswersAPersianSurveyRightToLeftWithTheKeyboard() throws Exception {
        JsonNode survey = create(PERSIAN_SURVEY.formatted("Browser page " + UUID.randomUUID()));
        WebDriverWait wait = chromium.waitUpTo(PATIENCE);
        driver.get("http://127.0.0.1:" + port + "/s/" + survey.get("key").asString());
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("surveyForm")));
        WebElement html = driver.findElement(By.tagName("html"));
        assertThat(html.getDomAttribute("dir")).isEqualTo("rtl");
        assertThat(html.getDomAttribute("lang")).isEqualTo("fa");
        assertThat(driver.findElement(By.id("progressLabel")).getText()).isEqualTo("صفحهٔ ۱ از ۲");
        // The follow-up is for detractors and passives: hidden until the score says so.
        assertThat(driver.findElement(By.id("wrap-why")).isDisplayed()).isFalse();
        screenshot("survey-01-page-one-fa");

        // Keyboard only: Tab into the score's radio group, Space picks 0, arrow keys move to 3.
        Actions keys = new Actions(driver);
        for (int i = 0; i < 10 && !"q-nps-0".equals(activeId()); i++) {
            keys.sendKeys(Keys.TAB).perform();
        }
        assertThat(activeId()).isEqualTo("q-nps-0");
        keys.sendKeys(Keys.SPACE).sendKeys(Keys.ARROW_DOWN).sendKeys(Keys.ARROW_DOWN).sendKeys(Keys.ARROW_DOWN).perform();
        assertThat(driver.findElement(By.id("q-nps-3")).isSelected()).isTrue();
        assertThat(activeId()).isEqualTo("q-nps-3");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("wrap-why")));
        keys.sendKeys(Keys.TAB).perform();
        assertThat(activeId()).isEqualTo("q-why");
        keys.sendKeys("بسته دیر رسید").perform();
        screenshot("survey-02-follow-up-shown");
        Thread.sleep(HUMAN_PAUSE_MS);
        keys.sendKeys(Keys.TAB).perform();
        assertThat(activeId()).isEqualTo("next");
        keys.sendKeys(Keys.ENTER).perform();

        wait.until(ExpectedConditions.textToBe(By.id("progressLabel"), "صفحهٔ ۲ از ۲"));
        driver.findElement(By.cssSelector("label[for='q-stars-4']")).click();
        driver.findElement(By.cssSelector("label[for='q-again-yes']")).click();
        assertThat(driver.findElement(By.cssSelector("label[for='q-stars-3']")).getDomAttribute("class")).contains("filled");
        screenshot("survey-03-page-two");
        driver.findElement(By.id("next")).click();

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("messageText")));
        assertThat(driver.findElement(By.id("messageText")).getText()).isEqualTo("از همراهی شما سپاسگزاریم.");
        screenshot("survey-04-thanks");

        JsonNode responses = api.get("/api/v1/surveys/" + survey.get("id").asLong() + "/responses", HamsafarTest.ADMIN_KEY).json();
        assertThat(responses.get("items").size()).isEqualTo(1);
        JsonNode response = responses.get("items").get(0);
        assertThat(response.get("answers").get("nps").asInt()).isEqualTo(3);
        assertThat(response.get("answers").get("why").asString()).isEqualTo("بسته دیر رسید");
        assertThat(response.get("answers").get("stars").asInt()).isEqualTo(4);
        assertThat(response.get("answers").get("again").asBoolean()).isTrue();
        assertThat(response.get("language").asString()).isEqualTo("fa");
        assertThat(response.get("source").asString()).isEqualTo("page");
    }

    @Test
    void theWidgetOnAShopStoresAnNpsAnswerForTheSameVisitor() throws Exception {
        JsonNode survey = create(WIDGET_SURVEY.formatted("Browser widget " + UUID.randomUUID()));
        String surveyKey = survey.get("key").asString();
        shop = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        String origin = "http://127.0.0.1:" + shop.getAddress().getPort();
        String ingestKey = createIngestKey(origin);
        byte[] page = SHOP_PAGE.replace("{appPort}", String.valueOf(port)).replace("{key}", ingestKey).replace("{survey}", surveyKey)
                .getBytes(StandardCharsets.UTF_8);
        shop.createContext("/", exchange -> {
            try (exchange) {
                exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
                exchange.sendResponseHeaders(200, page.length);
                exchange.getResponseBody().write(page);
            }
        });
        shop.start();

        WebDriverWait wait = chromium.waitUpTo(PATIENCE);
        driver.get(origin + "/");
        WebElement host = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-hamsafar-survey]")));
        SearchContext widget = host.getShadowRoot();
        assertThat(widget.findElement(By.cssSelector("legend")).getText()).isEqualTo("How likely are you to recommend our shop?");
        assertThat(widget.findElements(By.cssSelector(".scale button"))).hasSize(11);
        widget.findElement(By.cssSelector("button[data-score='5']")).click();
        WebElement why = widget.findElement(By.cssSelector("textarea"));
        wait.until(browser -> why.isDisplayed());
        why.sendKeys("Faster delivery, please");
        screenshot("widget-01-answered");
        widget.findElement(By.cssSelector("button.send")).click();
        wait.until(browser -> !widget.findElements(By.cssSelector(".thanks")).isEmpty());
        assertThat(widget.findElement(By.cssSelector(".thanks")).getText()).isEqualTo("Thanks, that helps!");
        screenshot("widget-02-thanks");
        String anonymousId = (String) ((JavascriptExecutor) driver).executeScript("return localStorage.getItem('hamsafar.anonymousId')");
        assertThat(anonymousId).isNotBlank();

        JsonNode responses = poll(() -> api.get("/api/v1/surveys/" + survey.get("id").asLong() + "/responses", HamsafarTest.ADMIN_KEY).json(),
                reply -> reply.path("items").size() == 1);
        JsonNode response = responses.get("items").get(0);
        assertThat(response.get("answers").get("nps").asInt()).isEqualTo(5);
        assertThat(response.get("answers").get("why").asString()).isEqualTo("Faster delivery, please");
        assertThat(response.get("touchpoint").asString()).isEqualTo("checkout");
        assertThat(response.get("language").asString()).isEqualTo("en");
        assertThat(response.get("source").asString()).isEqualTo("widget");
        assertThat(response.get("sourceIdentity").asString()).isEqualTo("anonymous_id:" + anonymousId);
        long customerId = response.get("customerId").asLong();
        // The same visitor as the page view collect.js sent from this browser.
        JsonNode timeline = poll(() -> api.get("/api/v1/customers/" + customerId + "/timeline", HamsafarTest.ADMIN_KEY).json(),
                reply -> reply.path("items").valueStream().anyMatch(e -> "page_view".equals(e.path("type").asString())));
        assertThat(timeline.path("items").valueStream().map(e -> e.path("type").asString()).toList()).contains("page_view");

        // Answered: not shown again on the next visit.
        driver.navigate().refresh();
        Thread.sleep(1500);
        assertThat(driver.findElements(By.cssSelector("[data-hamsafar-survey]"))).isEmpty();
    }

    private JsonNode create(String body) {
        Api.Reply reply = api.post("/api/v1/surveys", HamsafarTest.ADMIN_KEY, body);
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json();
    }

    private String createIngestKey(String allowedOrigin) {
        Api.Reply reply = api.post("/api/v1/api-keys", HamsafarTest.ADMIN_KEY, Api.json(Map.of(
                "name", "shop widget", "scopes", List.of("ingest"), "allowedOrigins", List.of(allowedOrigin))));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        ingestKeyId = reply.json().get("id").asString();
        return reply.json().get("secret").asString();
    }

    private String activeId() {
        return (String) ((JavascriptExecutor) driver).executeScript("return document.activeElement && document.activeElement.id");
    }

    private static <T> T poll(Supplier<T> ask, Predicate<T> expected) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        T answer = ask.get();
        while (!expected.test(answer) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            answer = ask.get();
        }
        return answer;
    }

    private void screenshot(String name) throws IOException {
        assertThat(Files.size(chromium.screenshot(name))).isPositive();
    }
}
