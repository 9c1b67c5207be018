package org.hamsafar.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hamsafar.journeys.maps.JourneyMap;
import org.hamsafar.journeys.maps.JourneyMapDraft;
import org.hamsafar.journeys.maps.JourneyMapType;
import org.hamsafar.journeys.maps.JourneyMaps;
import org.hamsafar.journeys.maps.JourneyStage;
import org.hamsafar.support.Api;
import org.hamsafar.support.HamsafarTest;
import org.hamsafar.support.HeadlessChromium;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real headless Chromium uses the journey map editor as an analyst would: edits a cell in place
 * (and cancels another with Escape), adds a stage and moves it, changes a designed emotion; after a
 * reload everything is there and the version went up with each change. Then the printable view,
 * and the editor in Persian: right to left with Persian digits, checked by axe-core for serious
 * accessibility problems. Screenshots go to target/screenshots/.
 */
@HamsafarTest
class JourneyMapEditorBrowserTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    @LocalServerPort
    int port;
    @Autowired
    JourneyMaps maps;
    HeadlessChromium chromium;
    WebDriver driver;
    WebDriverWait wait;
    String suffix;

    @BeforeEach
    void startBrowser() throws IOException {
        // Tall enough that the whole grid is in view: Bootstrap scrolls smoothly, and a click on an element
        // still scrolling into view would land elsewhere.
        chromium = HeadlessChromium.startKeepingConsole("1400,2200", "--lang=en");
        driver = chromium.driver();
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        wait = chromium.waitUpTo(Duration.ofSeconds(20));
        wait.ignoring(StaleElementReferenceException.class);
        suffix = UUID.randomUUID().toString().substring(0, 8);
    }

    @AfterEach
    void stopBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    private JourneyMap twoStageMap() {
        return maps.create(new JourneyMapDraft("Browser map " + suffix, JourneyMapType.CURRENT_STATE, null, "Buy quickly", null, List.of(
                JourneyStage.empty("a", "Browse", false).withEmotion(1), JourneyStage.empty("b", "Checkout", false))), null);
    }

    @Test
    void editsMadeInPlaceAreSavedAsNewVersionsAndSurviveAReload() throws IOException {
        JourneyMap map = twoStageMap();
        signIn("analyst", "en");
        driver.get(base() + "/journeys/" + map.id());
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("mapGrid")));

        driver.findElement(By.id("cell-a-painPoints")).click();
        WebElement items = wait.until(ExpectedConditions.elementToBeClickable(By.id("items-a-painPoints")));
        items.sendKeys("Slow checkout" + Keys.ENTER + "No receipt");
        driver.findElement(By.cssSelector("#cell-a-painPoints .cell-save")).click();
        wait.until(d -> d.findElements(By.cssSelector("#cell-a-painPoints li")).size() == 2);
        assertThat(version()).isEqualTo("2");

        driver.findElement(By.id("cell-b-thoughts")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("items-b-thoughts"))).sendKeys("Not this" + Keys.ESCAPE);
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("items-b-thoughts")));
        assertThat(driver.findElement(By.id("cell-b-thoughts")).getText()).doesNotContain("Not this");

        driver.findElement(By.cssSelector("#stage-a summary")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("add-after-a"))).sendKeys("Payment" + Keys.ENTER);
        wait.until(d -> stageOrder().equals(List.of("a", "stage_3", "b")));
        assertThat(version()).isEqualTo("3");

        driver.findElement(By.cssSelector("#stage-stage_3 summary")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("move-later-stage_3"))).click();
        wait.until(d -> stageOrder().equals(List.of("a", "b", "stage_3")));
        assertThat(version()).isEqualTo("4");

        new Select(driver.findElement(By.id("emotion-b"))).selectByValue("-2");
        wait.until(d -> d.findElements(By.cssSelector("#emotionCurve path.curve-point")).size() == 2);
        wait.until(d -> "5".equals(version()));
        assertThat(driver.findElement(By.id("savedLine")).getText()).isEqualTo("Saved just now");
        assertThat(new Select(driver.findElement(By.id("versionSelect"))).getFirstSelectedOption().getText()).startsWith("5 · ");
        screenshot("70-journey-map-editor-en");


        driver.navigate().refresh();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("mapGrid")));
        assertThat(version()).isEqualTo("5");
        assertThat(driver.findElement(By.cssSelector("#mapVersion .version-number")).getText()).isEqualTo("5");
        assertThat(driver.findElements(By.cssSelector("#cell-a-painPoints li"))).extracting(WebElement::getText)
                .containsExactly("Slow checkout", "No receipt");
        assertThat(stageOrder()).containsExactly("a", "b", "stage_3");
        assertThat(driver.findElement(By.cssSelector("#stage-stage_3 .stage-name")).getText()).isEqualTo("Payment");
        assertThat(new Select(driver.findElement(By.id("emotion-b"))).getFirstSelectedOption().getDomAttribute("value")).isEqualTo("-2");
        assertThat(maps.get(map.id()).version()).isEqualTo(5);
        assertThat(chromium.consoleErrors()).as("browser console errors").isEmpty();
    }

    @Test
    void thePrintViewAndThePersianEditorReadRightToLeftWithPersianDigits() throws IOException {
        JourneyMap map = twoStageMap();
        signIn("analyst", "en");

        driver.get(base() + "/journeys/" + map.id() + "/print");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("printLegend")));
        assertThat(driver.findElement(By.tagName("html")).getDomAttribute("dir")).isEqualTo("ltr");
        assertThat(driver.findElements(By.id("mainNav"))).isEmpty();
        assertThat(driver.findElement(By.id("printVersion")).getText()).isEqualTo("Version 1 of 1");
        assertThat(pageRule()).as("the print page size").isEqualToIgnoringCase("A3 landscape");
        screenshot("71-journey-map-print-en");

        driver.get(base() + "/journeys/" + map.id());
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("lang-fa"))).click();
        wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "fa"));
        driver.get(base() + "/journeys/" + map.id());
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("mapGrid")));
        assertThat(driver.findElement(By.tagName("html")).getDomAttribute("dir")).isEqualTo("rtl");
        assertThat(driver.findElement(By.cssSelector("#mapVersion .version-number")).getText()).isEqualTo("۱");
        assertThat(driver.findElements(By.cssSelector(".stage-number"))).extracting(WebElement::getText).containsExactly("۱", "۲");
        WebElement first = driver.findElement(By.id("stage-a"));
        WebElement second = driver.findElement(By.id("stage-b"));
        assertThat(first.getLocation().getX()).as("the first stage is on the right").isGreaterThan(second.getLocation().getX());
        assertThat(seriousFindings()).as("Persian editor").isEmpty();
        screenshot("72-journey-map-editor-fa");

        driver.get(base() + "/journeys/" + map.id() + "/print");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("printLegend")));
        assertThat(driver.findElement(By.tagName("html")).getDomAttribute("dir")).isEqualTo("rtl");
        assertThat(driver.findElement(By.id("printVersion")).getText()).isEqualTo("نسخه‌ی ۱ از ۱");
        assertThat(chromium.consoleErrors()).as("browser console errors").isEmpty();
    }

    private String version() {
        return driver.findElement(By.id("mapVersion")).getDomAttribute("data-version");
    }

    private List<String> stageOrder() {
        List<String> ids = new ArrayList<>();
        for (WebElement head : driver.findElements(By.cssSelector("#mapGrid th.stage-head"))) {
            ids.add(head.getDomAttribute("data-stage"));
        }
        return ids;
    }

    /** The size of the page's @page rule, as the browser parsed journey-maps.css. */
    private String pageRule() {
        Object size = ((JavascriptExecutor) driver).executeScript("""
                for (const sheet of document.styleSheets) {
                  let rules;
                  try { rules = sheet.cssRules; } catch (e) { continue; }
                  for (const rule of rules) {
                    if (rule instanceof CSSPageRule) { return rule.style.getPropertyValue('size'); }
                  }
                }
                return null;""");
        return String.valueOf(size);
    }

    private void signIn(String role, String language) {
        String name = "mb" + suffix + "-" + role;
        Api.Reply created = new Api(port).post("/api/v1/users", HamsafarTest.ADMIN_KEY, Api.json(Map.of("username", name,
                "displayName", name, "password", "a-long-password", "role", role, "language", language)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        driver.get(base() + "/login");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("loginForm")));
        driver.findElement(By.id("username")).sendKeys(name);
        driver.findElement(By.id("password")).sendKeys("a-long-password");
        driver.findElement(By.id("signIn")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("signOut")));
    }

    /**
     * axe-core's findings of impact serious or critical on the current page, as "rule: help (n nodes)". The
     * dashboard's navigation bar, shared by every page, is left to the layout's own checks.
     */
    private List<String> seriousFindings() throws IOException {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript(axeSource());
        Object result = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run({exclude: [['nav.navbar']]}, {resultTypes: ['violations']})
                  .then(r => done(JSON.stringify(r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
                      nodes: v.nodes.length, first: v.nodes.map(n => n.target.join(' ')).join(' | ')})))))
                  .catch(e => done('failed: ' + e));""");
        assertThat(String.valueOf(result)).doesNotStartWith("failed");
        List<String> serious = new ArrayList<>();
        for (JsonNode finding : JSON.readTree(String.valueOf(result))) {
            String impact = finding.get("impact").asString();
            if ("serious".equals(impact) || "critical".equals(impact)) {
                serious.add(finding.get("id").asString() + ": " + finding.get("help").asString() + " (" + finding.get("nodes").asInt()
                        + " nodes: " + finding.get("first").asString() + ")");
            }
        }
        return serious;
    }

    private static String axeSource() throws IOException {
        try (InputStream in = JourneyMapEditorBrowserTest.class.getResourceAsStream("/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js")) {
            assertThat(in).as("axe-core on the test class path").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }

    private void screenshot(String name) throws IOException {
        assertThat(Files.size(chromium.screenshot(name))).isGreaterThan(5_000);
    }
}
