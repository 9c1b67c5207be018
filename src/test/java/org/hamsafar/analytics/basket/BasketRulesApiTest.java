package org.hamsafar.analytics.basket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.hamsafar.analytics.jobs.AnalyticsJob;
import org.hamsafar.analytics.jobs.AnalyticsJobs;
import org.hamsafar.analytics.jobs.JobState;
import org.hamsafar.support.Api;
import org.hamsafar.support.Browserless;
import org.hamsafar.support.HamsafarTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Basket rules from stored purchase events, through the API, a job and the page. The shop of
 * {@link AssociationRuleTest}: ten baskets, {bread, butter} x4, {bread} x2, {butter, milk},
 * {milk} x3, so butter → bread has confidence 0.8 and lift 4/3, bread → butter 2/3 and 4/3.
 */
@Tag("store")
@HamsafarTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BasketRulesApiTest {
    private static final String RULES = "/api/v1/analytics/basket/rules";
    private static final String KEY = HamsafarTest.ADMIN_KEY;
    @LocalServerPort
    int port;
    @Autowired
    AnalyticsJobs jobs;
    Api api;
    String type;

    @BeforeAll
    void storeTheShop() {
        api = new Api(port);
        type = "b" + UUID.randomUUID().toString().replace("-", "").substring(0, 10) + "_purchase";
        List<Map<String, Object>> events = new ArrayList<>();
        List<List<Object>> baskets = new ArrayList<>();
        IntStream.range(0, 4).forEach(i -> baskets.add(List.of("bread", "butter")));
        IntStream.range(0, 2).forEach(i -> baskets.add(List.of("bread", " bread ")));
        baskets.add(List.of("butter", "milk", Map.of("nested", "skipped")));
        IntStream.range(0, 3).forEach(i -> baskets.add(List.of("milk")));
        for (int i = 0; i < baskets.size(); i++) {
            events.add(event(i, Map.of("products", baskets.get(i), "items", baskets.get(i).size())));
        }
        // Not baskets: a count instead of a list, and an event of the type in another year.
        events.add(event(10, Map.of("products", 3)));
        Map<String, Object> old = event(11, Map.of("products", List.of("bread", "milk")));
        old.put("occurredAt", "2024-01-01T10:00:00Z");
        events.add(old);
        Api.Reply sent = api.post("/api/v1/events", KEY, Api.json(events));
        assertThat(sent.status()).as(sent.body()).isEqualTo(200);
        assertThat(sent.json().get("accepted").asInt()).as(sent.body()).isEqualTo(12);
    }

    private Map<String, Object> event(int n, Map<String, Object> properties) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("type", type);
        event.put("occurredAt", "2026-03-0" + (1 + n % 5) + "T10:00:00Z");
        event.put("channel", "web");
        event.put("customer", Map.of("externalId", type + "-" + n));
        event.put("properties", properties);
        return event;
    }

    private String body(String extra) {
        return "{\"eventType\": \"" + type + "\", \"from\": \"2026-03-01\", \"to\": \"2026-04-01\"" + extra + "}";
    }

    @Test
    void smallDataGetsItsRulesAtOnceWithTheHandComputedMeasures() {
        Api.Reply reply = api.post(RULES, KEY, body(", \"minSupport\": 0.1, \"minConfidence\": 0.5"));

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonNode result = reply.json();
        assertThat(result.get("purchaseEvents").asLong()).isEqualTo(11);
        assertThat(result.get("baskets").asLong()).isEqualTo(10);
        assertThat(result.get("eventsNotListingItems").asLong()).isEqualTo(1);
        assertThat(result.get("distinctItems").asLong()).isEqualTo(3);
        assertThat(result.get("minCount").asLong()).isEqualTo(1);
        assertThat(result.get("rulesFound").asLong()).isEqualTo(2);
        JsonNode first = result.get("rules").get(0);
        assertThat(first.get("antecedent").get(0).asString()).isEqualTo("butter");
        assertThat(first.get("consequent").get(0).asString()).isEqualTo("bread");
        assertThat(first.get("confidence").asDouble()).isEqualTo(0.8);
        assertThat(first.get("lift").asDouble()).isCloseTo(4.0 / 3, within(1e-6));
        assertThat(first.get("support").asDouble()).isEqualTo(0.4);
        assertThat(first.get("conviction").asDouble()).isCloseTo(2.0, within(1e-6));
        assertThat(result.get("topItems").get(0).get("item").asString()).isEqualTo("bread");
        assertThat(result.get("topItems").get(0).get("count").asLong()).isEqualTo(6);

        // Rules computed at once change nothing, so a read key may ask for them too.
        Api.Reply key = api.post("/api/v1/api-keys", KEY, Api.json(Map.of("name", type + " reader", "scopes", List.of("read"))));
        Api.Reply asReader = api.post(RULES, key.json().get("secret").asString(), body(", \"minSupport\": 0.1, \"minConfidence\": 0.5"));
        assertThat(asReader.status()).as(asReader.body()).isEqualTo(200);
        assertThat(asReader.json().get("rulesFound").asLong()).isEqualTo(2);
    }

    @Test
    void aSegmentKeepsItsCustomersBaskets() {
        String tag = type.replace("_purchase", "_seg");
        for (int n = 0; n < 4; n++) {
            api.send("/api/v1/customers/" + api.customerId(type + "-" + n, KEY) + "/tags/" + tag, KEY, "PUT", null, new byte[0]);
        }

        Api.Reply reply = api.post(RULES, KEY, body(", \"minSupport\": 0.1, \"minConfidence\": 0.5, \"segment\": \"" + tag + "\""));

        // Customers 0-3 bought {bread, butter} each: four baskets, both items in every one.
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.json().get("purchaseEvents").asLong()).isEqualTo(4);
        assertThat(reply.json().get("baskets").asLong()).isEqualTo(4);
        assertThat(reply.json().get("distinctItems").asLong()).isEqualTo(2);
        assertProblem(api.post(RULES, KEY, body(", \"segment\": \"Not A Tag\"")), "segment", "segment's key");
    }

    @Test
    void badParametersAreNamed() {
        assertProblem(api.post(RULES, KEY, body(", \"minSupport\": 0")), "minSupport", "greater than 0");
        assertProblem(api.post(RULES, KEY, body(", \"minConfidence\": 1.5")), "minConfidence", "at most 1");
        assertProblem(api.post(RULES, KEY, body(", \"consequent\": \"both\"")), "consequent", "single or any");
        assertProblem(api.post(RULES, KEY, body(", \"support\": 0.1")), "support", "unknown field");
        assertProblem(api.post(RULES, KEY, "{\"eventType\": \"" + type + "\", \"from\": \"2025-01-01\", \"to\": \"2025-02-01\"}"),
                "from", "no '" + type + "' events");
        assertProblem(api.post(RULES, KEY, body(", \"itemProperty\": \"items\"")), "itemProperty", "lists any item");
        assertProblem(api.post(RULES, KEY, body(", \"itemProperty\": \"sku\"")), "itemProperty", "none of the 11");
        Api.Reply job = api.post("/api/v1/analytics/jobs", KEY, "{\"kind\": \"basket\", \"parameters\": " + body(", \"minLift\": -1") + "}");
        assertProblem(job, "parameters.minLift", "0 or more");
    }

    @Test
    void tooManyItemsetsAskForAHigherSupport() {
        String many = "b" + UUID.randomUUID().toString().replace("-", "").substring(0, 10) + "_purchase";
        List<String> items = IntStream.range(0, 20).mapToObj(i -> "item" + i).toList();
        Api.Reply sent = api.post("/api/v1/events", KEY, Api.json(List.of(Map.of("type", many, "occurredAt", "2026-03-02T10:00:00Z",
                "channel", "web", "customer", Map.of("externalId", many), "properties", Map.of("products", items)))));
        assertThat(sent.status()).as(sent.body()).isEqualTo(200);

        // One basket of 20 items: every one of its 2^20 - 1 subsets is frequent at any support.
        Api.Reply reply = api.post(RULES, KEY, "{\"eventType\": \"" + many + "\", \"from\": \"2026-03-01\", \"to\": \"2026-04-01\","
                + " \"minSupport\": 1, \"maxLength\": 20}");

        assertProblem(reply, "minSupport", "more than 500000 frequent itemsets");
    }

    @Test
    void aJobStoresTheRulesAsTheLatestResultAndThePageShowsThem() {
        Api.Reply queued = api.post("/api/v1/analytics/jobs", KEY, "{\"kind\": \"basket\", \"parameters\": "
                + body(", \"minSupport\": 0.1, \"minConfidence\": 0.5") + "}");
        assertThat(queued.status()).as(queued.body()).isEqualTo(202);
        AnalyticsJob job = jobs.await(queued.json().get("id").asLong(), Duration.ofSeconds(60));
        assertThat(job.state()).as(job.error()).isEqualTo(JobState.SUCCEEDED);
        assertThat(job.parameters().get("itemProperty").asString()).isEqualTo("products");
        assertThat(job.dataFrom()).hasToString("2026-03-01T00:00:00Z");

        JsonNode latest = api.get("/api/v1/analytics/basket/latest", KEY).json();
        assertThat(latest.get("id").asLong()).isEqualTo(job.id());
        assertThat(latest.get("result").get("rulesFound").asLong()).isEqualTo(2);

        Browserless browser = new Browserless(port);
        assertThat(browser.signIn("admin", HamsafarTest.ADMIN_PASSWORD).status()).isEqualTo(302);
        String page = browser.get("/analytics/basket").body();
        assertThat(page).contains("id=\"rulesTable\"").contains("data-lift=\"1.333333\"").contains("id=\"basketChart\"")
                .contains("id=\"navBasket\"");
        String bad = browser.get("/analytics/basket?run=1&eventType=" + type + "&days=30&minSupport=2").body();
        assertThat(bad).contains("id=\"error-minSupport\"").doesNotContain("id=\"rulesTable\"");
    }

    private static void assertProblem(Api.Reply reply, String field, String text) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(422);
        JsonNode error = reply.json().get("errors").get(0);
        assertThat(error.get("field").asString()).as(reply.body()).isEqualTo(field);
        assertThat(error.get("message").asString()).as(reply.body()).contains(text);
    }
}
