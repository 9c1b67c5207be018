package org.hamsafar.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The website collector (/collect.js) end to end in a real headless Chromium: a shop page on an
 * origin of its own loads the script from the application, which sends a page view anonymously,
 * then the visitor's e-mail and an add to cart; the API shows one customer with both events. A
 * page from an origin the key does not allow gets nothing stored. Screenshots go to target/screenshots/.
 */
@HamsafarTest
class CollectorBrowserTest {
    private static final Duration PATIENCE = Duration.ofSeconds(15);
    /** The shop page: records how each request of the collector ended, in window.shopRequests and on screen. */
    private static final String SHOP_PAGE = """
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8"><title>Test shop</title>
            <script>
              window.shopRequests = [];
              const pageFetch = window.fetch.bind(window);
              function noteRequest(outcome) {
                shopRequests.push(outcome);
                const log = document.getElementById('log');
                if (log) log.textContent += JSON.stringify(outcome) + '\\n';
              }
              window.fetch = (url, init) => pageFetch(url, init).then(
                  (reply) => { noteRequest({status: reply.status}); return reply; },
                  (error) => { noteRequest({error: String(error)}); throw error; });
              window.hamsafar = window.hamsafar || function () { (hamsafar.q = hamsafar.q || []).push(arguments); };
              hamsafar('page');
            </script>
            <script async src="http://127.0.0.1:{appPort}/collect.js" data-key="{key}"></script>
            </head><body>
            <h1>Test shop</h1>
            <p>A blue teapot: 1,250,000 IRR</p>
            <button id="addToCart" onclick="hamsafar('identify', {email: '{email}'});
                hamsafar('track', 'add_to_cart', {touchpoint: 'cart', value: 1250000, currency: 'IRR'});">Add to cart</button>
            <h2>Requests of the collector</h2>
            <pre id="log"></pre>
            </body></html>
            """;

    @LocalServerPort
    int port;
    Api api;
    HeadlessChromium chromium;
    WebDriver driver;
    String ingestKey;
    String ingestKeyId;
    final List<HttpServer> shops = new ArrayList<>();

    @BeforeEach
    void startBrowser() throws IOException {
        api = new Api(port);
        chromium = HeadlessChromium.start("1280,900");
        driver = chromium.driver();
    }

    @AfterEach
    void stopBrowserAndShops() {
        try {
            if (chromium != null) {
                chromium.close();
            }
        } finally {
            shops.forEach(shop -> shop.stop(0));
            if (ingestKeyId != null) {
                // Revoked, so that no later test finds this shop's origin allowed (ports are reused).
                api.delete("/api/v1/api-keys/" + ingestKeyId, HamsafarTest.ADMIN_KEY);
            }
        }
    }

    @Test
    void aVisitorsAnonymousPageViewJoinsTheCustomerOnceTheVisitorIsIdentified() throws IOException {
        HttpServer shop = startShop("visitor@example.com");
        createIngestKey(origin(shop));

        driver.get(origin(shop) + "/");
        // The page view is stored first, on a profile that knows only the browser's anonymous id.
        waitInPage("return shopRequests.some(r => r.status === 200)");
        driver.findElement(By.id("addToCart")).click();
        waitInPage("return shopRequests.filter(r => r.status === 200).length >= 2");
        String anonymousId = (String) script("return localStorage.getItem('hamsafar.anonymousId')");
        screenshot("collector-01-shop");

        JsonNode found = poll(() -> api.get("/api/v1/customers?q=visitor@example.com", HamsafarTest.ADMIN_KEY).json(),
                reply -> reply.path("items").size() == 1);
        assertThat(found.path("items").size()).as(found.toString()).isEqualTo(1);
        long customerId = found.get("items").get(0).get("id").asLong();

        JsonNode timeline = poll(() -> api.get("/api/v1/customers/" + customerId + "/timeline", HamsafarTest.ADMIN_KEY).json(),
                reply -> types(reply).containsAll(List.of("page_view", "add_to_cart")));
        assertThat(types(timeline)).as(timeline.toString()).containsExactlyInAnyOrder("page_view", "add_to_cart");
        timeline.get("items").forEach(entry -> assertThat(entry.get("channel").asString()).isEqualTo("web"));
        JsonNode addToCart = entry(timeline, "add_to_cart");
        assertThat(addToCart.get("touchpoint").asString()).isEqualTo("cart");
        assertThat(addToCart.get("currency").asString()).isEqualTo("IRR");
        assertThat(addToCart.get("value").decimalValue()).isEqualByComparingTo(new BigDecimal("1250000"));

        JsonNode customer = api.get("/api/v1/customers/" + customerId, HamsafarTest.ADMIN_KEY).json();
        assertThat(texts(customer.get("identities").get("emails"))).containsExactly("visitor@example.com");
        assertThat(texts(customer.get("identities").get("anonymousIds"))).contains(anonymousId);
    }

    @Test
    void aPageFromAnOriginTheKeyDoesNotAllowGetsNothingStored() throws Exception {
        HttpServer allowedShop = startShop("visitor@example.com");
        HttpServer strangerShop = startShop("stranger@example.com");
        createIngestKey(origin(allowedShop));
        int customersBefore = customerCount();

        // The browser asks first (CORS preflight), and is told no.
        assertThat(preflight(origin(strangerShop))).isEqualTo(403);
        assertThat(preflight(origin(allowedShop))).isEqualTo(204);

        driver.get(origin(strangerShop) + "/");
        driver.findElement(By.id("addToCart")).click();
        // The first try and at least one retry failed in the browser; both events still wait in the queue.
        waitInPage("return shopRequests.filter(r => r.error).length >= 2");
        waitInPage("return JSON.parse(localStorage.getItem('hamsafar.queue') || '[]').length === 2");
        screenshot("collector-02-origin-not-allowed");

        assertThat(script("return shopRequests.some(r => r.status)")).isEqualTo(false);
        assertThat(api.get("/api/v1/customers?q=stranger@example.com", HamsafarTest.ADMIN_KEY).json().get("items").size()).isZero();
        assertThat(customerCount()).isEqualTo(customersBefore);
    }

    /** A web shop on an origin of its own (another port): one page that loads the collector from the application. */
    private HttpServer startShop(String visitorEmail) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            try (exchange) {
                if (!"/".equals(exchange.getRequestURI().getPath())) {
                    exchange.sendResponseHeaders(404, -1);
                    return;
                }
                respond(exchange, SHOP_PAGE.replace("{appPort}", String.valueOf(port)).replace("{key}", ingestKey)
                        .replace("{email}", visitorEmail));
            }
        });
        server.start();
        shops.add(server);
        return server;
    }

    private static void respond(HttpExchange exchange, String html) throws IOException {
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
    }

    private static String origin(HttpServer server) {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void createIngestKey(String allowedOrigin) {
        Api.Reply reply = api.post("/api/v1/api-keys", HamsafarTest.ADMIN_KEY, Api.json(Map.of(
                "name", "website", "scopes", List.of("ingest"), "allowedOrigins", List.of(allowedOrigin))));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        ingestKey = reply.json().get("secret").asString();
        ingestKeyId = reply.json().get("id").asString();
    }

    /** The status of a browser's CORS preflight for posting events from a page of this origin. */
    private int preflight(String origin) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/events"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", origin)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type")
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** Every customer in the store, counted page by page. */
    private int customerCount() {
        int count = 0;
        String cursor = null;
        do {
            String path = "/api/v1/customers?limit=500" + (cursor == null ? "" : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8));
            Api.Reply reply = api.get(path, HamsafarTest.ADMIN_KEY);
            assertThat(reply.status()).as(reply.body()).isEqualTo(200);
            count += reply.json().get("items").size();
            JsonNode next = reply.json().get("nextCursor");
            cursor = next == null || next.isNull() ? null : next.asString();
        } while (cursor != null);
        return count;
    }

    /** Asks again until the answer is as expected or patience runs out; returns the last answer for the assertions. */
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

    private void waitInPage(String condition) {
        chromium.waitUpTo(PATIENCE).withMessage(condition)
                .until(browser -> Boolean.TRUE.equals(((JavascriptExecutor) browser).executeScript(condition)));
    }

    private Object script(String code) {
        return ((JavascriptExecutor) driver).executeScript(code);
    }

    private static List<String> types(JsonNode timeline) {
        return texts(timeline.path("items").valueStream().map(entry -> entry.path("type")).toList());
    }

    private static JsonNode entry(JsonNode timeline, String type) {
        return timeline.get("items").valueStream().filter(entry -> type.equals(entry.get("type").asString())).findFirst().orElseThrow();
    }

    private static List<String> texts(Iterable<JsonNode> nodes) {
        List<String> texts = new ArrayList<>();
        if (nodes != null) {
            nodes.forEach(node -> texts.add(node.asString()));
        }
        return texts;
    }

    private void screenshot(String name) throws IOException {
        assertThat(Files.size(chromium.screenshot(name))).isPositive();
    }
}
