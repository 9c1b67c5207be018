package org.hamsafar.analytics.rfm;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hamsafar.analytics.jobs.AnalyticsJob;
import org.hamsafar.analytics.jobs.AnalyticsJobs;
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
class RfmJobTest {
    private static final String KEY = HamsafarTest.ADMIN_KEY;
    @LocalServerPort
    int port;
    @Autowired
    AnalyticsJobs jobs;
    @Autowired
    CustomerScores scores;
    Api api;
    String prefix;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        prefix = "r" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    private JsonNode run(String parameters) {
        Api.Reply queued = api.post("/api/v1/analytics/jobs", KEY, "{\"kind\": \"rfm\", \"parameters\": " + parameters + "}");
        assertThat(queued.status()).as(queued.body()).isEqualTo(202);
        AnalyticsJob job = jobs.await(queued.json().get("id").asLong(), Duration.ofSeconds(60));
        assertThat(job.state().finished()).isTrue();
        return api.get("/api/v1/analytics/jobs/" + job.id(), KEY).json();
    }

    /**
     * The ten customers of {@link RfmScoresTest} (there checked on an in-memory DuckDB), here through
     * the API on the test's store: customer i last bought on 2024-01-i, bought 1,1,1,1,1,1,2,2,3,4
     * times for 10 i each. Two each of lost, hibernating, about_to_sleep, loyal_customers, champions.
     */
    @Test
    void scoresAndNamesCustomersAndAnswersTheSegments() {
        int[] counts = {1, 1, 1, 1, 1, 1, 2, 2, 3, 4};
        List<Map<String, Object>> events = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            for (int k = 0; k < counts[i - 1]; k++) {
                Map<String, Object> event = new LinkedHashMap<>();
                event.put("type", prefix + "_buy");
                event.put("occurredAt", k == 0 ? "2024-01-%02dT12:00:00Z".formatted(i) : "2023-%02d-01T09:00:00Z".formatted(k));
                event.put("channel", "web");
                event.put("customer", Map.of("externalId", prefix + "-" + i));
                event.put("value", 10 * i);
                event.put("currency", "USD");
                events.add(event);
            }
        }
        Api.Reply sent = api.post("/api/v1/events", KEY, Api.json(events));
        assertThat(sent.json().get("accepted").asLong()).as(sent.body()).isEqualTo(events.size());

        JsonNode job = run("{\"purchaseTypes\": [\"" + prefix + "_buy\"], \"asOf\": \"2024-07-01T00:00:00Z\"}");

        assertThat(job.get("state").asString()).as(job.toString()).isEqualTo("succeeded");
        JsonNode result = job.get("result");
        assertThat(result.get("customers").asLong()).isEqualTo(10);
        Map<String, Long> sizes = new LinkedHashMap<>();
        result.get("segments").forEach(s -> sizes.put(s.get("segment").asString(), s.get("customers").asLong()));
        assertThat(sizes).containsEntry("lost", 2L).containsEntry("hibernating", 2L).containsEntry("about_to_sleep", 2L)
                .containsEntry("loyal_customers", 2L).containsEntry("champions", 2L).containsEntry("at_risk", 0L);
        JsonNode champions = result.get("segments").get(0);
        assertThat(champions.get("segment").asString()).isEqualTo("champions");
        assertThat(champions.get("totalValue").asDouble()).isEqualTo(670.0); // 3 x 90 + 4 x 100
        assertThat(scores.labelCounts("rfm")).extracting(CustomerScores.LabelCount::customers).containsOnly(2L);
        assertThat(scores.top("rfm", true, 1).get(0).score()).isEqualTo(555.0);

        JsonNode answer = api.get("/api/v1/analytics/rfm/segments", KEY).json();
        assertThat(answer.get("jobId").asLong()).isEqualTo(job.get("id").asLong());
        assertThat(answer.get("grid")).hasSize(25);
        Api.Reply user = api.post("/api/v1/users", KEY, Api.json(Map.of("username", prefix + "-viewer",
                "displayName", "viewer", "password", "a-long-password", "role", "viewer", "language", "en")));
        assertThat(user.status()).as(user.body()).isEqualTo(201);
        Browserless browser = new Browserless(port);
        assertThat(browser.signIn(prefix + "-viewer", "a-long-password").status()).isEqualTo(302);
        String page = browser.get("/analytics/rfm").body();
        assertThat(page).contains("data-r=\"5\" data-f=\"5\" data-segment=\"champions\" data-customers=\"2\"")
                .contains("data-r=\"1\" data-f=\"1\" data-segment=\"lost\" data-customers=\"2\"").contains("lose them");
    }

    @Test
    void aSegmentIsScoredAmongItselfWithoutReplacingEveryonesScores() {
        List<Map<String, Object>> events = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            events.add(Map.of("type", prefix + "_buy", "occurredAt", "2024-01-%02dT12:00:00Z".formatted(i), "channel", "web",
                    "customer", Map.of("externalId", prefix + "-" + i), "value", 10 * i, "currency", "USD"));
        }
        assertThat(api.post("/api/v1/events", KEY, Api.json(events)).status()).isEqualTo(200);
        List<Long> ids = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            ids.add(api.customerId(prefix + "-" + i, KEY));
        }
        // Customers 1-10 are in the segment; 11 and 12 are not.
        ids.subList(0, 10).forEach(id -> api.send("/api/v1/customers/" + id + "/tags/" + prefix, KEY, "PUT", null, new byte[0]));

        JsonNode job = run("{\"purchaseTypes\": [\"" + prefix + "_buy\"], \"asOf\": \"2024-07-01T00:00:00Z\", \"segment\": \"" + prefix + "\"}");

        assertThat(job.get("state").asString()).as(job.toString()).isEqualTo("succeeded");
        assertThat(job.get("result").get("customers").asLong()).isEqualTo(10);
        assertThat(job.get("result").get("segment").asString()).isEqualTo(prefix);
        assertThat(job.get("result").get("scoresStored").asBoolean()).isFalse();
        assertThat(job.get("parameters").get("segment").asString()).isEqualTo(prefix);
        assertThat(scores.of(ids.get(0))).noneMatch(score -> score.kind().equals("rfm"));
        Api.Reply bad = api.post("/api/v1/analytics/jobs", KEY, "{\"kind\": \"rfm\", \"parameters\": {\"segment\": \"Not A Tag\"}}");
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.json().at("/errors/0/field").asString()).isEqualTo("parameters.segment");
    }

    @Test
    void tooFewCustomersFailTheJobAndBadParametersAreNamed() {
        JsonNode job = run("{\"purchaseTypes\": [\"" + prefix + "_none\"]}");
        assertThat(job.get("state").asString()).isEqualTo("failed");
        assertThat(job.get("error").asString()).startsWith("too little data").contains("at least 10 customers").endsWith("found 0");

        Api.Reply bad = api.post("/api/v1/analytics/jobs", KEY, "{\"kind\": \"rfm\", \"parameters\": {\"lookbackDays\": 0, \"asOf\": \"soon\"}}");
        assertThat(bad.status()).isEqualTo(422);
        List<String> fields = new ArrayList<>();
        bad.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
        assertThat(fields).containsExactlyInAnyOrder("parameters.lookbackDays", "parameters.asOf");
    }
}
