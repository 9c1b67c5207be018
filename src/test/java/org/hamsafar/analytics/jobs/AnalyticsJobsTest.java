package org.hamsafar.analytics.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.hamsafar.support.Api;
import org.hamsafar.support.HamsafarTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.config.ScheduledTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;
import org.springframework.scheduling.support.CronTrigger;
import org.springframework.scheduling.support.SimpleTriggerContext;
import tools.jackson.databind.JsonNode;

@Tag("store")
@HamsafarTest
class AnalyticsJobsTest {
    private static final String KEY = HamsafarTest.ADMIN_KEY;
    @LocalServerPort
    int port;
    @Autowired
    AnalyticsJobs jobs;
    @Autowired
    CustomerScores scores;
    @Autowired
    List<ScheduledTaskHolder> holders;
    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    private JsonNode awaitDone(JsonNode queued) {
        AnalyticsJob job = jobs.await(queued.get("id").asLong(), Duration.ofSeconds(30));
        assertThat(job.state().finished()).as("job finished").isTrue();
        return api.get("/api/v1/analytics/jobs/" + job.id(), KEY).json();
    }

    @Test
    void aQueuedJobRunsAndStoresItsResultWithItsModelVersion() {
        Api.Reply queued = api.post("/api/v1/analytics/jobs", KEY, "{\"kind\": \"test-sum\", \"parameters\": {\"n\": 100}}");

        assertThat(queued.status()).isEqualTo(202);
        assertThat(queued.header("Location")).isEqualTo("/api/v1/analytics/jobs/" + queued.json().get("id").asLong());
        JsonNode done = awaitDone(queued.json());
        assertThat(done.get("state").asString()).isEqualTo("succeeded");
        assertThat(done.get("result").get("sum").asLong()).isEqualTo(5050); // 100 x 101 / 2
        assertThat(done.get("progress").asDouble()).isEqualTo(1.0);
        assertThat(done.get("modelVersion").asString()).isEqualTo("sum-1");
        assertThat(done.get("parameters").get("fail").asBoolean()).isFalse(); // defaults filled in
        JsonNode audit = api.get("/api/v1/audit?action=analytics.job.submit", KEY).json().get("items");
        assertThat(audit.valueStream().map(e -> e.get("target").asString() + " " + e.get("detail").asString()).toList())
                .contains("analytics_job:" + done.get("id").asLong() + " test-sum");
        JsonNode latest = api.get("/api/v1/analytics/test-sum/latest", KEY).json();
        assertThat(latest.get("id").asLong()).isGreaterThanOrEqualTo(done.get("id").asLong());
    }

    @Test
    void aJobThatCannotAnswerFailsWithItsReasonAndIsNotTheLatestResult() {
        api.post("/api/v1/analytics/jobs", KEY, "{\"kind\": \"test-sum\", \"parameters\": {\"n\": 3}}");
        JsonNode failed = awaitDone(api.post("/api/v1/analytics/jobs", KEY, "{\"kind\": \"test-sum\", \"parameters\": {\"fail\": true}}").json());

        assertThat(failed.get("state").asString()).isEqualTo("failed");
        assertThat(failed.get("error").asString()).isEqualTo("too little data: at least 2 customers are needed, found 1");
        assertThat(failed.get("result").isNull()).isTrue();
        JsonNode latest = api.get("/api/v1/analytics/test-sum/latest", KEY).json();
        assertThat(latest.get("state").asString()).isEqualTo("succeeded");
        assertThat(latest.get("id").asLong()).isLessThan(failed.get("id").asLong());
    }

    @Test
    void badRequestsNameTheField() {
        Api.Reply unknown = api.post("/api/v1/analytics/jobs", KEY, "{\"kind\": \"horoscope\"}");
        Api.Reply badParameter = api.post("/api/v1/analytics/jobs", KEY, "{\"kind\": \"test-sum\", \"parameters\": {\"n\": -4}}");
        Api.Reply notAnObject = api.post("/api/v1/analytics/jobs", KEY, "{\"kind\": \"test-sum\", \"parameters\": [1]}");
        Api.Reply missing = api.get("/api/v1/analytics/jobs/987654321", KEY);

        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.json().get("errors").get(0).get("field").asString()).isEqualTo("kind");
        assertThat(unknown.json().get("errors").get(0).get("message").asString()).contains("test-sum");
        assertThat(badParameter.status()).isEqualTo(422);
        assertThat(badParameter.json().get("errors").get(0).get("field").asString()).isEqualTo("parameters.n");
        assertThat(notAnObject.status()).isEqualTo(422);
        assertThat(notAnObject.json().get("errors").get(0).get("field").asString()).isEqualTo("parameters");
        assertThat(missing.status()).isEqualTo(404);
    }

    @Test
    void aJobReplacesTheScoresOfItsKind() {
        awaitDone(api.post("/api/v1/analytics/jobs", KEY, "{\"kind\": \"test-sum\", \"parameters\": {\"n\": 4, \"scoreCustomer\": 424242}}").json());
        awaitDone(api.post("/api/v1/analytics/jobs", KEY, "{\"kind\": \"test-sum\", \"parameters\": {\"n\": 5, \"scoreCustomer\": 434343}}").json());

        assertThat(scores.of(424242)).isEmpty();
        assertThat(scores.of(434343)).singleElement().satisfies(s -> {
            assertThat(s.kind()).isEqualTo("test-sum");
            assertThat(s.score()).isEqualTo(15.0);
            assertThat(s.label()).isEqualTo("summed");
            assertThat(s.detail().get("n").asInt()).isEqualTo(5);
        });
        assertThat(scores.labelCounts("test-sum")).containsExactly(new CustomerScores.LabelCount("summed", 1));
    }

    @Test
    void scoresAreShownExportedAndErasedWithTheCustomer() {
        String externalId = "scored-" + java.util.UUID.randomUUID();
        Api.Reply created = api.send("/api/v1/customers", KEY, "PUT", "application/json",
                Api.json(java.util.Map.of("identities", java.util.Map.of("externalId", externalId))).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        long id = created.json().get("id").asLong();
        awaitDone(api.post("/api/v1/analytics/jobs", KEY, "{\"kind\": \"test-sum\", \"parameters\": {\"n\": 3, \"scoreCustomer\": " + id + "}}").json());

        JsonNode prediction = api.get("/api/v1/customers/" + id, KEY).json().get("facts").get("predictions").get(0);
        JsonNode exported = api.get("/api/v1/customers/" + id + "/export", KEY).json().get("predictions").get(0);
        int erased = api.delete("/api/v1/customers/" + id + "?mode=anonymize", KEY).status();

        assertThat(prediction.get("model").asString()).isEqualTo("test-sum");
        assertThat(prediction.get("score").asDouble()).isEqualTo(6.0); // 1 + 2 + 3
        assertThat(prediction.get("label").asString()).isEqualTo("summed");
        assertThat(exported.get("detail").get("n").asInt()).isEqualTo(3);
        assertThat(erased).isEqualTo(204);
        assertThat(scores.of(id)).isEmpty();
        assertThat(api.get("/api/v1/customers/" + id, KEY).json().get("facts").has("predictions")).isFalse();
    }

    @Test
    void schedulesRunOnTheDisplayTimeZonesClock() {
        // application.properties: goals at 05:00 every Monday, which is Tehran's morning, not the server's.
        CronTrigger goals = holders.stream().flatMap(holder -> holder.getScheduledTasks().stream())
                .map(ScheduledTask::getTask).filter(CronTask.class::isInstance).map(task -> (CronTask) task)
                .filter(task -> task.getExpression().equals("0 0 5 * * MON")).map(task -> (CronTrigger) task.getTrigger())
                .findFirst().orElseThrow();

        // From Monday 2026-11-23 00:00 UTC the next run is 05:00 in Tehran (UTC+03:30, no summer time), 01:30 UTC.
        Instant next = goals.nextExecution(new SimpleTriggerContext(Clock.fixed(Instant.parse("2026-11-23T00:00:00Z"), ZoneOffset.UTC)));
        assertThat(next).isEqualTo(Instant.parse("2026-11-23T01:30:00Z"));
    }
}
