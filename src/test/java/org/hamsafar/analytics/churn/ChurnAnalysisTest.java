package org.hamsafar.analytics.churn;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hamsafar.analytics.jobs.AnalyticsJob;
import org.hamsafar.analytics.jobs.AnalyticsJobs;
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
 * The churn training job end to end: features read from the store, the model trained and measured,
 * current customers scored with their factors, the risk API and the page; bad parameters and too
 * little data. Event types carry a prefix unique to this run, so only this test's customers count.
 */
@Tag("store")
@HamsafarTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChurnAnalysisTest {
    private static final String KEY = HamsafarTest.ADMIN_KEY;
    @LocalServerPort
    int port;
    @Autowired
    AnalyticsJobs jobs;
    Api api;
    String prefix;
    Instant cutoff;
    final List<Long> ids = new ArrayList<>();
    JsonNode trained;

    /**
     * 80 customers, cutoff 120 days ago, horizon 90 days. Even-numbered customers buy on the web
     * every 30 days for 300 days before the cutoff and twice after it (except every twentieth, who
     * stops at the cutoff); odd-numbered ones bought twice in the store 200-230 days before the
     * cutoff and called three times, and buy nothing after it (except every twentieth, who comes
     * back once). Churned: 36 odd + 4 even = 40 of 80. The 8 customers who act against their type
     * cannot be told apart: the best ranking puts all lapsed above all loyal customers, which wins
     * 36 x 36 pairs, ties 2 x (4 x 36) and loses 4 x 4 of the 40 x 40: AUC (1296 + 144) / 1600 = 0.9.
     */
    @BeforeAll
    void trainOnEightyCustomers() {
        api = new Api(port);
        prefix = "ch" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        cutoff = Instant.now().truncatedTo(ChronoUnit.DAYS).minus(Duration.ofDays(120));
        List<Map<String, Object>> events = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            ids.add(upsert(i));
            if (i % 2 == 0) {
                for (int k = 0; k < 10; k++) {
                    events.add(event(i, "buy", "web", cutoff.minus(Duration.ofDays(10 + 30L * k))));
                }
                if (i % 20 != 0) {
                    events.add(event(i, "buy", "web", cutoff.plus(Duration.ofDays(20))));
                    events.add(event(i, "buy", "web", cutoff.plus(Duration.ofDays(60))));
                }
            } else {
                events.add(event(i, "buy", "store", cutoff.minus(Duration.ofDays(200))));
                events.add(event(i, "buy", "store", cutoff.minus(Duration.ofDays(230))));
                for (int k = 0; k < 3; k++) {
                    events.add(event(i, "call", "phone", cutoff.minus(Duration.ofDays(130 + 10L * k))));
                }
                if (i % 20 == 1) {
                    events.add(event(i, "buy", "web", cutoff.plus(Duration.ofDays(30))));
                }
            }
        }
        for (int from = 0; from < events.size(); from += 400) {
            List<Map<String, Object>> batch = events.subList(from, Math.min(events.size(), from + 400));
            Api.Reply reply = api.post("/api/v1/events", KEY, Api.json(batch));
            assertThat(reply.status()).as(reply.body()).isEqualTo(200);
            assertThat(reply.json().get("accepted").asLong()).as(reply.body()).isEqualTo(batch.size());
        }
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("cutoff", cutoff.toString());
        parameters.put("activityTypes", List.of(prefix + "_buy"));
        parameters.put("contactTypes", List.of(prefix + "_call"));
        parameters.put("complaintTypes", List.of());
        trained = run(parameters);
    }

    @Test
    void trainingReportsCrossValidatedAndHoldoutAuc() {
        assertThat(trained.get("state").asString()).as(trained.toString()).isEqualTo("succeeded");
        JsonNode result = trained.get("result");
        assertThat(result.get("customers").asLong()).isEqualTo(80);
        assertThat(result.get("churned").asLong()).isEqualTo(40);
        assertThat(result.get("crossValidation").get("folds").asInt()).isEqualTo(5);
        // at most 0.9 (see above); recency, channels and contacts find most of it
        assertThat(result.get("crossValidation").get("aucMean").asDouble()).isBetween(0.8, 0.9);
        assertThat(result.get("crossValidation").get("aucSd").asDouble()).isGreaterThanOrEqualTo(0);
        assertThat(result.get("holdout").get("rows").asInt()).isEqualTo(16);
        assertThat(result.get("holdout").get("roc").size()).isGreaterThan(2);
        assertThat(result.get("cGrid").size()).isEqualTo(ChurnTraining.C_GRID.length);
        // no complaint types, no surveys, texts or cases for these customers: constant, dropped and named
        assertThat(names(result.get("droppedFeatures"))).contains("complaints", "nps_answered", "cases_opened");
        List<String> coefficients = new ArrayList<>();
        result.get("coefficients").forEach(c -> coefficients.add(c.get("feature").asString()));
        assertThat(coefficients).contains("recency_days", "channel_share:web", "contacts").doesNotContain("complaints");
        assertThat(result.get("scoring").get("customers").asLong()).isEqualTo(80);
        assertThat(trained.get("dataFrom").asString()).isNotBlank();
    }

    @Test
    void eachCurrentCustomerHasARiskWithThreeFactors() {
        // customer 2 kept buying after the cutoff; customer 3 stopped long ago
        JsonNode loyal = api.get("/api/v1/analytics/churn/customers/" + ids.get(2), KEY).json();
        JsonNode lapsed = api.get("/api/v1/analytics/churn/customers/" + ids.get(3), KEY).json();

        assertThat(lapsed.get("risk").asDouble()).isGreaterThan(loyal.get("risk").asDouble());
        assertThat(lapsed.get("risk").asDouble()).isGreaterThan(0.5);
        assertThat(lapsed.get("band").asString()).isEqualTo("high");
        assertThat(lapsed.get("factors").size()).isEqualTo(3);
        assertThat(lapsed.get("factors").get(0).get("contribution").isNumber()).isTrue();
        assertThat(lapsed.get("jobId").asLong()).isEqualTo(trained.get("id").asLong());
        assertThat(lapsed.get("cvAucMean").asDouble()).isEqualTo(trained.get("result").get("crossValidation").get("aucMean").asDouble());
        assertThat(api.get("/api/v1/analytics/churn/customers/987654321987", KEY).status()).isEqualTo(404);
    }

    @Test
    void aSegmentIsTrainedAndScoredAloneWithoutReplacingEveryonesRisks() {
        String tag = prefix + "_seg";
        ids.subList(0, 60).forEach(id -> api.send("/api/v1/customers/" + id + "/tags/" + tag, KEY, "PUT", null, new byte[0]));
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("cutoff", cutoff.toString());
        parameters.put("activityTypes", List.of(prefix + "_buy"));
        parameters.put("contactTypes", List.of(prefix + "_call"));
        parameters.put("complaintTypes", List.of());
        parameters.put("segment", tag);

        JsonNode job = run(parameters);

        assertThat(job.get("state").asString()).as(job.toString()).isEqualTo("succeeded");
        assertThat(job.get("result").get("customers").asLong()).isEqualTo(60);
        assertThat(job.get("result").get("scoring").get("customers").asLong()).isEqualTo(60);
        assertThat(job.get("result").get("segment").asString()).isEqualTo(tag);
        assertThat(job.get("result").get("scoresStored").asBoolean()).isFalse();
        // Everyone's risks are still those of the whole training.
        assertThat(api.get("/api/v1/analytics/churn/customers/" + ids.get(3), KEY).json().get("jobId").asLong())
                .isEqualTo(trained.get("id").asLong());
    }

    @Test
    void invalidParametersAreRefusedNamingTheField() {
        Api.Reply horizon = submit(Map.of("horizonDays", 0));
        Api.Reply future = submit(Map.of("cutoff", Instant.now().plus(Duration.ofDays(3)).toString()));
        Api.Reply c = submit(Map.of("c", -1));
        Api.Reply types = submit(Map.of("activityTypes", List.of()));
        Api.Reply unknown = submit(Map.of("horizon", 30));

        assertThat(field(horizon)).isEqualTo("parameters.horizonDays");
        assertThat(field(future)).isEqualTo("parameters.cutoff");
        assertThat(field(c)).isEqualTo("parameters.c");
        assertThat(field(types)).isEqualTo("parameters.activityTypes");
        assertThat(field(unknown)).isEqualTo("parameters.horizon");
    }

    @Test
    void tooFewCustomersFailsSayingTheMinimum() {
        JsonNode failed = run(Map.of("activityTypes", List.of(prefix + "_never"), "cutoff", cutoff.toString()));

        assertThat(failed.get("state").asString()).isEqualTo("failed");
        assertThat(failed.get("error").asString()).contains("too few customers", "at least 50", "10 of each");
    }

    @Test
    void thePageShowsTheTrainingAndTheCustomersAtRisk() {
        // Another test's training may have finished since; the page shows the latest.
        Browserless browser = new Browserless(port);
        assertThat(browser.signIn("admin", HamsafarTest.ADMIN_PASSWORD).status()).isEqualTo(302);
        browser.post("/preferences/language", Map.of("lang", "fa", "back", "/"), "/");
        String fa = browser.get("/analytics/churn").body();
        browser.post("/preferences/language", Map.of("lang", "en", "back", "/"), "/");
        Browserless.Page en = browser.get("/analytics/churn");

        assertThat(en.status()).isEqualTo(200);
        assertThat(en.body()).contains("id=\"cvAuc\"", "id=\"rocChart\"", "id=\"coefficientChart\"", "id=\"distributionChart\"",
                "Days since last activity", "href=\"/analytics/churn\"");
        assertThat(en.body()).containsPattern("data-customer=\"\\d+\"[\\s\\S]*?href=\"/customers/\\d+\"");
        assertThat(fa).contains("lang=\"fa\"", "dir=\"rtl\"", "خطر ریزش مشتری", "منحنی ROC بر داده‌های کنارگذاشته");
    }

    private JsonNode run(Map<String, Object> parameters) {
        Api.Reply queued = submit(parameters);
        assertThat(queued.status()).as(queued.body()).isEqualTo(202);
        AnalyticsJob job = jobs.await(queued.json().get("id").asLong(), Duration.ofSeconds(60));
        assertThat(job.state().finished()).as("job finished").isTrue();
        return api.get("/api/v1/analytics/jobs/" + job.id(), KEY).json();
    }

    private Api.Reply submit(Map<String, Object> parameters) {
        return api.post("/api/v1/analytics/jobs", KEY, Api.json(Map.of("kind", "churn", "parameters", parameters)));
    }

    private static String field(Api.Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(422);
        return reply.json().get("errors").get(0).get("field").asString();
    }

    private static List<String> names(JsonNode array) {
        List<String> names = new ArrayList<>();
        array.forEach(n -> names.add(n.asString()));
        return names;
    }

    private long upsert(int i) {
        Map<String, Object> body = Map.of("identities", Map.of("externalId", prefix + "-" + i),
                "attributes", Map.of("firstName", "Churn" + i, "gender", i % 3 == 0 ? "female" : "male", "birthYear", 1970 + i % 30,
                        "city", i % 4 == 0 ? "Tehran" : "Shiraz"));
        Api.Reply reply = api.send("/api/v1/customers", KEY, "PUT", "application/json",
                Api.json(body).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(reply.status()).as(reply.body()).isIn(200, 201);
        return reply.json().get("id").asLong();
    }

    private Map<String, Object> event(int customer, String type, String channel, Instant at) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("type", prefix + "_" + type);
        event.put("occurredAt", at.toString());
        event.put("channel", channel);
        event.put("customer", Map.of("externalId", prefix + "-" + customer));
        if (type.equals("buy")) {
            event.put("value", 100 + customer);
            event.put("currency", "IRR");
        }
        return event;
    }
}
