package org.hamsafar.analytics.cohorts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hamsafar.support.Api;
import org.hamsafar.support.Browserless;
import org.hamsafar.support.HamsafarTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@Tag("store")
@HamsafarTest
class CohortQueryTest {
    private static final String QUERY = "/api/v1/analytics/cohorts/query";
    @LocalServerPort
    int port;
    Api api;
    /** Event types unique to each test, so other tests' events never count. */
    String prefix;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        prefix = "c" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    private Map<String, Object> event(String customer, String type, String occurredAt, Integer value) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("type", prefix + "_" + type);
        event.put("occurredAt", occurredAt);
        event.put("channel", "web");
        event.put("customer", Map.of("externalId", prefix + "-" + customer));
        if (value != null) {
            event.put("value", value);
            event.put("currency", "USD");
        }
        return event;
    }

    /**
     * a buys 2025-01-05 (100), 02-10 (50), 04-01 (20); b buys 01-20 (10), 01-25 (30), 03-03 (40);
     * c buys 02-01 (5) and visits 03-15; d first bought on 2024-12-31 (acquired before the window)
     * and again 01-10; e only visits. Cohorts from 2025-01-01 to 03-01, observed until 05-01:
     * January = {a, b}: month 0 both, month 1 a, month 2 b, month 3 a; February = {c}: month 0 only.
     */
    private void sendPurchases() {
        List<Map<String, Object>> events = new ArrayList<>();
        events.add(event("a", "buy", "2025-01-05T10:00:00Z", 100));
        events.add(event("a", "buy", "2025-02-10T10:00:00Z", 50));
        events.add(event("a", "buy", "2025-04-01T10:00:00Z", 20));
        events.add(event("b", "buy", "2025-01-20T10:00:00Z", 10));
        events.add(event("b", "buy", "2025-01-25T10:00:00Z", 30));
        events.add(event("b", "buy", "2025-03-03T10:00:00Z", 40));
        events.add(event("c", "buy", "2025-02-01T00:00:00Z", 5));
        events.add(event("c", "visit", "2025-03-15T10:00:00Z", null));
        events.add(event("d", "buy", "2024-12-31T23:00:00Z", 7));
        events.add(event("d", "buy", "2025-01-10T10:00:00Z", 7));
        events.add(event("e", "visit", "2025-01-10T10:00:00Z", null));
        Api.Reply reply = api.post("/api/v1/events", HamsafarTest.ADMIN_KEY, Api.json(events));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.json().get("accepted").asLong()).as(reply.body()).isEqualTo(events.size());
    }

    private JsonNode query(Map<String, Object> body) {
        Api.Reply reply = api.post(QUERY, HamsafarTest.ADMIN_KEY, Api.json(body));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    private Map<String, Object> body(Object... more) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("acquisitionEventType", prefix + "_buy");
        body.put("from", "2025-01-01");
        body.put("to", "2025-03-01");
        body.put("until", "2025-05-01");
        for (int i = 0; i < more.length; i += 2) {
            body.put((String) more[i], more[i + 1]);
        }
        return body;
    }

    private static List<Long> actives(JsonNode cohort) {
        List<Long> actives = new ArrayList<>();
        cohort.get("cells").forEach(cell -> actives.add(cell.get("activeCustomers").asLong()));
        return actives;
    }

    @Test
    void monthlyRetentionCountsEachCohortsActiveCustomersPerMonth() {
        sendPurchases();

        JsonNode matrix = query(body());

        JsonNode cohorts = matrix.get("cohorts");
        assertThat(cohorts).hasSize(2);
        assertThat(cohorts.get(0).get("label").asString()).isEqualTo("2025-01");
        assertThat(cohorts.get(0).get("customers").asLong()).isEqualTo(2);
        assertThat(actives(cohorts.get(0))).containsExactly(2L, 1L, 1L, 1L);
        assertThat(cohorts.get(0).get("cells").get(1).get("retention").asDouble()).isEqualTo(0.5);
        assertThat(cohorts.get(0).get("cells").get(1).get("value").asDouble()).isEqualTo(0.5);
        assertThat(cohorts.get(1).get("label").asString()).isEqualTo("2025-02");
        assertThat(cohorts.get(1).get("customers").asLong()).isEqualTo(1);
        assertThat(actives(cohorts.get(1))).containsExactly(1L, 0L, 0L);
        assertThat(matrix.get("customers").asLong()).isEqualTo(3);
        assertThat(matrix.get("periods").asInt()).isEqualTo(4);
        // Month 1 over both cohorts: (1 + 0) / (2 + 1); month 3 only January was observed: 1 / 2.
        assertThat(matrix.get("average").get(1).get("retention").asDouble()).isEqualTo(1.0 / 3);
        assertThat(matrix.get("average").get(3).get("cohortCustomers").asLong()).isEqualTo(2);
    }

    @Test
    void aSegmentKeepsOnlyTheCustomersWhoCarryItsTag() {
        sendPurchases();
        long a = api.get("/api/v1/customers?q=" + prefix + "-a", HamsafarTest.ADMIN_KEY).json().get("items").get(0).get("id").asLong();
        Api.Reply tagged = api.send("/api/v1/customers/" + a + "/tags/" + prefix, HamsafarTest.ADMIN_KEY, "PUT", null, new byte[0]);
        assertThat(tagged.status()).as(tagged.body()).isLessThan(300);

        JsonNode matrix = query(body("segment", prefix));

        // Only a: January's cohort is {a}, active in months 0, 1 and 3; February's ({c}) has no one left.
        JsonNode january = matrix.get("cohorts").get(0);
        assertThat(january.get("label").asString()).isEqualTo("2025-01");
        assertThat(january.get("customers").asLong()).isEqualTo(1);
        assertThat(actives(january)).containsExactly(1L, 1L, 0L, 1L);
        assertThat(matrix.get("customers").asLong()).isEqualTo(1);
        Api.Reply bad = api.post(QUERY, HamsafarTest.ADMIN_KEY, Api.json(body("segment", "Not A Tag")));
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.json().get("errors").get(0).get("field").asString()).isEqualTo("segment");
    }

    @Test
    void activityMayBeOtherEventsAndRevenueIsPerAcquiredCustomer() {
        sendPurchases();

        JsonNode visits = query(body("activityEventTypes", List.of(prefix + "_buy", prefix + "_visit")));
        JsonNode revenue = query(body("metric", "revenue"));

        assertThat(actives(visits.get("cohorts").get(1))).containsExactly(1L, 1L, 0L);
        JsonNode january = revenue.get("cohorts").get(0).get("cells").get(0);
        // a 100 + b 10 + 30 in January, over 2 customers.
        assertThat(january.get("revenue").decimalValue()).isEqualByComparingTo("140");
        assertThat(january.get("value").asDouble()).isEqualTo(70.0);
    }

    @Test
    void weeksRunFromMondayAndARunningPeriodIsIncomplete() {
        sendPurchases();

        // 2025-01-05 is a Sunday (week of Monday 2024-12-30); 2025-01-20 a Monday.
        JsonNode matrix = query(body("period", "week", "from", "2025-01-01", "to", "2025-01-21", "until", "2025-01-22T12:00:00Z"));

        JsonNode cohorts = matrix.get("cohorts");
        assertThat(cohorts).extracting(c -> c.get("label").asString()).containsExactly("2024-12-30", "2025-01-20");
        // a: acquired in the week of 12-30; the week of 01-20 is its week 3, in which it bought nothing.
        assertThat(actives(cohorts.get(0))).containsExactly(1L, 0L, 0L, 0L);
        JsonNode last = cohorts.get(1).get("cells").get(0);
        assertThat(last.get("complete").asBoolean()).isFalse();
        assertThat(cohorts.get(0).get("cells").get(2).get("complete").asBoolean()).isTrue();
    }

    @Test
    void badFieldsAreNamed() {
        Api.Reply reply = api.post(QUERY, HamsafarTest.ADMIN_KEY, Api.json(Map.of("period", "year", "activityEventTypes", List.of("Bad Type"),
                "from", "2025-13-01", "colour", "red")));

        assertThat(reply.status()).as(reply.body()).isEqualTo(422);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        List<String> fields = new ArrayList<>();
        reply.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
        assertThat(fields).containsExactlyInAnyOrder("period", "activityEventTypes[0]", "from", "colour");
        Api.Reply order = api.post(QUERY, HamsafarTest.ADMIN_KEY, Api.json(body("from", "2025-03-01", "to", "2025-01-01")));
        assertThat(order.status()).isEqualTo(422);
        Api.Reply tooMany = api.post(QUERY, HamsafarTest.ADMIN_KEY, Api.json(body("period", "week", "from", "2020-01-01")));
        assertThat(tooMany.status()).as(tooMany.body()).isEqualTo(422);
        assertThat(tooMany.json().get("errors").get(0).get("field").asString()).isEqualTo("from");
    }

    @Test
    void aReadKeyMayQuery() {
        Api.Reply key = api.post("/api/v1/api-keys", HamsafarTest.ADMIN_KEY,
                Api.json(Map.of("name", prefix + " reader", "scopes", List.of("read"))));
        assertThat(key.status()).as(key.body()).isEqualTo(201);

        Api.Reply reply = api.post(QUERY, key.json().get("secret").asString(), Api.json(body()));

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.json().get("cohorts")).isEmpty();
    }

    @Test
    void thePageShowsTheMatrixInPersian() {
        sendPurchases();
        Api.Reply user = api.post("/api/v1/users", HamsafarTest.ADMIN_KEY, Api.json(Map.of("username", prefix + "-viewer",
                "displayName", "viewer", "password", "a-long-password", "role", "viewer", "language", "fa")));
        assertThat(user.status()).as(user.body()).isEqualTo(201);
        Browserless browser = new Browserless(port);
        assertThat(browser.signIn(prefix + "-viewer", "a-long-password").status()).isEqualTo(302);

        String page = browser.get("/analytics/cohorts?acquisition=" + prefix + "_buy&cohorts=24").body();

        assertThat(page).contains("<html lang=\"fa\" dir=\"rtl\"").contains("کوهورت‌ها").contains("id=\"cohortMatrix\"");
        // January 2025: a and b in month 0, a in month 1; d alone in December 2024 (its first purchase).
        assertThat(page).containsPattern("data-cohort=\"2025-01\"[\\s\\S]*?data-active=\"2\"[\\s\\S]*?data-active=\"1\"");
        assertThat(page).contains("data-cohort=\"2024-12\"").contains("data-cohort=\"2025-02\"");

        // The same page for a segment holding b alone: January has one customer, and d's December cohort is gone.
        long b = api.get("/api/v1/customers?q=" + prefix + "-b", HamsafarTest.ADMIN_KEY).json().get("items").get(0).get("id").asLong();
        api.send("/api/v1/customers/" + b + "/tags/" + prefix, HamsafarTest.ADMIN_KEY, "PUT", null, new byte[0]);
        String segment = browser.get("/analytics/cohorts?acquisition=" + prefix + "_buy&cohorts=24&segment=" + prefix).body();
        assertThat(segment).containsPattern("id=\"segment\"[^>]*value=\"" + prefix + "\"")
                .containsPattern("data-cohort=\"2025-01\"[\\s\\S]*?data-active=\"1\"").doesNotContain("data-cohort=\"2024-12\"");
    }
}
