package org.hamsafar.analytics.experiments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

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
class ExperimentApiTest {
    private static final String BASE = "/api/v1/analytics/experiments/";
    @LocalServerPort
    int port;
    Api api;
    String prefix;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        prefix = "x" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    private String readKey() {
        Api.Reply reply = api.post("/api/v1/api-keys", HamsafarTest.ADMIN_KEY, Api.json(Map.of("name", prefix, "scopes", List.of("read"))));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json().get("secret").asString();
    }

    @Test
    void aReadKeyComparesTwoProportions() {
        // 200/1000 vs 250/1000: z = 2.67740, two-sided p = 0.0074196 (worked out in ExperimentStatisticsTest).
        Api.Reply reply = api.post(BASE + "proportions", readKey(), """
                {"variants": [{"name": "A", "visitors": 1000, "conversions": 200}, {"name": "B", "visitors": 1000, "conversions": 250}]}""");

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonNode body = reply.json();
        assertThat(body.get("control").asString()).isEqualTo("A");
        assertThat(body.at("/variants/1/rate").asDouble()).isEqualTo(0.25);
        assertThat(body.at("/variants/0/interval/low").asDouble()).isCloseTo(0.176377, within(1e-6));
        assertThat(body.at("/comparisons/0/z").asDouble()).isCloseTo(2.67740, within(1e-5));
        assertThat(body.at("/comparisons/0/pValue").asDouble()).isCloseTo(0.0074196, within(1e-7));
        assertThat(body.at("/comparisons/0/significant").asBoolean()).isTrue();
        assertThat(body.at("/comparisons/0/pValueHolm").isNull()).isTrue();
        assertThat(body.get("chiSquare").isNull()).isTrue();
        assertThat(body.at("/srm/mismatch").asBoolean()).isFalse();
        assertThat(body.get("alternative").asString()).isEqualTo("two-sided");
    }

    @Test
    void meansSampleSizeAndRatioCheckAnswer() {
        // Student's sleep data as raw values: Welch t = 1.8608 for drug 2 minus drug 1, df 17.776, p 0.07939.
        Api.Reply means = api.post(BASE + "means", HamsafarTest.ADMIN_KEY, """
                {"variants": [{"name": "drug1", "values": [0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0]},
                              {"name": "drug2", "values": [1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4]}]}""");
        // 10% to 12% at alpha 0.05 and power 0.8: 3,841 per group.
        Api.Reply size = api.post(BASE + "sample-size", HamsafarTest.ADMIN_KEY, """
                {"baselineRate": 0.10, "minimumDetectableEffect": 0.2, "effectType": "relative"}""");
        Api.Reply power = api.post(BASE + "sample-size", HamsafarTest.ADMIN_KEY, """
                {"baselineRate": 0.10, "minimumDetectableEffect": 0.02, "visitorsPerVariant": 3841}""");
        // 50,800 vs 49,200 of an even split: chi2 = 25.6, flagged.
        Api.Reply srm = api.post(BASE + "srm", HamsafarTest.ADMIN_KEY, """
                {"variants": [{"name": "A", "visitors": 50800}, {"name": "B", "visitors": 49200}]}""");

        assertThat(means.status()).as(means.body()).isEqualTo(200);
        assertThat(means.json().at("/comparisons/0/t").asDouble()).isCloseTo(1.8608, within(1e-4));
        assertThat(means.json().at("/comparisons/0/df").asDouble()).isCloseTo(17.776, within(1e-3));
        assertThat(means.json().at("/comparisons/0/pValue").asDouble()).isCloseTo(0.07939, within(1e-5));
        assertThat(means.json().at("/variants/0/mean").asDouble()).isCloseTo(0.75, within(1e-12));
        assertThat(size.status()).as(size.body()).isEqualTo(200);
        assertThat(size.json().get("controlVisitors").asLong()).isEqualTo(3841);
        assertThat(size.json().get("totalVisitors").asLong()).isEqualTo(7682);
        assertThat(size.json().get("targetRate").asDouble()).isCloseTo(0.12, within(1e-12));
        assertThat(power.json().get("mode").asString()).isEqualTo("power");
        assertThat(power.json().get("achievedPower").asDouble()).isCloseTo(0.80002, within(1e-5));
        assertThat(power.json().at("/detectable/absoluteEffect").asDouble()).isCloseTo(0.02, within(1e-5));
        assertThat(srm.json().get("chiSquare").asDouble()).isCloseTo(25.6, within(1e-9));
        assertThat(srm.json().get("mismatch").asBoolean()).isTrue();
    }

    @Test
    void badInputIsNamedFieldByField() {
        Api.Reply reply = api.post(BASE + "proportions", HamsafarTest.ADMIN_KEY, """
                {"variants": [{"name": "A", "visitors": 10, "conversions": 20}, {"name": "A", "visitors": 0, "conversions": 1}],
                 "confidence": 1.5, "alternative": "sideways", "extra": 1}""");
        Api.Reply size = api.post(BASE + "sample-size", HamsafarTest.ADMIN_KEY, """
                {"baselineRate": 0.95, "minimumDetectableEffect": 0.1}""");

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        List<String> fields = new ArrayList<>();
        reply.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
        assertThat(fields).contains("variants[0].conversions", "variants[1].visitors", "confidence", "alternative", "extra");
        assertThat(size.status()).isEqualTo(422);
        assertThat(size.json().at("/errors/0/field").asString()).isEqualTo("minimumDetectableEffect");
    }

    private Map<String, Object> event(String customer, String type, String at, Map<String, Object> properties, Integer value) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("type", prefix + "_" + type);
        event.put("occurredAt", at);
        event.put("channel", "web");
        event.put("customer", Map.of("externalId", prefix + "-" + customer));
        if (properties != null) {
            event.put("properties", properties);
        }
        if (value != null) {
            event.put("value", value);
            event.put("currency", "IRR");
        }
        return event;
    }

    private Map<String, Object> seen(String customer, String at, String variant) {
        return event(customer, "seen", at, variant == null ? Map.of("experiment", "exp1") : Map.of("experiment", "exp1", "variant", variant), null);
    }

    private Map<String, Object> buy(String customer, String at, int value) {
        return event(customer, "buy", at, null, value);
    }

    /**
     * The week of 2026-03-01 (UTC), window 2 days. A: a1 buys an hour after (100); a2 buys 3 days after (too late);
     * a3 never buys; a4 bought an hour BEFORE being exposed (not a conversion). B: b1 buys twice (50 + 30);
     * b2 buys a day after (200); b3 sees B, then A (a crossover, stays in B) and buys (10).
     * Left out: x1's exposure has no variant; x2's belongs to another experiment; x3 is seen exactly at `to`;
     * x4 before `from`. So A: 4 visitors, 1 conversion, values 100, 0, 0, 0; B: 3 visitors, 3 conversions, 80, 200, 10.
     */
    private void sendTheExperiment() {
        List<Map<String, Object>> events = List.of(
                seen("a1", "2026-03-02T10:00:00Z", "A"), buy("a1", "2026-03-02T11:00:00Z", 100),
                seen("a2", "2026-03-02T10:00:00Z", "A"), buy("a2", "2026-03-05T10:00:00Z", 70),
                seen("a3", "2026-03-03T10:00:00Z", "A"),
                buy("a4", "2026-03-03T09:00:00Z", 40), seen("a4", "2026-03-03T10:00:00Z", "A"),
                seen("b1", "2026-03-02T10:00:00Z", "B"), buy("b1", "2026-03-02T11:00:00Z", 50), buy("b1", "2026-03-02T12:00:00Z", 30),
                seen("b2", "2026-03-04T10:00:00Z", "B"), buy("b2", "2026-03-05T10:00:00Z", 200),
                seen("b3", "2026-03-04T10:00:00Z", "B"), seen("b3", "2026-03-05T10:00:00Z", "A"), buy("b3", "2026-03-04T11:00:00Z", 10),
                seen("x1", "2026-03-04T10:00:00Z", null),
                event("x2", "seen", "2026-03-04T10:00:00Z", Map.of("experiment", "other", "variant", "A"), null),
                seen("x3", "2026-03-08T00:00:00Z", "B"),
                seen("x4", "2026-02-28T10:00:00Z", "B"));
        Api.Reply reply = api.post("/api/v1/events", HamsafarTest.ADMIN_KEY, Api.json(events));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.json().get("accepted").asLong()).as(reply.body()).isEqualTo(events.size());
    }

    private Map<String, Object> analysis(String metric) {
        return new LinkedHashMap<>(Map.of("exposureEventType", prefix + "_seen", "conversionEventType", prefix + "_buy",
                "experiment", "exp1", "window", "2d", "from", "2026-03-01T00:00:00Z", "to", "2026-03-08T00:00:00Z", "metric", metric));
    }

    private String analyze(String metric) {
        return Api.json(analysis(metric));
    }

    @Test
    void anExperimentIsReadFromTheEvents() {
        sendTheExperiment();

        Api.Reply conversion = api.post(BASE + "analyze", HamsafarTest.ADMIN_KEY, analyze("conversion"));
        Api.Reply value = api.post(BASE + "analyze", HamsafarTest.ADMIN_KEY, analyze("value"));

        assertThat(conversion.status()).as(conversion.body()).isEqualTo(200);
        JsonNode body = conversion.json();
        assertThat(body.at("/variants/0/name").asString()).isEqualTo("A");
        assertThat(body.at("/variants/0/visitors").asLong()).isEqualTo(4);
        assertThat(body.at("/variants/0/conversions").asLong()).isEqualTo(1);
        assertThat(body.at("/variants/0/meanValue").asDouble()).isCloseTo(25, within(1e-9));
        assertThat(body.at("/variants/1/visitors").asLong()).isEqualTo(3);
        assertThat(body.at("/variants/1/conversions").asLong()).isEqualTo(3);
        assertThat(body.at("/variants/1/crossovers").asLong()).isEqualTo(1);
        assertThat(body.get("exposuresWithoutVariant").asLong()).isEqualTo(1);
        assertThat(body.at("/conversion/comparisons/0/difference").asDouble()).isCloseTo(0.75, within(1e-12));
        assertThat(body.get("window").asString()).isEqualTo("P2D");
        assertThat(body.get("value").isNull()).isTrue();
        // Values A 100, 0, 0, 0 (mean 25, sd 50) and B 80, 200, 10 (mean 96.667, sd 96.090):
        // se^2 = 2500/4 + 9233.33/3 = 3702.78, t = 71.667 / 60.851 = 1.17775, df = 3702.78^2 / (625^2/3 + 3077.78^2/2) = 2.8173.
        assertThat(value.status()).as(value.body()).isEqualTo(200);
        assertThat(value.json().at("/value/comparisons/0/t").asDouble()).isCloseTo(1.17775, within(1e-5));
        assertThat(value.json().at("/value/comparisons/0/df").asDouble()).isCloseTo(2.8173, within(1e-4));
        assertThat(value.json().at("/value/variants/1/sd").asDouble()).isCloseTo(96.0902, within(1e-4));
    }

    @Test
    void aSegmentKeepsItsCustomersExposures() {
        sendTheExperiment();
        for (String customer : List.of("a1", "a2", "b1")) {
            long id = api.get("/api/v1/customers?q=" + prefix + "-" + customer, HamsafarTest.ADMIN_KEY).json().at("/items/0/id").asLong();
            api.send("/api/v1/customers/" + id + "/tags/" + prefix, HamsafarTest.ADMIN_KEY, "PUT", null, new byte[0]);
        }
        Map<String, Object> body = analysis("conversion");
        body.put("segment", prefix);

        Api.Reply reply = api.post(BASE + "analyze", HamsafarTest.ADMIN_KEY, Api.json(body));

        // A: a1 (bought within the window) and a2 (too late); B: b1 (bought).
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.json().at("/variants/0/visitors").asLong()).isEqualTo(2);
        assertThat(reply.json().at("/variants/0/conversions").asLong()).isEqualTo(1);
        assertThat(reply.json().at("/variants/1/visitors").asLong()).isEqualTo(1);
        assertThat(reply.json().at("/variants/1/conversions").asLong()).isEqualTo(1);
    }

    @Test
    void anExperimentWithoutExposuresSaysSo() {
        Api.Reply reply = api.post(BASE + "analyze", HamsafarTest.ADMIN_KEY, analyze("conversion"));

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.json().at("/errors/0/field").asString()).isEqualTo("exposureEventType");
        assertThat(reply.json().at("/errors/0/message").asString()).contains("no customer had an exposure");
    }

    @Test
    void thePageShowsTheExperimentAndTheCalculatorsInPersian() {
        sendTheExperiment();
        Api.Reply user = api.post("/api/v1/users", HamsafarTest.ADMIN_KEY, Api.json(Map.of("username", prefix + "-viewer",
                "displayName", "viewer", "password", "a-long-password", "role", "viewer", "language", "fa")));
        assertThat(user.status()).as(user.body()).isEqualTo(201);
        Browserless browser = new Browserless(port);
        assertThat(browser.signIn(prefix + "-viewer", "a-long-password").status()).isEqualTo(302);

        Browserless.Page page = browser.get("/analytics/experiments?exposure=" + prefix + "_seen&conversion=" + prefix
                + "_buy&experiment=exp1&window=3d&days=365");

        assertThat(page.status()).isEqualTo(200);
        String html = page.body();
        assertThat(html).contains("<html lang=\"fa\" dir=\"rtl\"").contains("آزمایش‌ها").contains("id=\"navExperiments\"");
        // From the events over the last 365 days with a 3-day window: a2's purchase exactly 3 days after counts (A 2 of 4),
        // and x3 and x4, outside the API test's week, are B visitors without a purchase (B 3 of 5).
        assertThat(html).containsPattern("id=\"eventsResult\"[\\s\\S]*data-variant=\"A\" data-rate=\"0.5\"");
        assertThat(html).contains("data-variant=\"B\" data-rate=\"0.6\"");
        // The calculators with their defaults: 200/1000 against 250/1000, and 10% to 12%: 3,841 per group.
        assertThat(html).containsPattern("id=\"ratesResult\"[\\s\\S]*data-variant=\"B\" data-p=\"0.0074");
        assertThat(html).contains("data-control=\"3841\"").contains("۳٬۸۴۱");

        String refused = browser.get("/analytics/experiments?aVisitors=10&aConversions=20").body();
        // The refusal in the reader's language: A's 20 conversions cannot exceed its 10 visitors.
        assertThat(refused).contains("id=\"ratesProblem\"").contains("تبدیل‌های A")
                .contains("نمی‌تواند بیشتر از شمار بازدیدکنندگان (۱۰) باشد.").doesNotContain("must be at most visitors");
    }
}
