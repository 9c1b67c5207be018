package org.hamsafar.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real headless Chromium opens the text analytics page in Persian: ECharts draws the sentiment
 * trend on a canvas with the periods the range cuts marked, the comment explorer lists the texts
 * with their topic terms marked, and filtering by negative sentiment leaves only the negative
 * comments and counts only them. Screenshots go to target/screenshots/.
 */
@HamsafarTest
class TextAnalyticsBrowserTest {
    private static final String TOUCHPOINT = "browser_text";
    @LocalServerPort
    int port;
    HeadlessChromium chromium;
    WebDriver driver;

    @BeforeEach
    void startBrowser() throws IOException {
        chromium = HeadlessChromium.startKeepingConsole("1280,1400", "--lang=fa");
        driver = chromium.driver();
    }

    @AfterEach
    void stopBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void textAnalyticsDrawsTheTrendAndFiltersNegativeComments() throws IOException {
        storeAnalysedTexts();
        WebDriverWait wait = chromium.waitUpTo(Duration.ofSeconds(20));
        wait.ignoring(StaleElementReferenceException.class);
        signInInPersian(wait);

        driver.get(base() + "/text?touchpoint=" + TOUCHPOINT);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#sentimentTrend canvas")));

        assertThat(driver.findElement(By.tagName("html")).getDomAttribute("dir")).isEqualTo("rtl");
        assertThat(driver.findElement(By.cssSelector("#sentimentTrend canvas")).getSize().getWidth()).isGreaterThan(300);
        assertThat(comments()).hasSize(3);
        assertThat(driver.findElement(By.id("explorer")).isDisplayed()).isTrue();
        WebElement mark = driver.findElement(By.cssSelector("#commentList mark[title='ارسال و تحویل']"));
        assertThat(mark.getText()).isEqualTo("پیک");
        assertThat(driver.findElement(By.id("textCount")).getText()).isEqualTo("۳");
        assertThat(driver.findElement(By.id("averageScore")).getText().replace("\u200E", "")).isEqualTo("−۰٫۲۴");
        assertPartialPeriodsAreMarked(wait);
        screenshot("20-text-analytics-fa");

        new Select(driver.findElement(By.id("sentiment"))).selectByValue("negative");
        driver.findElement(By.id("applyFilters")).click();
        wait.until(ExpectedConditions.urlContains("sentiment=negative"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("commentList")));

        List<WebElement> negative = comments();
        assertThat(negative).hasSize(2);
        assertThat(negative).allSatisfy(li -> {
            assertThat(li.getDomAttribute("data-sentiment")).isEqualTo("negative");
            assertThat(li.findElement(By.cssSelector(".sentiment-badge")).getText()).isEqualTo("منفی");
        });
        assertThat(driver.findElement(By.id("commentList")).getText()).doesNotContain("عالی");
        assertThat(driver.findElement(By.id("textCount")).getText()).as("the figures follow the filter too").isEqualTo("۲");
        assertThat(driver.findElement(By.id("negativeCount")).getText()).isEqualTo("۲ متن");
        assertThat(driver.findElement(By.id("positiveCount")).getText()).isEqualTo("۰ متن");
        screenshot("21-text-analytics-negative-fa");

        assertThat(chromium.consoleErrors()).as("browser console errors").isEmpty();
    }

    /**
     * The first and the current week are cut by the 90-day range: their bars are paler and their
     * tooltips say so; a whole week's are not. The tooltip shows the average score with two decimals.
     */
    private void assertPartialPeriodsAreMarked(WebDriverWait wait) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        String chart = "echarts.getInstanceByDom(document.getElementById('sentimentTrend'))";
        @SuppressWarnings("unchecked")
        List<Object> bars = (List<Object>) js.executeScript("return " + chart + ".getOption().series[0].data.map(function (v) {"
                + " return v !== null && typeof v === 'object' ? 'partial' : 'whole'; });");
        assertThat(bars).hasSizeGreaterThan(10);
        assertThat(bars.get(0)).isEqualTo("partial");
        assertThat(bars.get(bars.size() - 1)).isEqualTo("partial");
        assertThat(bars.subList(1, bars.size() - 1)).containsOnly("whole");

        assertThat(tooltip(wait, chart, 0)).contains("دوره ناقص");
        assertThat(tooltip(wait, chart, 1)).doesNotContain("دوره ناقص");
        JsonNode data = JsonMapper.builder().build().readTree(driver.findElement(By.id("sentimentTrend")).getDomAttribute("data-chart"));
        int withTexts = -1;
        for (int i = 0; i < data.get("average").size(); i++) {
            if (!data.get("average").get(i).isNull()) {
                withTexts = i;
            }
        }
        BigDecimal average = data.get("average").get(withTexts).decimalValue().abs().setScale(2, RoundingMode.HALF_UP);
        String persian = average.toPlainString().replace('.', '٫').chars()
                .mapToObj(c -> c >= '0' && c <= '9' ? String.valueOf((char) ('۰' + c - '0')) : String.valueOf((char) c))
                .collect(java.util.stream.Collectors.joining());
        assertThat(tooltip(wait, chart, withTexts)).contains("میانگین امتیاز: ").contains(persian);
    }

    /** The trend's tooltip text for one period, as ECharts shows it when the pointer is over it. */
    private String tooltip(WebDriverWait wait, String chart, int index) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript(chart + ".dispatchAction({ type: 'showTip', seriesIndex: 0, dataIndex: " + index + " });");
        String label = (String) js.executeScript("return HamsafarCharts.period(JSON.parse(document.getElementById('sentimentTrend')"
                + ".getAttribute('data-chart')).labels[" + index + "]);");
        By box = By.cssSelector("#sentimentTrend > div:not(:first-child)");
        wait.until(d -> d.findElements(box).stream().anyMatch(e -> e.getText().startsWith(label)));
        return driver.findElements(box).stream().map(WebElement::getText).filter(t -> t.startsWith(label)).findFirst().orElseThrow();
    }

    private List<WebElement> comments() {
        return driver.findElements(By.cssSelector("#commentList > li.comment"));
    }

    /** Three texts at one touchpoint, two negative, analysed by the background worker. */
    private void storeAnalysedTexts() {
        Api api = new Api(port);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        List<Map<String, Object>> events = List.of(
                event("browser-text-1", now.minus(Duration.ofDays(9)), "پیک خیلی بی‌ادب بود و سفارش دیر رسید"),
                event("browser-text-2", now.minus(Duration.ofDays(5)), "غذا عالی بود و پیک به موقع رسید"),
                event("browser-text-3", now.minus(Duration.ofDays(1)), "قیمت‌ها خیلی گران است"));
        assertThat(api.post("/api/v1/events", HamsafarTest.ADMIN_KEY, Api.json(events)).status()).isEqualTo(200);
        Instant deadline = Instant.now().plusSeconds(30);
        while (api.get("/api/v1/text/results?touchpoint=" + TOUCHPOINT, HamsafarTest.ADMIN_KEY).json().get("items").size() < 3) {
            assertThat(Instant.now()).as("texts analysed in time").isBefore(deadline);
            sleep();
        }
    }

    private static Map<String, Object> event(String id, Instant at, String text) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("id", id);
        event.put("type", "chat_message");
        event.put("occurredAt", at.toString());
        event.put("channel", "chat");
        event.put("touchpoint", TOUCHPOINT);
        event.put("customer", Map.of("externalId", "browser-text"));
        event.put("text", text);
        return event;
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
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
