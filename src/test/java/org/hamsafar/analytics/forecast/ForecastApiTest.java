package org.hamsafar.analytics.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hamsafar.shared.time.PageDays;
import org.hamsafar.support.Api;
import org.hamsafar.support.HamsafarTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@Tag("store")
@HamsafarTest
class ForecastApiTest {
    private static final String FORECAST = "/api/v1/analytics/forecast";
    /** Events per weekday, Monday first: a clear weekly season. */
    private static final int[] WEEK = {6, 8, 10, 12, 14, 4, 2};
    private static final LocalDate FIRST = LocalDate.of(2025, 1, 6);
    private static final int DAYS = 42;
    /** The day whose count is spiked: a Thursday in the third week, before the backtest's windows (days 28 to 41). */
    private static final LocalDate SPIKE = FIRST.plusDays(17);
    @LocalServerPort
    int port;
    Api api;
    String type;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        type = "fc" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    /** Six weeks of daily events of a unique type at noon UTC (same local day in Tehran): the weekly pattern ±1, one day spiked to 40. */
    private void sendSixWeeks() {
        List<Map<String, Object>> events = new ArrayList<>();
        for (int d = 0; d < DAYS; d++) {
            LocalDate day = FIRST.plusDays(d);
            int count = day.equals(SPIKE) ? 40 : WEEK[d % 7] + (d % 3 == 0 ? 1 : d % 3 == 1 ? -1 : 0);
            for (int i = 0; i < count; i++) {
                Map<String, Object> event = new LinkedHashMap<>();
                event.put("type", type);
                event.put("occurredAt", day + "T12:" + String.format("%02d", i % 60) + ":00Z");
                event.put("channel", "web");
                event.put("customer", Map.of("externalId", type + "-" + (i % 5)));
                events.add(event);
            }
        }
        Api.Reply reply = api.post("/api/v1/events", HamsafarTest.ADMIN_KEY, Api.json(events));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    }

    private Api.Reply forecast(String key, Map<String, Object> body) {
        return api.post(FORECAST, key, Api.json(body));
    }

    private Map<String, Object> request() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("metric", Map.of("kind", "events", "eventType", type));
        body.put("granularity", "day");
        body.put("from", FIRST.toString());
        body.put("to", FIRST.plusDays(DAYS).toString());
        body.put("horizon", 7);
        return body;
    }

    @Test
    void forecastsTheWeeklyPatternBacktestsItAndFlagsTheSpike() {
        sendSixWeeks();
        String readKey = api.post("/api/v1/api-keys", HamsafarTest.ADMIN_KEY, Api.json(Map.of("name", type, "scopes", List.of("read"))))
                .json().get("secret").asString();

        Api.Reply reply = forecast(readKey, request());

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonNode body = reply.json();
        assertThat(body.get("model").get("seasonalPeriod").asInt()).isEqualTo(7);
        assertThat(body.get("history")).hasSize(DAYS);
        assertThat(body.get("history").get(0).get("period").asString()).isEqualTo("2025-01-06");
        assertThat(body.get("history").get(0).get("fitted").isNull()).isTrue();
        JsonNode forecast = body.get("forecast");
        assertThat(forecast).hasSize(7);
        assertThat(forecast.get(0).get("period").asString()).isEqualTo("2025-02-17");
        for (int h = 0; h < 7; h++) {
            JsonNode point = forecast.get(h);
            assertThat(point.get("value").asDouble()).as("day %d", h).isCloseTo(WEEK[h], within(2.5));
            assertThat(point.get("lower").asDouble()).isLessThan(point.get("value").asDouble());
            assertThat(point.get("upper").asDouble()).isGreaterThan(point.get("value").asDouble());
        }
        JsonNode backtest = body.get("backtest");
        assertThat(backtest.get("available").asBoolean()).as(backtest.toString()).isTrue();
        assertThat(backtest.get("origins").asInt()).isEqualTo(8);
        assertThat(backtest.get("errors").get("count").asInt()).isEqualTo(8 * 7);
        assertThat(backtest.get("errors").get("mae").asDouble()).isLessThan(4.0);
        assertThat(body.get("anomalies").findValuesAsString("period")).contains(SPIKE.toString());
    }

    @Test
    void tooShortASeriesForItsSeasonNamesTheMinimum() {
        sendSixWeeks();
        Map<String, Object> body = request();
        body.put("to", FIRST.plusDays(10).toString());
        body.put("seasonality", 7);

        Api.Reply reply = forecast(HamsafarTest.ADMIN_KEY, body);

        assertThat(reply.status()).as(reply.body()).isEqualTo(422);
        JsonNode error = reply.json().get("errors").get(0);
        assertThat(error.get("field").asString()).isEqualTo("from");
        assertThat(error.get("message").asString()).contains("at least 15");
    }

    @Test
    void badFieldsAreNamedTogether() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("metric", Map.of("kind", "nps", "eventType", "purchase"));
        body.put("granularity", "month");
        body.put("horizon", 0);
        body.put("model", "quadratic");
        body.put("to", "2999-01-01");

        Api.Reply reply = forecast(HamsafarTest.ADMIN_KEY, body);

        assertThat(reply.status()).as(reply.body()).isEqualTo(422);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().get("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("metric.eventType", "granularity", "horizon", "model", "to");
    }

    @Test
    void aSegmentKeepsTheEventsOfItsCustomers() {
        sendSixWeeks();
        for (int i = 0; i < 5; i++) {
            long id = api.get("/api/v1/customers?q=" + type + "-" + i, HamsafarTest.ADMIN_KEY).json().at("/items/0/id").asLong();
            api.send("/api/v1/customers/" + id + "/tags/" + type, HamsafarTest.ADMIN_KEY, "PUT", null, new byte[0]);
        }
        Map<String, Object> everyone = request();
        Map<String, Object> segment = request();
        segment.put("metric", Map.of("kind", "events", "eventType", type, "segment", type));
        Map<String, Object> nobody = request();
        nobody.put("metric", Map.of("kind", "events", "eventType", type, "segment", type + "_none"));

        // Every event's customer carries the tag: the same history; a tag no one carries leaves nothing to forecast.
        JsonNode all = forecast(HamsafarTest.ADMIN_KEY, everyone).json();
        Api.Reply tagged = forecast(HamsafarTest.ADMIN_KEY, segment);
        assertThat(tagged.status()).as(tagged.body()).isEqualTo(200);
        List<String> values = tagged.json().get("history").findValuesAsString("value");
        assertThat(values).hasSize(DAYS).contains("40.0").isEqualTo(all.get("history").findValuesAsString("value"));
        Api.Reply none = forecast(HamsafarTest.ADMIN_KEY, nobody);
        assertThat(none.status()).isEqualTo(422);
        assertThat(none.json().at("/errors/0/message").asString()).startsWith("nothing to forecast");
    }

    @Test
    void anEventTypeWithoutEventsIsReportedNotForecastAsZero() {
        Map<String, Object> body = request();
        body.put("metric", Map.of("kind", "events", "eventType", type + "_none"));

        Api.Reply reply = forecast(HamsafarTest.ADMIN_KEY, body);

        assertThat(reply.status()).as(reply.body()).isEqualTo(422);
        assertThat(reply.json().get("errors").get(0).get("field").asString()).isEqualTo("metric.eventType");
    }

    @Test
    void thePageDrawsTheForecastInPersianAndExplainsARefusal() {
        sendSixWeeks();
        Api.Reply user = api.post("/api/v1/users", HamsafarTest.ADMIN_KEY, Api.json(Map.of("username", type, "displayName", "viewer",
                "password", "a-long-password", "role", "viewer", "language", "fa")));
        assertThat(user.status()).as(user.body()).isEqualTo(201);
        org.hamsafar.support.Browserless browser = new org.hamsafar.support.Browserless(port);
        assertThat(browser.signIn(type, "a-long-password").status()).isEqualTo(302);

        List<Map<String, Object>> recent = new ArrayList<>();
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Tehran"));
        for (int d = 1; d <= 35; d++) {
            LocalDate day = today.minusDays(d);
            for (int i = 0; i < WEEK[day.getDayOfWeek().getValue() - 1]; i++) {
                recent.add(Map.of("type", type + "_recent", "occurredAt", day.atTime(12, i).atZone(java.time.ZoneId.of("Asia/Tehran"))
                        .toOffsetDateTime().toString(), "channel", "app", "customer", Map.of("externalId", type + "-r" + i)));
            }
        }
        assertThat(api.post("/api/v1/events", HamsafarTest.ADMIN_KEY, Api.json(recent)).status()).isEqualTo(200);

        String page = browser.get("/analytics/forecast?kind=events&eventType=" + type + "_recent&granularity=day&horizon=7").body();

        assertThat(page).contains("<html lang=\"fa\" dir=\"rtl\"").contains("id=\"forecastChart\"").contains("هولت-وینترز جمعی");
        assertThat(page).contains(PageDays.show(today.minusDays(1), true));

        // Refusals are explained in the reader's language, with the form's name of the field.
        String refused = browser.get("/analytics/forecast?kind=nps&eventType=x").body();
        assertThat(refused).contains("نوع رویداد").contains("برای این معیار کاربرد ندارد.").doesNotContain("applies only to");
        String tooShort = browser.get("/analytics/forecast?kind=events&eventType=" + type + "_recent&granularity=day&seasonality=30").body();
        assertThat(tooShort).contains("دوره‌های هفتگی یا مدل بی‌فصل").containsPattern("دست‌کم ۶۱ دوره");
        String empty = browser.get("/analytics/forecast?kind=events&eventType=" + type + "_none").body();
        assertThat(empty).contains("چیزی برای پیش‌بینی نیست");
        assertThat(browser.get("/analytics/forecast").body()).contains("id=\"forecastForm\"").doesNotContain("forecastChart");
    }
}
