package org.hamsafar.analytics.clusters;

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
import org.hamsafar.analytics.jobs.CustomerScores;
import org.hamsafar.customers.CustomerTagSets;
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
class ClusterJobTest {
    private static final String KEY = HamsafarTest.ADMIN_KEY;
    @LocalServerPort
    int port;
    @Autowired
    AnalyticsJobs jobs;
    @Autowired
    CustomerScores scores;
    @Autowired
    CustomerTagSets tagSets;
    Api api;
    String prefix;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        prefix = "k" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    private JsonNode run(String parameters) {
        Api.Reply queued = api.post("/api/v1/analytics/jobs", KEY, "{\"kind\": \"clusters\", \"parameters\": " + parameters + "}");
        assertThat(queued.status()).as(queued.body()).isEqualTo(202);
        AnalyticsJob job = jobs.await(queued.json().get("id").asLong(), Duration.ofSeconds(60));
        assertThat(job.state().finished()).isTrue();
        return api.get("/api/v1/analytics/jobs/" + job.id(), KEY).json();
    }

    private Map<String, Object> purchase(String customer, Instant at, int value) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("type", prefix + "_buy");
        event.put("occurredAt", at.toString());
        event.put("channel", "web");
        event.put("customer", Map.of("externalId", prefix + "-" + customer));
        event.put("value", value);
        event.put("currency", "USD");
        return event;
    }

    /**
     * Twenty frequent, recent, big spenders (8 to 12 purchases of 900 to 1,100 in the last two months)
     * and twenty one-off small buyers (one purchase of 5 to 15 some 280 to 320 days ago), each figure
     * drawn at random so that no two customers coincide. Only recency, purchases, value and tenure
     * vary (one channel, no answers, no profiles), and the two groups lie far apart on all four.
     */
    @Test
    void findsTwoGroupsDescribesThemAndSavesOneAsAPersona() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        List<Map<String, Object>> events = new ArrayList<>();
        java.util.Random random = new java.util.Random(11);
        for (int i = 0; i < 20; i++) {
            int purchases = 8 + random.nextInt(5);
            for (int p = 0; p < purchases; p++) {
                events.add(purchase("big" + i, now.minus(Duration.ofMinutes(60 + random.nextInt(60 * 24 * 60))), 900 + random.nextInt(201)));
            }
            events.add(purchase("small" + i, now.minus(Duration.ofMinutes(60L * 24 * 280 + random.nextInt(60 * 24 * 40))), 5 + random.nextInt(11)));
        }
        Api.Reply sent = api.post("/api/v1/events", KEY, Api.json(events));
        assertThat(sent.json().get("accepted").asLong()).as(sent.body()).isEqualTo(events.size());

        JsonNode job = run("{\"purchaseTypes\": [\"" + prefix + "_buy\"]}");

        assertThat(job.get("state").asString()).as(job.toString()).isEqualTo("succeeded");
        JsonNode result = job.get("result");
        assertThat(result.get("customers").asInt()).isEqualTo(40);
        assertThat(result.get("k").asInt()).as(result.get("candidates").toString()).isEqualTo(2);
        assertThat(result.get("droppedFeatures").toString()).contains("nps", "age", "channel_web");
        JsonNode clusters = result.get("clusters");
        assertThat(clusters.get(0).get("customers").asLong()).isEqualTo(20);
        assertThat(clusters.get(1).get("customers").asLong()).isEqualTo(20);
        JsonNode big = clusters.get(0).get("meanValue").asDouble() > 1000 ? clusters.get(0) : clusters.get(1);
        assertThat(big.get("meanPurchases").asDouble()).isBetween(9.0, 11.0);
        assertThat(big.get("traits").toString()).contains("\"direction\":\"high\"");
        assertThat(scores.labelCounts("cluster")).extracting(CustomerScores.LabelCount::customers).containsExactly(20L, 20L);

        long jobId = job.get("id").asLong();
        int number = big.get("cluster").asInt();
        Api.Reply saved = api.post("/api/v1/analytics/clusters/" + jobId + "/" + number + "/persona", KEY, "{\"language\": \"en\"}");
        assertThat(saved.status()).as(saved.body()).isEqualTo(201);
        String tag = "cluster-" + jobId + "-" + number;
        assertThat(saved.json().get("segment").asString()).isEqualTo(tag);
        assertThat(saved.json().get("taggedCustomers").asInt()).isEqualTo(20);
        assertThat(saved.json().get("persona").get("name").asString()).startsWith("Cluster " + number + ": ");
        assertThat(saved.json().get("persona").get("quote").asString()).contains("20 customers");
        assertThat(tagSets.customers(tag)).hasSize(20);
        assertThat(api.post("/api/v1/analytics/clusters/" + jobId + "/9/persona", KEY, "{}").status()).isEqualTo(404);
        assertThat(api.post("/api/v1/analytics/clusters/" + jobId + "/1/persona", KEY, "{\"language\": \"de\"}").status()).isEqualTo(422);

        Api.Reply user = api.post("/api/v1/users", KEY, Api.json(Map.of("username", prefix + "-analyst",
                "displayName", "analyst", "password", "a-long-password", "role", "analyst", "language", "fa")));
        assertThat(user.status()).as(user.body()).isEqualTo(201);
        Browserless browser = new Browserless(port);
        assertThat(browser.signIn(prefix + "-analyst", "a-long-password").status()).isEqualTo(302);
        String page = browser.get("/analytics/clusters").body();
        assertThat(page).contains("<html lang=\"fa\" dir=\"rtl\"").contains("id=\"cluster-1\"").contains("id=\"cluster-2\"")
                .contains("ذخیره به‌عنوان پرسونا").contains("تعداد خرید: بیشتر از میانگین");

        // The same customers clustered within a segment of all 20 big and 12 small buyers: 32 customers.
        String segment = prefix + "_seg";
        for (int i = 0; i < 20; i++) {
            for (String group : i < 12 ? List.of("big", "small") : List.of("big")) {
                long id = api.customerId(prefix + "-" + group + i, KEY);
                api.send("/api/v1/customers/" + id + "/tags/" + segment, KEY, "PUT", null, new byte[0]);
            }
        }
        JsonNode within = run("{\"purchaseTypes\": [\"" + prefix + "_buy\"], \"segment\": \"" + segment + "\"}");
        assertThat(within.get("state").asString()).as(within.toString()).isEqualTo("succeeded");
        assertThat(within.get("result").get("customers").asInt()).isEqualTo(32);
        assertThat(within.get("result").get("segment").asString()).isEqualTo(segment);
    }

    @Test
    void tooFewCustomersFailTheJobAndBadParametersAreNamed() {
        JsonNode job = run("{\"purchaseTypes\": [\"" + prefix + "_none\"]}");
        assertThat(job.get("state").asString()).isEqualTo("failed");
        assertThat(job.get("error").asString()).startsWith("too little data").contains("at least 30").endsWith("found 0");

        Api.Reply bad = api.post("/api/v1/analytics/jobs", KEY, "{\"kind\": \"clusters\", \"parameters\": {\"kMin\": 5, \"kMax\": 3, \"restarts\": 0}}");
        assertThat(bad.status()).isEqualTo(422);
        List<String> fields = new ArrayList<>();
        bad.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
        assertThat(fields).containsExactlyInAnyOrder("parameters.kMin", "parameters.restarts");
    }
}
