package org.hamsafar.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.hamsafar.support.Api;
import org.hamsafar.support.HamsafarTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** GET /api/v1/surveys/{id}/responses/export: the CSV a spreadsheet opens, Persian included. */
@Tag("store")
@HamsafarTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ResponseExportTest {
    static final String KEY = HamsafarTest.ADMIN_KEY;
    static final String PERSIAN_COMMENT = "ارسال خیلی دیر بود، ولی پشتیبانی \"واقعاً\" خوب جواب داد\nممنون";
    @LocalServerPort
    int port;
    @Autowired
    SurveyCatalog surveys;
    @Autowired
    ResponseRecorder recorder;
    Api api;
    long surveyId;

    @BeforeAll
    void surveyWithTwoVersionsAndTwoResponses() {
        api = new Api(port);
        Survey survey = surveys.create(request(List.of(
                question("nps", "nps", null),
                question("comment", "text", null),
                question("old_q", "yes_no", null))));
        surveyId = survey.id();
        record(Instant.parse("2026-01-10T10:00:00Z"), Map.of("nps", 3, "comment", PERSIAN_COMMENT, "old_q", true));
        // A changed active survey gets version 2: old_q goes, improve comes.
        surveys.replace(surveyId, request(List.of(
                question("nps", "nps", null),
                question("improve", "multi_choice", List.of(
                        new Choice("delivery", new LocalizedText("ارسال", "Delivery")),
                        new Choice("price", new LocalizedText("قیمت", "Price")),
                        new Choice("quality", new LocalizedText("کیفیت", "Quality")))),
                question("comment", "text", null))));
        record(Instant.parse("2026-02-10T10:00:00Z"), Map.of("nps", 9, "improve", List.of("delivery", "price"), "comment", "=1+1"));
    }

    @Test
    void csvHasTheResponseColumnsThenEveryQuestionKeyCurrentVersionFirst() throws IOException {
        Api.Reply reply = api.get("/api/v1/surveys/" + surveyId + "/responses/export", KEY);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.contentType()).startsWith("text/csv").containsIgnoringCase("charset=UTF-8");
        assertThat(reply.header("Content-Disposition")).contains("attachment", "survey-" + surveyId + "-responses.csv");
        List<CSVRecord> records = parse(reply);
        assertThat(records.get(0).values()).containsExactly("id", "submittedAt", "surveyVersion", "customerId", "channel",
                "touchpoint", "source", "language", "nps", "improve", "comment", "old_q");
        assertThat(records).hasSize(3);
        CSVRecord first = records.get(1);
        assertThat(first.get(1)).isEqualTo("2026-01-10T10:00:00Z");
        assertThat(first.get(2)).isEqualTo("1");
        assertThat(Arrays.asList(first.values()).subList(4, 12))
                .containsExactly("web", "checkout", "api", "fa", "3", "", PERSIAN_COMMENT, "true");
        CSVRecord second = records.get(2);
        assertThat(second.get(2)).isEqualTo("2");
        assertThat(second.get(8)).isEqualTo("9");
    }

    @Test
    void multipleChoiceAnswersAreJoinedBySemicolonsAndFormulasAreDefused() throws IOException {
        CSVRecord second = parse(api.get("/api/v1/surveys/" + surveyId + "/responses/export", KEY)).get(2);

        assertThat(second.get(9)).isEqualTo("delivery;price");
        assertThat(second.get(10)).isEqualTo("'=1+1");
        assertThat(second.get(11)).isEmpty();
    }

    @Test
    void fileStartsWithAByteOrderMarkAndPersianSurvivesAsUtf8() {
        Api.Reply reply = api.get("/api/v1/surveys/" + surveyId + "/responses/export", KEY);
        byte[] body = reply.raw().body();

        assertThat(Arrays.copyOf(body, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(body, StandardCharsets.UTF_8)).contains("\"ارسال خیلی دیر بود، ولی پشتیبانی \"\"واقعاً\"\" خوب جواب داد\nممنون\"");
    }

    @Test
    void theRangeLimitsTheRows() throws IOException {
        List<CSVRecord> february = parse(api.get("/api/v1/surveys/" + surveyId + "/responses/export?from=2026-02-01&to=2026-03-01", KEY));
        List<CSVRecord> january = parse(api.get("/api/v1/surveys/" + surveyId
                + "/responses/export?from=2026-01-01T00:00:00Z&to=2026-01-31T00:00:00Z", KEY));

        assertThat(february).hasSize(2);
        assertThat(february.get(1).get(8)).isEqualTo("9");
        assertThat(january).hasSize(2);
        assertThat(january.get(1).get(8)).isEqualTo("3");
    }

    @Test
    void aReadKeyMayExportAndBadInputIsAProblem() {
        String readKey = api.post("/api/v1/api-keys", KEY, "{\"name\": \"export-reader\", \"scopes\": [\"read\"]}")
                .json().get("secret").asString();
        String ingestKey = api.post("/api/v1/api-keys", KEY, "{\"name\": \"export-ingest\", \"scopes\": [\"ingest\"]}")
                .json().get("secret").asString();

        assertThat(api.get("/api/v1/surveys/" + surveyId + "/responses/export", readKey).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/surveys/" + surveyId + "/responses/export", ingestKey).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/surveys/" + surveyId + "/responses/export", null).status()).isEqualTo(401);
        assertThat(api.get("/api/v1/surveys/987654321/responses/export", KEY).status()).isEqualTo(404);
        Api.Reply badDate = api.get("/api/v1/surveys/" + surveyId + "/responses/export?from=yesterday", KEY);
        assertThat(badDate.status()).isEqualTo(422);
        assertThat(badDate.json().get("errors").get(0).get("field").asString()).isEqualTo("from");
    }

    private static List<CSVRecord> parse(Api.Reply reply) throws IOException {
        String text = reply.body();
        assertThat(text).startsWith("\uFEFF");
        try (CSVParser parser = CSVFormat.DEFAULT.parse(new StringReader(text.substring(1)))) {
            return parser.getRecords();
        }
    }

    private void record(Instant at, Map<String, ?> answers) {
        recorder.record(new ResponseSubmission(surveyId, null, null, null, null, "web", "checkout", "api", null, "fa", at, answers));
    }

    private static SurveyRequest request(List<SurveyRequest.QuestionRequest> questions) {
        return new SurveyRequest("Export " + System.nanoTime(), "active", null, null, null, questions, null);
    }

    private static SurveyRequest.QuestionRequest question(String key, String type, List<Choice> choices) {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("fa", "پرسش " + key);
        texts.put("en", "Question " + key);
        return new SurveyRequest.QuestionRequest(key, type, new LocalizedText(texts.get("fa"), texts.get("en")), false, null,
                choices, null, 1, null, null, null);
    }
}
