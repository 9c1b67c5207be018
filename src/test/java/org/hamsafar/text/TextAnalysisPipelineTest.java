package org.hamsafar.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hamsafar.feedback.Choice;
import org.hamsafar.feedback.LocalizedText;
import org.hamsafar.feedback.SurveyCatalog;
import org.hamsafar.feedback.SurveyRequest;
import org.hamsafar.feedback.SurveyRequest.QuestionRequest;
import org.hamsafar.support.Api;
import org.hamsafar.support.HamsafarTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Texts stored anywhere are analysed and the results kept with their model version: survey text
 * answers are queued with the response, analysed by the worker, exported with the customer,
 * erased with them, and analysed again on request.
 */
@Tag("store")
@HamsafarTest
class TextAnalysisPipelineTest {
    @LocalServerPort
    int port;
    @Autowired
    SurveyCatalog catalog;
    @Autowired
    TextAnalysisWorker worker;
    @Autowired
    TextAnalysisService service;
    @Autowired
    JdbcClient jdbc;
    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        worker.drain();
    }

    private long survey() {
        LocalizedText text = new LocalizedText("پرسش", "Question");
        return catalog.create(new SurveyRequest("Text " + UUID.randomUUID(), "active", List.of("fa", "en"), null, null, List.of(
                new QuestionRequest("nps", "nps", text, true, null, null, null, 1, null, null, null),
                new QuestionRequest("reason", "text", text, false, null, null, null, 1, null, null, null),
                new QuestionRequest("kind", "single_choice", text, false, null, List.of(new Choice("a", text), new Choice("b", text)), null, 1, null, null, null)),
                null)).id();
    }

    private long respond(long survey, String externalId, String reason) {
        Api.Reply reply = api.post("/api/v1/surveys/" + survey + "/responses", HamsafarTest.ADMIN_KEY, Api.json(Map.of(
                "customer", Map.of("externalId", externalId), "touchpoint", "delivery",
                "answers", Map.of("nps", 2, "reason", reason, "kind", "a"))));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json().get("customerId").asLong();
    }

    private List<Map<String, Object>> results(long customerId) {
        return jdbc.sql("SELECT source, question_key, touchpoint, sentiment, model_version, text FROM text_result WHERE customer_id = :c")
                .param("c", customerId).query().listOfRows();
    }

    @Test
    void aSurveyTextAnswerIsAnalysedWithTheModelVersion() {
        long survey = survey();
        long customer = respond(survey, "text-" + UUID.randomUUID(), "پیک دو ساعت دیر اومد و غذا سرد بود");
        long queuedOrDone = jdbc.sql("""
                SELECT (SELECT COUNT(*) FROM text_pending WHERE customer_id = :c) + (SELECT COUNT(*) FROM text_result WHERE customer_id = :c)""")
                .param("c", customer).query(Long.class).single();

        worker.drain();

        assertThat(queuedOrDone).as("queued with the response (or already analysed by the background worker)").isEqualTo(1);
        List<Map<String, Object>> rows = results(customer);
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0)).containsEntry("source", "survey_answer").containsEntry("question_key", "reason")
                .containsEntry("touchpoint", "delivery").containsEntry("sentiment", "negative")
                .containsEntry("model_version", service.analyzer().modelVersion());
        long topics = jdbc.sql("SELECT COUNT(*) FROM text_result_topic WHERE source = 'survey_answer' AND survey_id = :s AND topic_key = 'delivery'")
                .param("s", survey).query(Long.class).single();
        assertThat(topics).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM text_pending WHERE customer_id = :c").param("c", customer).query(Long.class).single()).isZero();
    }

    @Test
    void reanalysisReplacesResultsInsteadOfAddingThem() {
        long customer = respond(survey(), "text-" + UUID.randomUUID(), "عالی بود، ممنون");
        worker.drain();

        int queued = service.reanalyzeAll();
        worker.drain();

        assertThat(queued).isGreaterThanOrEqualTo(1);
        assertThat(results(customer)).hasSize(1);
        assertThat(results(customer).get(0)).containsEntry("sentiment", "positive");
    }

    @Test
    void analysedTextsAreExportedAndErasedWithTheirCustomer() {
        long customer = respond(survey(), "text-" + UUID.randomUUID(), "پشتیبانی اصلا جواب نداد");
        worker.drain();

        JsonNode export = api.get("/api/v1/customers/" + customer + "/export", HamsafarTest.ADMIN_KEY).json();
        Api.Reply anonymised = api.delete("/api/v1/customers/" + customer + "?mode=anonymize", HamsafarTest.ADMIN_KEY);

        assertThat(export.toString()).contains("پشتیبانی اصلا جواب نداد").contains("\"textAnalysis\"");
        assertThat(anonymised.status()).isBetween(200, 204);
        assertThat(results(customer)).isEmpty();
        long kept = jdbc.sql("SELECT COUNT(*) FROM text_result WHERE customer_id IS NULL AND text = '' AND sentiment = 'negative'")
                .query(Long.class).single();
        assertThat(kept).as("anonymised: scores stay for trends, the text goes").isGreaterThanOrEqualTo(1);
        assertThat(new String(api.get("/api/v1/customers/" + customer + "/export", HamsafarTest.ADMIN_KEY).body()
                .getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)).doesNotContain("پشتیبانی اصلا جواب نداد");
    }
}
