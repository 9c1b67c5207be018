package org.hamsafar.analytics.segments;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.hamsafar.analytics.jobs.AnalyticsJob;
import org.hamsafar.analytics.jobs.AnalyticsJobs;
import org.hamsafar.analytics.jobs.CustomerScore;
import org.hamsafar.analytics.jobs.CustomerScores;
import org.hamsafar.support.Api;
import org.hamsafar.support.Browserless;
import org.hamsafar.support.HamsafarTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@Tag("store")
@HamsafarTest
class SegmentApiTest {
    private static final String KEY = HamsafarTest.ADMIN_KEY;
    private static final String API = "/api/v1/analytics/segments";
    @LocalServerPort
    int port;
    @Autowired
    AnalyticsJobs jobs;
    @Autowired
    CustomerScores scores;
    Api api;
    String prefix;
    String city;
    Map<String, Long> ids = new LinkedHashMap<>();

    @BeforeEach
    void setUp() {
        api = new Api(port);
        prefix = "s" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        city = prefix + "-City";
    }

    /**
     * a and b live in this test's city, c elsewhere, d in the city too. Purchases: a three in the
     * last ten days, b one, c five; d only one, 100 days ago.
     */
    private void customers() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Map<String, String> cities = Map.of("a", city, "b", city, "c", "elsewhere", "d", city);
        for (String name : List.of("a", "b", "c", "d")) {
            Map<String, Object> body = Map.of("identities", Map.of("externalId", prefix + "-" + name), "attributes", Map.of("city", cities.get(name)));
            Api.Reply reply = api.send("/api/v1/customers", KEY, "PUT", "application/json", Api.json(body).getBytes(StandardCharsets.UTF_8));
            assertThat(reply.status()).as(reply.body()).isIn(200, 201);
            ids.put(name, reply.json().get("id").asLong());
        }
        List<Map<String, Object>> events = new ArrayList<>();
        Map<String, Integer> counts = Map.of("a", 3, "b", 1, "c", 5);
        counts.forEach((name, n) -> {
            for (int i = 0; i < n; i++) {
                events.add(event(name, now.minus(Duration.ofDays(1 + i))));
            }
        });
        events.add(event("d", now.minus(Duration.ofDays(100))));
        Api.Reply sent = api.post("/api/v1/events", KEY, Api.json(events));
        assertThat(sent.json().get("accepted").asLong()).as(sent.body()).isEqualTo(events.size());
    }

    private Map<String, Object> event(String customer, Instant at) {
        return Map.of("type", prefix + "_buy", "occurredAt", at.toString(), "channel", "web", "customer",
                Map.of("externalId", prefix + "-" + customer));
    }

    private Map<String, Object> segment(String match, List<Map<String, Object>> conditions) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("key", prefix);
        body.put("nameFa", "خریداران پرتکرار");
        body.put("nameEn", "Frequent buyers");
        body.put("match", match);
        body.put("conditions", conditions);
        return body;
    }

    private Map<String, Object> inCity() {
        return Map.of("type", "attribute", "attribute", "city", "values", List.of(city.toUpperCase()));
    }

    private Map<String, Object> buys(int atLeast) {
        return Map.of("type", "events", "eventType", prefix + "_buy", "withinDays", 30, "atLeast", atLeast);
    }

    private int preview(Map<String, Object> body) {
        Api.Reply reply = api.post(API + "/preview", KEY, Api.json(body));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json().get("customers").asInt();
    }

    private List<String> tagsOf(String customer) {
        List<String> tags = new ArrayList<>();
        api.get("/api/v1/customers/" + ids.get(customer) + "/tags", KEY).json().forEach(t -> tags.add(t.get("tag").asString()
                + "<" + t.get("source").asString()));
        return tags;
    }

    private JsonNode refresh() {
        Api.Reply queued = api.post(API + "/" + prefix + "/refresh", KEY, "");
        assertThat(queued.status()).as(queued.body()).isEqualTo(202);
        AnalyticsJob job = jobs.await(queued.json().get("id").asLong(), Duration.ofSeconds(30));
        assertThat(job.state().key()).as(String.valueOf(job.error())).isEqualTo("succeeded");
        return api.get(API + "/" + prefix, KEY).json();
    }

    @Test
    void rulesCombineEveryModulesFactsAndRefreshIntoTags() {
        customers();
        scores.replace(prefix, 0, List.of(new CustomerScore(ids.get("b"), 0.9, "hot", null), new CustomerScore(ids.get("c"), 0.2, "cold", null)));

        assertThat(preview(segment("all", List.of(inCity(), buys(2))))).isEqualTo(1); // a
        assertThat(preview(segment("any", List.of(inCity(), buys(2))))).isEqualTo(4); // a, b, d by city; c by purchases
        assertThat(preview(segment("all", List.of(inCity(), Map.of("type", "inactive", "days", 60))))).isEqualTo(1); // d
        assertThat(preview(segment("all", List.of(Map.of("type", "score", "kind", prefix, "operator", ">=", "value", 0.5))))).isEqualTo(1);
        assertThat(preview(segment("any", List.of(Map.of("type", "score", "kind", prefix, "label", "cold"), buys(3))))).isEqualTo(2);

        Api.Reply created = api.post(API, KEY, Api.json(segment("all", List.of(inCity(), buys(2)))));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(api.post(API, KEY, Api.json(segment("all", List.of(inCity())))).status()).isEqualTo(409);
        JsonNode refreshed = refresh();
        assertThat(refreshed.get("customers").asLong()).isEqualTo(1);
        assertThat(refreshed.get("refreshedAt").isNull()).isFalse();
        Api.Reply latest = api.get(API + "/latest", KEY);
        assertThat(latest.status()).as(latest.body()).isEqualTo(200);
        assertThat(latest.json().get("kind").asString()).isEqualTo("segments");
        assertThat(latest.json().get("result").get("segments").toString()).contains(prefix);
        assertThat(tagsOf("a")).contains(prefix + "<segment:" + prefix);
        assertThat(tagsOf("b")).doesNotContain(prefix + "<segment:" + prefix);

        // c is tagged by hand; the segment changes so that a leaves and b joins (the score says b is hot): the hand-given tag stays.
        api.send("/api/v1/customers/" + ids.get("c") + "/tags/" + prefix, KEY, "PUT", null, new byte[0]);
        Api.Reply replaced = api.send(API + "/" + prefix, KEY, "PUT", "application/json",
                Api.json(segment("all", List.of(inCity(), buys(1), Map.of("type", "score", "kind", prefix, "label", "hot"))))
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(replaced.status()).as(replaced.body()).isEqualTo(200);
        assertThat(refresh().get("customers").asLong()).isEqualTo(1);
        assertThat(tagsOf("a")).noneMatch(t -> t.startsWith(prefix + "<"));
        assertThat(tagsOf("b")).contains(prefix + "<segment:" + prefix);
        assertThat(tagsOf("c")).anyMatch(t -> t.startsWith(prefix + "<key:"));

        Api.Reply deleted = api.delete(API + "/" + prefix, KEY);
        assertThat(deleted.status()).isEqualTo(204);
        assertThat(tagsOf("b")).noneMatch(t -> t.startsWith(prefix + "<"));
        assertThat(tagsOf("c")).anyMatch(t -> t.startsWith(prefix + "<key:"));
        assertThat(api.get(API + "/" + prefix, KEY).status()).isEqualTo(404);
    }

    @Test
    void badRulesAreNamedAndAReadKeyMayPreview() {
        Api.Reply bad = api.post(API, KEY, Api.json(Map.of("key", "Not A Key", "nameEn", "x", "match", "some", "conditions", List.of(
                Map.of("type", "attribute", "attribute", "shoe_size", "values", List.of("42")),
                Map.of("type", "events", "withinDays", 0),
                Map.of("type", "nps", "operator", "<", "value", 11),
                Map.of("type", "weather")))));
        assertThat(bad.status()).as(bad.body()).isEqualTo(422);
        List<String> fields = new ArrayList<>();
        bad.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
        Map<String, Object> namedLikeAnEndpoint = segment("all", List.of(buys(1)));
        namedLikeAnEndpoint.put("key", "latest");
        Api.Reply reserved = api.post(API, KEY, Api.json(namedLikeAnEndpoint));
        assertThat(reserved.status()).as(reserved.body()).isEqualTo(422);
        assertThat(reserved.body()).contains("is reserved");
        assertThat(fields).containsExactlyInAnyOrder("key", "nameFa", "match", "conditions[0].attribute", "conditions[1].withinDays",
                "conditions[2].operator", "conditions[2].value", "conditions[3].type");

        Api.Reply key = api.post("/api/v1/api-keys", KEY, Api.json(Map.of("name", prefix + " reader", "scopes", List.of("read"))));
        String reader = key.json().get("secret").asString();
        Api.Reply preview = api.post(API + "/preview", reader, Api.json(Map.of("conditions", List.of(buys(1)))));
        assertThat(preview.status()).as(preview.body()).isEqualTo(200);
        assertThat(preview.json().get("customers").asInt()).isZero();
        assertThat(api.post(API, reader, Api.json(segment("all", List.of(buys(1))))).status()).isEqualTo(403);
    }

    @Test
    void analystsBuildSegmentsOnThePage() {
        customers();
        Api.Reply user = api.post("/api/v1/users", KEY, Api.json(Map.of("username", prefix + "-analyst", "displayName", "analyst",
                "password", "a-long-password", "role", "analyst", "language", "en")));
        assertThat(user.status()).as(user.body()).isEqualTo(201);
        Browserless browser = new Browserless(port);
        assertThat(browser.signIn(prefix + "-analyst", "a-long-password").status()).isEqualTo(302);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("key", prefix);
        form.put("nameFa", "تهرانی‌ها");
        form.put("nameEn", "In the city");
        form.put("match", "all");
        form.put("c0.type", "attribute");
        form.put("c0.attribute", "city");
        form.put("c0.values", city + ", somewhere");
        form.put("c1.type", "events");
        form.put("c1.eventType", prefix + "_buy");
        form.put("c1.withinDays", "۳۰");
        form.put("c1.atLeast", "2");

        Map<String, String> previewForm = new LinkedHashMap<>(form);
        previewForm.put("preview", "1");
        Browserless.Page preview = browser.post("/analytics/segments/save", previewForm, "/analytics/segments/new");
        Browserless.Page saved = browser.post("/analytics/segments/save", form, "/analytics/segments/new");
        String list = browser.get("/analytics/segments").body();

        assertThat(preview.status()).isEqualTo(200);
        assertThat(preview.body()).contains("id=\"previewCount\"").contains("1 customers meet these rules now.");
        assertThat(saved.status()).isEqualTo(302);
        assertThat(list).contains("id=\"segment-" + prefix + "\"").contains("City is " + city + ", somewhere")
                .contains("At least 2 × " + prefix + "_buy in the last 30 days");
        Map<String, String> broken = new LinkedHashMap<>(form);
        broken.put("key", prefix + "x");
        broken.put("c1.withinDays", "soon");
        Browserless.Page refused = browser.post("/analytics/segments/save", broken, "/analytics/segments/new");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("conditions[1].withinDays");
    }

    @Test
    void theEditorShowsEveryConditionTheApiAllows() {
        List<Map<String, Object>> ten = IntStream.rangeClosed(1, 10).mapToObj(this::buys).toList();
        Map<String, Object> body = segment("any", ten);
        body.put("key", prefix + "_ten");
        Api.Reply created = api.post(API, KEY, Api.json(body));
        assertThat(created.status()).as(created.body()).isEqualTo(201);

        Browserless browser = new Browserless(port);
        assertThat(browser.signIn("admin", HamsafarTest.ADMIN_PASSWORD).status()).isEqualTo(302);
        String editor = browser.get("/analytics/segments/" + prefix + "_ten/edit").body();

        // The tenth condition (at least 10 purchases) is on the page, so saving the form keeps it.
        assertThat(editor).containsPattern("id=\"c9\\.atLeast\"[^>]*value=\"10\"");
        assertThat(editor).doesNotContain("name=\"c10.type\"");
    }
}
