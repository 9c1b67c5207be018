package org.hamsafar.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hamsafar.support.Api;
import org.hamsafar.support.HamsafarTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@Tag("store")
@HamsafarTest
class ResponseApiTest {
    static final String KEY = HamsafarTest.ADMIN_KEY;
    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    private JsonNode survey(String status) {
        Api.Reply reply = api.post("/api/v1/surveys", KEY, SurveyApiTest.NPS_SURVEY.formatted("Responses " + UUID.randomUUID(), status));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json();
    }

    private Api.Reply submit(Object survey, String body) {
        return api.post("/api/v1/surveys/" + survey + "/responses", KEY, body);
    }

    private static List<String> fields(Api.Reply reply) {
        List<String> fields = new ArrayList<>();
        reply.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
        return fields;
    }

    @Test
    void aResponseIsLinkedToItsCustomerAndShowsOnTheTimeline() {
        long surveyId = survey("active").get("id").asLong();
        String externalId = "resp-" + UUID.randomUUID();
        Api.Reply reply = submit(surveyId, """
                {"answers": {"nps": 4, "why": "پیک دیر رسید"}, "customer": {"externalId": "%s"}, "channel": "email",
                 "touchpoint": "delivery", "language": "fa"}""".formatted(externalId));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        long customerId = reply.json().get("customerId").asLong();
        assertThat(reply.json().get("surveyVersion").asInt()).isEqualTo(1);

        JsonNode timeline = api.get("/api/v1/customers/" + customerId + "/timeline", KEY).json();
        JsonNode entry = timeline.get("items").get(0);
        assertThat(entry.get("source").asString()).isEqualTo("response");
        assertThat(entry.get("touchpoint").asString()).isEqualTo("delivery");
        assertThat(entry.get("text").asString()).isEqualTo("پیک دیر رسید");
        assertThat(entry.get("details").get("answers").get("nps").asInt()).isEqualTo(4);

        JsonNode profile = api.get("/api/v1/customers/" + customerId, KEY).json();
        assertThat(profile.toString()).contains("\"lastNps\"");
        assertThat(jdbc.sql("SELECT score FROM survey_answer WHERE customer_id = :c AND question_type = 'nps'")
                .param("c", customerId).query(Integer.class).single()).isEqualTo(4);
    }

    @Test
    void aResentResponseIsStoredOnce() {
        long surveyId = survey("active").get("id").asLong();
        String body = """
                {"id": "r-1", "answers": {"nps": 10}}""";
        Api.Reply first = submit(surveyId, body);
        Api.Reply second = submit(surveyId, body);
        assertThat(first.status()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.json().get("duplicate").asBoolean()).isTrue();
        assertThat(second.json().get("id").asString()).isEqualTo(first.json().get("id").asString());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM survey_response WHERE survey_id = :s").param("s", surveyId).query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void badAnswersAreNamedAndNothingIsStored() {
        long surveyId = survey("active").get("id").asLong();
        Api.Reply outOfRange = submit(surveyId, """
                {"answers": {"nps": 12, "colour": "red"}}""");
        assertThat(outOfRange.status()).isEqualTo(422);
        assertThat(fields(outOfRange)).containsExactlyInAnyOrder("answers.nps", "answers.colour");
        Api.Reply hidden = submit(surveyId, """
                {"answers": {"nps": 9, "why": "all good"}}""");
        assertThat(fields(hidden)).containsExactly("answers.why");
        Api.Reply missing = submit(surveyId, """
                {"answers": {"why": "x"}}""");
        assertThat(fields(missing)).contains("answers.nps");
        Api.Reply tooLong = submit(surveyId, """
                {"answers": {"nps": 1, "why": "%s"}}""".formatted("ب".repeat(5001)));
        assertThat(fields(tooLong)).containsExactly("answers.why");
        Api.Reply badFields = submit(surveyId, """
                {"answers": {"nps": 1}, "channel": "fax", "touchpoint": "Check Out", "submittedAt": "yesterday", "extra": 1,
                 "source": "page"}""");
        assertThat(fields(badFields)).containsExactlyInAnyOrder("channel", "touchpoint", "submittedAt", "extra", "source");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM survey_response WHERE survey_id = :s").param("s", surveyId).query(Long.class).single())
                .isZero();
    }

    @Test
    void aClosedSurveyTakesNoResponses() {
        JsonNode survey = survey("closed");
        Api.Reply reply = submit(survey.get("key").asString(), """
                {"answers": {"nps": 9}}""");
        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.json().get("errors").get(0).get("field").asString()).isEqualTo("survey");
        assertThat(reply.json().get("errors").get(0).get("message").asString()).contains("closed");
    }

    @Test
    void eachResponseKeepsTheVersionItAnswered() {
        JsonNode survey = survey("active");
        long id = survey.get("id").asLong();
        submit(id, """
                {"answers": {"nps": 3, "why": "v1"}}""");
        String changed = SurveyApiTest.NPS_SURVEY.formatted(survey.get("name").asString(), "active").replace("<=", "<");
        api.send("/api/v1/surveys/" + id, KEY, "PUT", "application/json", changed.getBytes());
        Api.Reply second = submit(id, """
                {"answers": {"nps": 3, "why": "v2"}}""");
        assertThat(second.json().get("surveyVersion").asInt()).isEqualTo(2);
        JsonNode listed = api.get("/api/v1/surveys/" + id + "/responses", KEY).json();
        assertThat(listed.get("items")).hasSize(2);
        assertThat(listed.get("items").get(0).get("surveyVersion").asInt()).isEqualTo(2);
        assertThat(listed.get("items").get(1).get("surveyVersion").asInt()).isEqualTo(1);
        assertThat(listed.get("items").get(1).get("answers").get("why").asString()).isEqualTo("v1");
    }

    @Test
    void anIngestKeyMaySubmitButNotRead() {
        String ingest = api.post("/api/v1/api-keys", KEY, Api.json(Map.of("name", "widget " + UUID.randomUUID(), "scopes", List.of("ingest"))))
                .json().get("secret").asString();
        JsonNode survey = survey("active");
        Api.Reply reply = api.post("/api/v1/surveys/" + survey.get("key").asString() + "/responses", ingest, """
                {"answers": {"nps": 9}, "customer": {"anonymousId": "aid-%s"}}""".formatted(UUID.randomUUID()));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        assertThat(api.get("/api/v1/surveys/" + survey.get("id").asLong() + "/responses", ingest).status()).isEqualTo(403);
        // Ids are sequential: a key that anyone can read from a web page must name the survey by its public key.
        assertThat(api.post("/api/v1/surveys/" + survey.get("id").asLong() + "/responses", ingest, """
                {"answers": {"nps": 9}}""").status()).isEqualTo(404);
        // An ingest key cannot name a profile by id: such a claim could take over someone's profile.
        Api.Reply byId = api.post("/api/v1/surveys/" + survey.get("key").asString() + "/responses", ingest, """
                {"answers": {"nps": 9}, "customer": {"customerId": %d}}""".formatted(reply.json().get("customerId").asLong()));
        assertThat(byId.status()).isEqualTo(422);
    }

    @Test
    void anonymisingACustomerRemovesTheirWordsButKeepsTheScores() {
        long surveyId = survey("active").get("id").asLong();
        Api.Reply reply = submit(surveyId, """
                {"answers": {"nps": 2, "why": "my name is Sara and it broke"}, "customer": {"email": "%s@example.com"}}"""
                .formatted(UUID.randomUUID()));
        long customerId = reply.json().get("customerId").asLong();
        assertThat(api.delete("/api/v1/customers/" + customerId + "?mode=anonymize", KEY).status()).isEqualTo(204);
        JsonNode stored = api.get("/api/v1/surveys/" + surveyId + "/responses", KEY).json().get("items").get(0);
        assertThat(stored.get("answers").has("why")).isFalse();
        assertThat(stored.get("answers").get("nps").asInt()).isEqualTo(2);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM survey_answer WHERE response_id = :r AND question_type = 'text'")
                .param("r", UUID.fromString(stored.get("id").asString())).query(Long.class).single()).isZero();
    }

    @Test
    void aNewResponseCountsInTheMetricsAtOnce() {
        long surveyId = survey("active").get("id").asLong();
        String path = "/api/v1/metrics/nps?surveyId=" + surveyId + "&from=2025-01-01";
        assertThat(api.get(path, KEY).json().get("total").get("n").asLong()).isZero();
        submit(surveyId, """
                {"answers": {"nps": 10}}""");
        submit(surveyId, """
                {"answers": {"nps": 2, "why": "late"}}""");
        JsonNode total = api.get(path, KEY).json().get("total");
        assertThat(total.get("n").asLong()).isEqualTo(2);
        assertThat(total.get("promoters").asLong()).isEqualTo(1);
        assertThat(total.get("detractors").asLong()).isEqualTo(1);
        assertThat(total.get("value").asDouble()).isEqualTo(0.0);
    }

    @Test
    void responsesArrivingTogetherShareAWriteButEachKeepsItsOwnOutcome() throws Exception {
        String withQuota = SurveyApiTest.NPS_SURVEY.formatted("Quota " + UUID.randomUUID(), "active")
                .replace("]}", "], \"settings\": {\"quota\": 5}}");
        long surveyId = api.post("/api/v1/surveys", KEY, withQuota).json().get("id").asLong();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        List<java.util.concurrent.Future<Integer>> statuses = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            // Three clients each resend their response: the copies are duplicates, not new responses.
            String body = """
                    {"id": "together-%d", "answers": {"nps": 9}, "customer": {"externalId": "together-%s-%d"}}"""
                    .formatted(i % 8, surveyId, i % 8);
            statuses.add(pool.submit(() -> submit(surveyId, body).status()));
        }
        List<Integer> codes = new ArrayList<>();
        for (var status : statuses) {
            codes.add(status.get());
        }
        pool.shutdown();
        // 8 distinct responses for a quota of 5: 5 stored (201 once, 200 for each resend), the rest refused.
        assertThat(jdbc.sql("SELECT COUNT(*) FROM survey_response WHERE survey_id = :s").param("s", surveyId).query(Long.class).single())
                .isEqualTo(5);
        assertThat(codes.stream().filter(c -> c == 201).count()).isEqualTo(5);
        assertThat(codes.stream().filter(c -> c == 201 || c == 200 || c == 422).count()).isEqualTo(24);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM survey_answer WHERE survey_id = :s").param("s", surveyId).query(Long.class).single())
                .isEqualTo(5);
    }
}
