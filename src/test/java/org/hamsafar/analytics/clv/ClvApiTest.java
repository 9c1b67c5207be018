package org.hamsafar.analytics.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The CDNOW sample ingested as purchase events (6,919 transactions of 2,357 customers, a type name
 * of this run's own) and fitted through the API: the estimates must be those published by Fader,
 * Hardie &amp; Lee (2005) and Fader &amp; Hardie (2005) within 1%.
 */
@Tag("store")
@HamsafarTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClvApiTest {
    private static final String KEY = HamsafarTest.ADMIN_KEY;
    private static final String FIT = "/api/v1/analytics/clv/fit";
    @LocalServerPort
    int port;
    @Autowired
    AnalyticsJobs jobs;
    @Autowired
    JdbcClient jdbc;
    Api api;
    String type;
    String prefix;
    /** A key with the read scope only: the fit computes and stores nothing, so a read key may call it. */
    String readKey;

    @BeforeAll
    void ingestCdnow() throws Exception {
        api = new Api(port);
        prefix = "c" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        type = prefix + "_purchase";
        Api.Reply key = api.post("/api/v1/api-keys", KEY, Api.json(Map.of("name", prefix + "-read", "scopes", List.of("read"))));
        assertThat(key.status()).as(key.body()).isEqualTo(201);
        readKey = key.json().get("secret").asString();
        List<Map<String, Object>> events = new ArrayList<>();
        for (String line : Files.readAllLines(CdnowData.folder().resolve("CDNOW_sample.txt"))) {
            String[] f = line.trim().split("\\s+");
            Map<String, Object> event = new LinkedHashMap<>();
            event.put("type", type);
            event.put("occurredAt", LocalDate.parse(f[2], DateTimeFormatter.BASIC_ISO_DATE) + "T10:00:00Z");
            event.put("channel", "web");
            event.put("customer", Map.of("externalId", prefix + "-" + f[1]));
            event.put("value", Double.parseDouble(f[4]));
            event.put("currency", "USD");
            events.add(event);
        }
        assertThat(events).hasSize(6919);
        for (int from = 0; from < events.size(); from += 2500) {
            List<Map<String, Object>> batch = events.subList(from, Math.min(events.size(), from + 2500));
            Api.Reply sent = api.post("/api/v1/events", KEY, Api.json(batch));
            assertThat(sent.json().get("accepted").asLong()).as(sent.body()).isEqualTo(batch.size());
        }
    }

    private JsonNode fit(String model) {
        Api.Reply reply = api.post(FIT, readKey, """
                {"model": "%s", "purchaseEventType": "%s", "calibrationEnd": "1997-09-30", "holdoutEnd": "1998-06-30", "timeUnit": "week"}"""
                .formatted(model, type));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    private static void near(JsonNode parameters, Map<String, Double> published) {
        published.forEach((name, value) -> assertThat(parameters.get(name).asDouble()).as(name).isCloseTo(value, within(0.01 * value)));
    }

    @Test
    void bgNbdAndGammaGammaFitThePublishedEstimatesAndTheHoldout() {
        JsonNode fit = fit("bgnbd");

        near(fit.get("parameters"), CdnowEvaluation.BGNBD);
        assertThat(fit.get("logLikelihood").asDouble()).isCloseTo(-9582.4, within(0.1));
        assertThat(fit.get("data").get("customers").asInt()).isEqualTo(2357);
        assertThat(fit.get("data").get("repeatBuyers").asInt()).isEqualTo(946);
        assertThat(fit.get("data").get("calibrationRepeatPurchases").asInt()).isEqualTo(2457);
        assertThat(fit.get("spendModel").get("fitted").asBoolean()).isTrue();
        near(fit.get("spendModel").get("parameters"), CdnowEvaluation.GAMMAGAMMA);
        JsonNode holdout = fit.get("holdout");
        assertThat(holdout.get("actualRepeatPurchases").asDouble()).isEqualTo(1882);
        assertThat(holdout.get("byCalibrationFrequency").get(0).get("customers").asInt()).isEqualTo(1411);
        assertThat(holdout.get("byCalibrationFrequency").get(7).get("x").asString()).isEqualTo("7+");
        JsonNode points = fit.get("tracking").get("points");
        assertThat(points).hasSize(78);
        assertThat(points.get(77).get("actual").asDouble()).isEqualTo(2457 + 1882);
    }

    @Test
    void paretoNbdFitsThePublishedEstimates() {
        JsonNode fit = fit("paretonbd");

        near(fit.get("parameters"), CdnowEvaluation.PARETONBD);
        assertThat(fit.get("logLikelihood").asDouble()).isCloseTo(-9595.0, within(0.1));
    }

    @Test
    void theJobScoresEveryCustomerAndThePageShowsTheModel() {
        Api.Reply queued = api.post("/api/v1/analytics/jobs", KEY, """
                {"kind": "clv", "parameters": {"purchaseEventType": "%s", "calibrationEnd": "1997-09-30", "holdoutEnd": "1998-06-30",
                 "horizonMonths": 12, "monthlyDiscountRate": 0.01}}""".formatted(type));
        assertThat(queued.status()).as(queued.body()).isEqualTo(202);
        AnalyticsJob job = jobs.await(queued.json().get("id").asLong(), Duration.ofSeconds(120));
        assertThat(job.error()).isNull();
        JsonNode result = job.result();
        assertThat(result.get("totals").get("customers").asInt()).isEqualTo(2357);
        long binned = 0;
        for (JsonNode bin : result.get("probabilityAlive")) {
            binned += bin.get("customers").asLong();
        }
        assertThat(binned).isEqualTo(2357);
        JsonNode best = result.get("topCustomers").get(0);

        Api.Reply customer = api.get("/api/v1/analytics/clv/customers/" + best.get("customerId").asLong(), readKey);

        assertThat(customer.status()).as(customer.body()).isEqualTo(200);
        JsonNode c = customer.json();
        assertThat(c.get("clv").asDouble()).isCloseTo(best.get("clv").asDouble(), within(0.01));
        assertThat(c.get("jobId").asLong()).isEqualTo(job.id());
        assertThat(c.get("x").asInt()).isGreaterThan(0);
        // the stored customer is the model's customer: its P(alive) recomputed from x, t_x, T and the job's parameters
        BgNbd model = new BgNbd(c.get("parameters").get("r").asDouble(), c.get("parameters").get("alpha").asDouble(),
                c.get("parameters").get("a").asDouble(), c.get("parameters").get("b").asDouble());
        assertThat(c.get("probabilityAlive").asDouble())
                .isCloseTo(model.probabilityAlive(c.get("x").asInt(), c.get("tx").asDouble(), c.get("T").asDouble()), within(1e-4));
        assertThat(api.get("/api/v1/analytics/clv/customers/999999999", KEY).status()).isEqualTo(404);

        Browserless browser = new Browserless(port);
        assertThat(browser.signIn("admin", HamsafarTest.ADMIN_PASSWORD).status()).isEqualTo(302);
        String page = browser.get("/analytics/clv").body();
        assertThat(page).contains("id=\"clvHoldoutChart\"").contains("id=\"clvTrackingChart\"").contains("data-parameter=\"alpha\"")
                .contains("href=\"/customers/" + best.get("customerId").asLong() + "\"").contains("id=\"navClv\"");
    }

    @Test
    void badInputNamesTheField() {
        Map<String, String> bodies = new LinkedHashMap<>();
        bodies.put("model", "{\"model\": \"nbd\", \"calibrationEnd\": \"1997-09-30\"}");
        bodies.put("calibrationEnd", "{\"model\": \"bgnbd\"}");
        bodies.put("holdoutEnd", "{\"calibrationEnd\": \"1997-09-30\", \"holdoutEnd\": \"1997-13-01\"}");
        bodies.put("timeUnit", "{\"calibrationEnd\": \"1997-09-30\", \"timeUnit\": \"fortnight\"}");
        bodies.forEach((field, body) -> {
            Api.Reply reply = api.post(FIT, KEY, body);
            assertThat(reply.status()).as(body).isEqualTo(422);
            assertThat(reply.json().get("errors").get(0).get("field").asString()).as(body).isEqualTo(field);
        });
        Api.Reply order = api.post(FIT, KEY, "{\"calibrationEnd\": \"1997-09-30\", \"holdoutEnd\": \"1997-09-01\"}");
        assertThat(order.json().get("errors").get(0).get("message").asString()).contains("after calibrationEnd");
    }

    @Test
    void aSegmentHoldingEveryBuyerGivesTheSameFitAndOneHoldingNoneCannotFit() {
        String tag = prefix + "_all";
        jdbc.sql("INSERT INTO customer_tag (customer_id, tag, added_at, source) SELECT DISTINCT customer_id, :tag, CURRENT_TIMESTAMP, 'test'"
                + " FROM interaction_event WHERE type = :type").param("tag", tag).param("type", type).update();
        String body = "{\"purchaseEventType\": \"%s\", \"calibrationEnd\": \"1997-09-30\", \"timeUnit\": \"week\", \"segment\": \"%s\"}";

        Api.Reply all = api.post(FIT, readKey, body.formatted(type, tag));
        Api.Reply none = api.post(FIT, readKey, body.formatted(type, tag + "_none"));

        assertThat(all.status()).as(all.body()).isEqualTo(200);
        near(all.json().get("parameters"), CdnowEvaluation.BGNBD);
        assertThat(all.json().get("data").get("customers").asInt()).isEqualTo(2357);
        assertThat(none.status()).as(none.body()).isEqualTo(422);
        assertThat(none.json().get("detail").asString()).contains("at least 30 customers");
    }

    @Test
    void tooFewCustomersSayTheMinimum() {
        Api.Reply reply = api.post(FIT, KEY, "{\"purchaseEventType\": \"" + type + "\", \"calibrationEnd\": \"1997-01-03\"}");

        assertThat(reply.status()).as(reply.body()).isEqualTo(422);
        assertThat(reply.json().get("type").asString()).endsWith("/cannot-fit");
        assertThat(reply.json().get("detail").asString()).contains("at least 30 customers").contains("10 of them with a repeat purchase");
    }
}
