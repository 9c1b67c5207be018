package org.hamsafar.analytics.drivers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import org.apache.commons.math3.stat.regression.OLSMultipleLinearRegression;
import org.hamsafar.feedback.LocalizedText;
import org.hamsafar.feedback.SurveyCatalog;
import org.hamsafar.feedback.SurveyRequest;
import org.hamsafar.feedback.SurveyRequest.QuestionRequest;
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
 * A survey with an NPS question and four 1-5 ratings: a, b (which drive the score), c (noise) and d
 * (everyone answers 3). 45 responses: the first 12 on 2025-10-01, all complete; the rest from
 * 2025-10-10, every seventh of them without c.
 */
@Tag("store")
@HamsafarTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DriverApiTest {
    private static final String DRIVERS = "/api/v1/analytics/drivers";
    private static final int RESPONSES = 45;
    @LocalServerPort
    int port;
    @Autowired
    SurveyCatalog surveys;
    @Autowired
    JdbcClient jdbc;
    Api api;
    long surveyId;
    /** The complete responses: nps, a, b, c. */
    final List<double[]> complete = new ArrayList<>();
    long answeredC;

    @BeforeAll
    void storeResponses() {
        api = new Api(port);
        surveyId = surveys.create(new SurveyRequest("Drivers " + UUID.randomUUID(), "active", List.of("en"), null, null, List.of(
                new QuestionRequest("nps", "nps", new LocalizedText(null, "Recommend?"), true, null, null, null, 1, null, null, null),
                rating("a"), rating("b"), rating("c"), rating("d"),
                new QuestionRequest("why", "text", new LocalizedText(null, "Why?"), false, null, null, null, 1, null, null, null)),
                null)).id();
        SplittableRandom random = new SplittableRandom(5);
        for (int i = 0; i < RESPONSES; i++) {
            int a = 1 + random.nextInt(5);
            int b = 1 + random.nextInt(5);
            int c = 1 + random.nextInt(5);
            int nps = (int) Math.max(0, Math.min(10, Math.round(1 + 1.2 * a + 0.6 * b + random.nextGaussian())));
            boolean withC = i < 12 || i % 7 != 0;
            Map<String, Object> answers = new LinkedHashMap<>();
            answers.put("nps", nps);
            answers.put("a", a);
            answers.put("b", b);
            if (withC) {
                answers.put("c", c);
                answeredC++;
                complete.add(new double[] {nps, a, b, c});
            }
            answers.put("d", 3);
            String at = i < 12 ? "2025-10-01T10:%02d:00Z".formatted(i) : "2025-10-%02dT10:00:00Z".formatted(10 + i % 15);
            Api.Reply reply = api.post("/api/v1/surveys/" + surveyId + "/responses", HamsafarTest.ADMIN_KEY,
                    Api.json(Map.of("channel", "web", "submittedAt", at, "answers", answers)));
            assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        }
    }

    private static QuestionRequest rating(String key) {
        return new QuestionRequest(key, "rating", new LocalizedText(null, key), false, null, null, 5, 1, null, null, null);
    }

    private String body(String from, String to) {
        return Api.json(Map.of("surveyId", surveyId, "from", from, "to", to));
    }

    @Test
    void aReadKeyGetsWeightsThatSplitTheLeastSquaresRSquared() {
        Api.Reply key = api.post("/api/v1/api-keys", HamsafarTest.ADMIN_KEY, Api.json(Map.of("name", "drivers", "scopes", List.of("read"))));

        Api.Reply reply = api.post(DRIVERS, key.json().get("secret").asString(), body("2025-10-01", "2025-11-01"));

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonNode r = reply.json();
        // An independent least-squares fit (commons-math, QR) of nps on a, b, c over the complete responses.
        double[] y = complete.stream().mapToDouble(x -> x[0]).toArray();
        double[][] x = complete.stream().map(row -> new double[] {row[1], row[2], row[3]}).toArray(double[][]::new);
        OLSMultipleLinearRegression ols = new OLSMultipleLinearRegression();
        ols.newSampleData(y, x);
        assertThat(r.get("completeResponses").asLong()).isEqualTo(complete.size());
        assertThat(r.get("responses").asLong()).isEqualTo(RESPONSES);
        assertThat(r.get("rSquared").asDouble()).isCloseTo(ols.calculateRSquared(), within(1e-9));
        assertThat(r.get("adjustedRSquared").asDouble()).isCloseTo(ols.calculateAdjustedRSquared(), within(1e-9));
        double sum = 0;
        for (JsonNode driver : r.get("drivers")) {
            sum += driver.get("relativeWeight").asDouble();
        }
        assertThat(sum).isCloseTo(r.get("rSquared").asDouble(), within(1e-12));
        assertThat(r.at("/drivers/0/key").asString()).isEqualTo("a");
        assertThat(r.at("/drivers/2/key").asString()).isEqualTo("c");
        assertThat(r.at("/drivers/0/quadrant").asString()).isIn("improve", "maintain");
        assertThat(r.at("/dropped/0/key").asString()).isEqualTo("d");
        assertThat(r.at("/dropped/0/reason").asString()).isEqualTo("constant");
        assertThat(r.at("/outcome/key").asString()).isEqualTo("nps");
        // Pairwise deletion: nps with c over the responses that answered c, nps with a over all of them.
        List<String> keys = new ArrayList<>();
        r.at("/correlations/keys").forEach(k -> keys.add(k.asString()));
        assertThat(keys).containsExactly("nps", "a", "b", "c", "d");
        assertThat(r.at("/correlations/n/0/3").asLong()).isEqualTo(answeredC);
        assertThat(r.at("/correlations/n/0/1").asLong()).isEqualTo(RESPONSES);
        assertThat(r.at("/correlations/r/0/4").isNull()).isTrue();
    }

    @Test
    void aSegmentKeepsTheResponsesOfItsCustomers() {
        String tag = "drv" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String body = Api.json(Map.of("surveyId", surveyId, "from", "2025-10-01", "to", "2025-11-01", "segment", tag));

        // No one carries the tag yet: no responses to explain.
        Api.Reply none = api.post(DRIVERS, HamsafarTest.ADMIN_KEY, body);
        assertThat(none.status()).as(none.body()).isEqualTo(422);
        assertThat(none.json().at("/errors/0/message").asString()).startsWith("only 0 responses");

        // Every response of the survey given by one customer, who then joins the segment: the same analysis as without it.
        long customer = 7_407_001L + Math.abs(tag.hashCode() % 1000);
        jdbc.sql("UPDATE survey_answer SET customer_id = :customer WHERE survey_id = :survey")
                .param("customer", customer).param("survey", surveyId).update();
        jdbc.sql("INSERT INTO customer_tag (customer_id, tag, added_at, source) VALUES (:customer, :tag, CURRENT_TIMESTAMP, 'test')")
                .param("customer", customer).param("tag", tag).update();
        Api.Reply all = api.post(DRIVERS, HamsafarTest.ADMIN_KEY, body);
        assertThat(all.status()).as(all.body()).isEqualTo(200);
        assertThat(all.json().get("responses").asLong()).isEqualTo(RESPONSES);
        assertThat(all.json().get("completeResponses").asLong()).isEqualTo(complete.size());
    }

    @Test
    void tooFewResponsesSayHowManyAreNeeded() {
        // 12 complete responses on 2025-10-01; d is dropped, so three drivers need 13.
        Api.Reply reply = api.post(DRIVERS, HamsafarTest.ADMIN_KEY, body("2025-10-01", "2025-10-02"));

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.json().at("/errors/0/field").asString()).isEqualTo("from");
        assertThat(reply.json().at("/errors/0/message").asString()).contains("only 12 responses").contains("at least 13");
    }

    @Test
    void questionsAreCheckedAgainstTheSurvey() {
        Api.Reply text = api.post(DRIVERS, HamsafarTest.ADMIN_KEY, Api.json(Map.of("surveyId", surveyId, "outcomeQuestion", "why")));
        Api.Reply driver = api.post(DRIVERS, HamsafarTest.ADMIN_KEY, Api.json(Map.of("surveyId", surveyId, "driverQuestions", List.of("a", "zz"))));
        Api.Reply survey = api.post(DRIVERS, HamsafarTest.ADMIN_KEY, Api.json(Map.of("surveyId", Long.MAX_VALUE)));

        assertThat(text.status()).isEqualTo(422);
        assertThat(text.json().at("/errors/0/field").asString()).isEqualTo("outcomeQuestion");
        assertThat(driver.json().at("/errors/0/field").asString()).isEqualTo("driverQuestions[1]");
        assertThat(survey.json().at("/errors/0/field").asString()).isEqualTo("surveyId");
    }

    /** A browser signed in as a new viewer who reads the dashboard in {@code language}. */
    private Browserless signedInViewer(String language) {
        String user = "drivers-" + language + "-" + UUID.randomUUID().toString().substring(0, 8);
        Api.Reply created = api.post("/api/v1/users", HamsafarTest.ADMIN_KEY, Api.json(Map.of("username", user,
                "displayName", "viewer", "password", "a-long-password", "role", "viewer", "language", language)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        Browserless browser = new Browserless(port);
        assertThat(browser.signIn(user, "a-long-password").status()).isEqualTo(302);
        return browser;
    }

    @Test
    void thePageShowsTheWeightsQuadrantsAndHeatmap() {
        Browserless browser = signedInViewer("en");

        String html = browser.get("/analytics/drivers?survey=" + surveyId + "&days=730").body();

        assertThat(html).contains("id=\"weightsChart\"").contains("id=\"quadrantChart\"").contains("id=\"heatmapChart\"");
        assertThat(html).containsPattern("id=\"driverTable\"[\\s\\S]*data-driver=\"a\"[\\s\\S]*data-driver=\"b\"[\\s\\S]*data-driver=\"c\"");
        assertThat(html).contains("id=\"droppedDrivers\"").contains("everyone gave the same score");
    }

    @Test
    void thePageExplainsTooFewResponsesInTheReadersLanguage() {
        Browserless browser = signedInViewer("fa");

        // The responses were given in October and November 2025, so the last 90 days hold none.
        String html = browser.get("/analytics/drivers?survey=" + surveyId + "&days=90").body();

        assertThat(html).contains("id=\"driverProblem\"").contains("بازه").contains("در این بازه تنها ۰ پاسخ")
                .doesNotContain("responses in the period");

        // Over 730 days every response counts, unless a segment no one carries keeps none of them.
        String segment = browser.get("/analytics/drivers?survey=" + surveyId + "&days=730&segment=nobody_here").body();
        assertThat(segment).containsPattern("id=\"segment\"[^>]*value=\"nobody_here\"").contains("در این بازه تنها ۰ پاسخ");
    }
}
