package org.hamsafar.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.hamsafar.support.Api;
import org.hamsafar.support.HamsafarTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@Tag("store")
@HamsafarTest
class SurveyApiTest {
    static final String KEY = "hs_test_admin_key_0123456789";
    static final String NPS_SURVEY = """
            {"name": "%s", "status": "%s", "questions": [
              {"key": "nps", "type": "nps", "text": {"fa": "چقدر احتمال دارد ما را به دوستانتان پیشنهاد کنید؟", "en": "How likely are you to recommend us?"}, "required": true},
              {"key": "why", "type": "text", "text": {"fa": "چه چیزی اشتباه بود؟", "en": "What went wrong?"}, "showIf": {"question": "nps", "op": "<=", "value": 6}}
            ]}""";
    @LocalServerPort
    int port;
    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    @Test
    void createdSurveyHasAnIdAPublicKeyAndItsQuestions() {
        Api.Reply reply = api.post("/api/v1/surveys", KEY, NPS_SURVEY.formatted("Post-purchase", "active"));
        assertThat(reply.status()).isEqualTo(201);
        JsonNode survey = reply.json();
        assertThat(survey.get("id").asLong()).isPositive();
        assertThat(survey.get("key").asString()).matches("[A-Za-z0-9]{12}");
        assertThat(survey.get("link").asString()).isEqualTo("/s/" + survey.get("key").asString());
        assertThat(survey.get("version").asInt()).isEqualTo(1);
        assertThat(survey.get("languages").toString()).isEqualTo("[\"fa\",\"en\"]");
        assertThat(survey.get("questions").get(1).get("showIf").get("op").asString()).isEqualTo("<=");
        JsonNode again = api.get("/api/v1/surveys/" + survey.get("id").asLong(), KEY).json();
        assertThat(again.get("questions").get(0).get("text").get("fa").asString()).startsWith("چقدر");
    }

    @Test
    void everyWrongFieldIsNamed() {
        Api.Reply reply = api.post("/api/v1/surveys", KEY, """
                {"name": "", "status": "open", "languages": ["fa", "de"], "questions": [
                  {"key": "Score", "type": "stars", "text": {"fa": "امتیاز"}},
                  {"key": "pick", "type": "single_choice", "text": {"fa": "الف", "en": "a"}, "choices": [{"id": "a", "text": {"fa": "الف"}}]},
                  {"key": "why", "type": "text", "text": {"fa": "چرا"}, "showIf": {"question": "later", "op": "<=", "value": 6}},
                  {"key": "later", "type": "nps", "text": {"fa": "بعدی"}, "page": 3}
                ]}""");
        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        List<String> fields = new ArrayList<>();
        reply.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
        assertThat(fields).contains("name", "status", "languages[1]", "questions[0].key", "questions[0].type",
                "questions[1].choices", "questions[2].showIf.question", "questions[3].page");
    }

    @Test
    void editingAnActiveSurveyMakesANewVersionAndKeepsTheOld() {
        long id = api.post("/api/v1/surveys", KEY, NPS_SURVEY.formatted("Versioned", "active")).json().get("id").asLong();
        String changed = NPS_SURVEY.formatted("Versioned", "active").replace("What went wrong?", "What should we fix?");
        JsonNode updated = api.send("/api/v1/surveys/" + id, KEY, "PUT", "application/json", changed.getBytes()).json();
        assertThat(updated.get("version").asInt()).isEqualTo(2);
        assertThat(api.get("/api/v1/surveys/" + id + "/versions/1", KEY).json().get("questions").get(1).get("text").get("en").asString())
                .isEqualTo("What went wrong?");
        // Same questions, another status: no new version.
        JsonNode paused = api.send("/api/v1/surveys/" + id, KEY, "PUT", "application/json",
                changed.replace("\"active\"", "\"paused\"").getBytes()).json();
        assertThat(paused.get("version").asInt()).isEqualTo(2);
        assertThat(paused.get("status").asString()).isEqualTo("paused");
    }

    @Test
    void aDraftIsEditedInPlace() {
        long id = api.post("/api/v1/surveys", KEY, NPS_SURVEY.formatted("Draft", "draft")).json().get("id").asLong();
        String changed = NPS_SURVEY.formatted("Draft", "draft").replace("What went wrong?", "Tell us more");
        JsonNode updated = api.send("/api/v1/surveys/" + id, KEY, "PUT", "application/json", changed.getBytes()).json();
        assertThat(updated.get("version").asInt()).isEqualTo(1);
        assertThat(updated.get("questions").get(1).get("text").get("en").asString()).isEqualTo("Tell us more");
    }

    @Test
    void listIsPagedNewestFirstAndFilteredByStatus() {
        for (int i = 0; i < 3; i++) {
            api.post("/api/v1/surveys", KEY, NPS_SURVEY.formatted("Closed " + i, "closed"));
        }
        JsonNode first = api.get("/api/v1/surveys?status=closed&limit=2", KEY).json();
        assertThat(first.get("items")).hasSize(2);
        first.get("items").forEach(s -> assertThat(s.get("status").asString()).isEqualTo("closed"));
        JsonNode second = api.get("/api/v1/surveys?status=closed&limit=2&cursor=" + first.get("nextCursor").asString(), KEY).json();
        assertThat(second.get("items").get(0).get("id").asLong()).isLessThan(first.get("items").get(1).get("id").asLong());
        assertThat(api.get("/api/v1/surveys?status=gone", KEY).status()).isEqualTo(422);
        assertThat(api.get("/api/v1/surveys/999999999", KEY).status()).isEqualTo(404);
    }
}
