package org.hamsafar.analytics.goals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hamsafar.shared.time.PageDays;
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
class GoalApiTest {
    private static final String GOALS = "/api/v1/analytics/goals";
    @LocalServerPort
    int port;
    Api api;
    String type;
    LocalDate today;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        type = "goal" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        today = LocalDate.now(ZoneId.of("Asia/Tehran"));
    }

    /** {@code count} events of the test's type two days ago, and 3 more 40 days ago (outside a 30-day window). */
    private void sendEvents(int count) {
        List<Map<String, Object>> events = new ArrayList<>();
        Instant recent = Instant.now().minus(2, ChronoUnit.DAYS);
        Instant old = Instant.now().minus(40, ChronoUnit.DAYS);
        for (int i = 0; i < count + 3; i++) {
            Map<String, Object> event = new LinkedHashMap<>();
            event.put("type", type);
            event.put("occurredAt", (i < count ? recent : old).plusSeconds(i).toString());
            event.put("channel", "web");
            event.put("customer", Map.of("externalId", type + "-" + i));
            events.add(event);
        }
        Api.Reply reply = api.post("/api/v1/events", HamsafarTest.ADMIN_KEY, Api.json(events));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    }

    /** Events of the type per 30 days from 5 (60 days ago) to 25 in 30 days' time. */
    private Map<String, Object> goal(double target) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", "More " + type);
        body.put("metric", Map.of("kind", "events", "eventType", type));
        body.put("windowDays", 30);
        body.put("baselineValue", 5);
        body.put("baselineDate", today.minusDays(60).toString());
        body.put("targetValue", target);
        body.put("dueDate", today.plusDays(30).toString());
        body.put("owner", "Support team");
        return body;
    }

    /*
     * 12 events in the last 30 days. Day 60 of 90: expected 5 + 20 · 60/90 = 18.33, so 12 is at risk;
     * progress (12 − 5)/(25 − 5) = 35 %. With the target lowered to 10 the goal is achieved.
     */
    @Test
    void aGoalIsMeasuredLiveRecordedAndJudgedAgainstItsStraightLine() {
        sendEvents(12);

        Api.Reply created = api.post(GOALS, HamsafarTest.ADMIN_KEY, Api.json(goal(25)));

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode body = created.json();
        long id = body.get("id").asLong();
        assertThat(created.header("Location")).endsWith(GOALS + "/" + id);
        assertThat(body.get("current").get("value").asDouble()).isEqualTo(12.0);
        assertThat(body.get("status").asString()).isEqualTo("at_risk");
        assertThat(body.get("progress").asDouble()).isCloseTo(35.0, within(1e-9));
        assertThat(body.get("expected").asDouble()).isCloseTo(5 + 20 * 60.0 / 90, within(1e-9));
        assertThat(body.get("owner").asString()).isEqualTo("Support team");

        Api.Reply measured = api.post(GOALS + "/" + id + "/measurements", HamsafarTest.ADMIN_KEY, "{}");
        assertThat(measured.status()).as(measured.body()).isEqualTo(201);
        JsonNode history = api.get(GOALS + "/" + id, HamsafarTest.ADMIN_KEY).json().get("history");
        assertThat(history).hasSize(1);
        assertThat(history.get(0).get("value").asDouble()).isEqualTo(12.0);
        assertThat(history.get(0).get("n").asLong()).isEqualTo(12);

        Api.Reply updated = api.send(GOALS + "/" + id, HamsafarTest.ADMIN_KEY, "PUT", "application/json",
                Api.json(goal(10)).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        assertThat(updated.json().get("status").asString()).isEqualTo("achieved");

        JsonNode listed = api.get(GOALS + "?limit=200", HamsafarTest.ADMIN_KEY).json().get("items");
        assertThat(listed.findValuesAsString("title")).contains("More " + type);

        assertThat(api.delete(GOALS + "/" + id, HamsafarTest.ADMIN_KEY).status()).isEqualTo(204);
        assertThat(api.get(GOALS + "/" + id, HamsafarTest.ADMIN_KEY).status()).isEqualTo(404);
    }

    @Test
    void aGoalMayMeasureOneSegment() {
        sendEvents(12);
        long first = api.get("/api/v1/customers?q=" + type + "-0", HamsafarTest.ADMIN_KEY).json().at("/items/0/id").asLong();
        api.send("/api/v1/customers/" + first + "/tags/" + type, HamsafarTest.ADMIN_KEY, "PUT", null, new byte[0]);
        Map<String, Object> body = goal(25);
        body.put("metric", Map.of("kind", "events", "eventType", type, "segment", type));

        Api.Reply created = api.post(GOALS, HamsafarTest.ADMIN_KEY, Api.json(body));

        // Of the 12 recent events only the tagged customer's one counts, and the segment is kept with the goal.
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("current").get("value").asDouble()).isEqualTo(1.0);
        long id = created.json().get("id").asLong();
        assertThat(api.get(GOALS + "/" + id, HamsafarTest.ADMIN_KEY).json().at("/metric/segment").asString()).isEqualTo(type);
        body.put("metric", Map.of("kind", "sentiment", "segment", "Not A Tag"));
        Api.Reply refused = api.post(GOALS, HamsafarTest.ADMIN_KEY, Api.json(body));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("errors").findValuesAsString("field")).contains("metric.segment");
        api.delete(GOALS + "/" + id, HamsafarTest.ADMIN_KEY);
    }

    @Test
    void badGoalsAreRefusedNamingEveryField() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("metric", Map.of("kind", "nps", "touchpoint", "Bad Key"));
        body.put("baselineValue", 12);
        body.put("targetValue", 140);
        body.put("baselineDate", "2026-03-31");
        body.put("dueDate", "2026-01-01");
        body.put("owner", "cx");
        body.put("colour", "red");

        Api.Reply reply = api.post(GOALS, HamsafarTest.ADMIN_KEY, Api.json(body));

        assertThat(reply.status()).as(reply.body()).isEqualTo(422);
        assertThat(reply.json().get("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("title", "metric.touchpoint", "targetValue", "dueDate", "colour");
    }

    @Test
    void theSameValueForBaselineAndTargetIsNoGoalAndAReadKeyMayNotCreate() {
        Map<String, Object> same = goal(5);
        Api.Reply reply = api.post(GOALS, HamsafarTest.ADMIN_KEY, Api.json(same));
        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.json().get("errors").get(0).get("field").asString()).isEqualTo("targetValue");

        String readKey = api.post("/api/v1/api-keys", HamsafarTest.ADMIN_KEY, Api.json(Map.of("name", type, "scopes", List.of("read"))))
                .json().get("secret").asString();
        assertThat(api.post(GOALS, readKey, Api.json(goal(25))).status()).isEqualTo(403);
        assertThat(api.get(GOALS, readKey).status()).isEqualTo(200);
    }

    /*
     * The page: an analyst in Persian creates a goal with Solar Hijri dates and Persian digits; the
     * list and the home page show it with its status in Persian; a viewer sees no edit buttons.
     */
    @Test
    void anAnalystSetsAGoalOnThePageInPersianAndTheHomePageShowsIt() {
        sendEvents(12);
        for (String[] user : new String[][] {{"analyst", "fa"}, {"viewer", "en"}}) {
            Api.Reply created = api.post("/api/v1/users", HamsafarTest.ADMIN_KEY, Api.json(Map.of("username", type + "-" + user[0],
                    "displayName", user[0], "password", "a-long-password", "role", user[0], "language", user[1])));
            assertThat(created.status()).as(created.body()).isEqualTo(201);
        }
        Browserless analyst = new Browserless(port);
        assertThat(analyst.signIn(type + "-analyst", "a-long-password").status()).isEqualTo(302);
        String jalaliBaseline = PageDays.show(today.minusDays(60), true);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("title", "رشد " + type);
        form.put("kind", "events");
        form.put("eventType", type);
        form.put("windowDays", "۳۰");
        form.put("baselineValue", "۵");
        form.put("baselineDate", jalaliBaseline);
        form.put("targetValue", "25");
        form.put("dueDate", today.plusDays(30).toString());
        form.put("owner", "تیم پشتیبانی");

        Browserless.Page saved = analyst.post("/analytics/goals", form, "/analytics/goals/new");
        String list = analyst.get("/analytics/goals").body();
        String home = analyst.get("/").body();

        assertThat(saved.status()).as(saved.body()).isEqualTo(302);
        assertThat(list).contains("<html lang=\"fa\" dir=\"rtl\"").contains("رشد " + type).contains("در خطر").contains(jalaliBaseline);
        assertThat(home).contains("id=\"homeGoals\"").contains("رشد " + type);

        Map<String, String> bad = new LinkedHashMap<>(form);
        bad.put("dueDate", "1300/13/40");
        Browserless.Page refused = analyst.post("/analytics/goals", bad, "/analytics/goals/new");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("مهلتی پس از تاریخ پایه بنویسید");

        Browserless viewer = new Browserless(port);
        assertThat(viewer.signIn(type + "-viewer", "a-long-password").status()).isEqualTo(302);
        String read = viewer.get("/analytics/goals").body();
        assertThat(read).contains("At risk").doesNotContain("goal-edit");
        assertThat(viewer.get("/analytics/goals/new").status()).isEqualTo(403);
    }
}
