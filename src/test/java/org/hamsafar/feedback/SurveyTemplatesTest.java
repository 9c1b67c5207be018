package org.hamsafar.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hamsafar.support.Api;
import org.hamsafar.support.HamsafarTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The ready-made surveys are valid as they are, and the API lists them and makes drafts from them. */
@Tag("store")
@HamsafarTest
class SurveyTemplatesTest {
    static final String KEY = HamsafarTest.ADMIN_KEY;
    @LocalServerPort
    int port;
    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    @Test
    void everyTemplateIsAcceptedByTheValidatorWithPersianAndEnglishTexts() {
        assertThat(SurveyTemplates.all()).extracting(SurveyTemplate::key)
                .containsExactly("post_purchase_nps", "support_csat", "self_service_ces", "onboarding", "case_follow_up");
        for (SurveyTemplate template : SurveyTemplates.all()) {
            SurveyDefinitionValidator.Valid valid = SurveyDefinitionValidator.check(template.request());

            SurveyDefinition definition = valid.definition();
            assertThat(definition.languages()).as(template.key()).containsExactly("fa", "en");
            assertThat(definition.questions()).as(template.key()).hasSize(template.questionCount());
            assertThat(template.name().has("fa") && template.name().has("en")).as(template.key()).isTrue();
            assertThat(template.description().has("fa") && template.description().has("en")).as(template.key()).isTrue();
            for (Question question : definition.questions()) {
                assertThat(question.text().fa()).as(question.key()).matches(".*[\\u0600-\\u06FF].*");
                assertThat(question.text().en()).as(question.key()).matches("[ -~]+");
                question.choices().forEach(choice -> assertThat(choice.text().has("fa") && choice.text().has("en")).isTrue());
            }
        }
    }

    @Test
    void postPurchaseNpsAsksWhatToImproveOnlyOfDetractors() {
        SurveyDefinition definition = SurveyDefinitionValidator.check(
                SurveyTemplates.find("post_purchase_nps").orElseThrow().request()).definition();

        assertThat(definition.questions()).extracting(Question::key).containsExactly("nps", "reason", "improve");
        assertThat(definition.question("reason").orElseThrow().showIf()).isNull();
        Question improve = definition.question("improve").orElseThrow();
        assertThat(improve.type()).isEqualTo(QuestionType.MULTI_CHOICE);
        assertThat(improve.choices()).extracting(Choice::id).containsExactly("delivery", "price", "quality", "support", "app", "other");
        assertThat(AnswerChecker.check(definition, Map.of("nps", 6, "improve", List.of("delivery", "price"))).valid()).isTrue();
        assertThat(AnswerChecker.check(definition, Map.of("nps", 9, "improve", List.of("price"))).problems())
                .extracting(p -> p.field()).containsExactly("answers.improve");
    }

    @Test
    void supportCsatAsksForMoreOnlyWhenSatisfactionIsThreeOrLess() {
        SurveyDefinition definition = SurveyDefinitionValidator.check(
                SurveyTemplates.find("support_csat").orElseThrow().request()).definition();

        assertThat(definition.questions()).extracting(q -> q.type().key()).containsExactly("csat", "yes_no", "text");
        assertThat(AnswerChecker.check(definition, Map.of("csat", 3, "resolved", false, "better", "دیر جواب دادند")).valid()).isTrue();
        assertThat(AnswerChecker.check(definition, Map.of("csat", 4, "resolved", true, "better", "x")).valid()).isFalse();
    }

    @Test
    void caseFollowUpAsksWhetherTheProblemWasSolvedThenCsatWithAnOptionalComment() {
        SurveyDefinition definition = SurveyDefinitionValidator.check(
                SurveyTemplates.find("case_follow_up").orElseThrow().request()).definition();

        assertThat(definition.questions()).extracting(q -> q.key() + ":" + q.type().key() + ":" + q.required())
                .containsExactly("solved:yes_no:true", "csat:csat:true", "comment:text:false");
        assertThat(AnswerChecker.check(definition, Map.of("solved", false, "csat", 2)).valid()).isTrue();
        assertThat(AnswerChecker.check(definition, Map.of("csat", 4)).problems()).extracting(p -> p.field())
                .containsExactly("answers.solved");
    }

    @Test
    void onboardingHasTwoPages() {
        SurveyDefinition definition = SurveyDefinitionValidator.check(
                SurveyTemplates.find("onboarding").orElseThrow().request()).definition();

        assertThat(definition.pages()).isEqualTo(2);
        assertThat(definition.onPage(1)).extracting(q -> q.type().key()).containsExactly("rating", "single_choice");
        assertThat(definition.onPage(2)).extracting(q -> q.type().key()).containsExactly("multi_choice", "text");
        assertThat(definition.question("signup_ease").orElseThrow().maxScore()).isEqualTo(5);
    }

    @Test
    void apiListsTheTemplatesWithTheirQuestionCounts() {
        Api.Reply reply = api.get("/api/v1/survey-templates", KEY);

        assertThat(reply.status()).isEqualTo(200);
        List<String> rows = new ArrayList<>();
        reply.json().get("items").forEach(t -> rows.add(t.get("key").asString() + ":" + t.get("questionCount").asInt()));
        assertThat(rows).containsExactly("post_purchase_nps:3", "support_csat:3", "self_service_ces:2", "onboarding:4",
                "case_follow_up:3");
        JsonNode first = reply.json().get("items").get(0);
        assertThat(first.get("name").get("fa").asString()).contains("NPS");
        assertThat(first.get("description").get("en").asString()).isNotBlank();
    }

    @Test
    void creatingFromATemplateGivesADraftWithItsQuestions() {
        Api.Reply reply = api.post("/api/v1/surveys/from-template/support_csat", KEY, "{\"name\": \"Support, May\"}");

        assertThat(reply.status()).isEqualTo(201);
        JsonNode survey = reply.json();
        assertThat(survey.get("name").asString()).isEqualTo("Support, May");
        assertThat(survey.get("status").asString()).isEqualTo("draft");
        assertThat(survey.get("version").asInt()).isEqualTo(1);
        List<String> keys = new ArrayList<>();
        survey.get("questions").forEach(q -> keys.add(q.get("key").asString()));
        assertThat(keys).containsExactly("csat", "resolved", "better");
        assertThat(survey.get("questions").get(2).get("showIf").get("value").asInt()).isEqualTo(3);
        JsonNode stored = api.get("/api/v1/surveys/" + survey.get("id").asLong(), KEY).json();
        assertThat(stored.get("questions").get(0).get("text").get("fa").asString()).isEqualTo("چقدر از پشتیبانی‌ای که دریافت کردید راضی هستید؟");
    }

    @Test
    void withoutABodyTheTemplatesNameIsUsed() {
        Api.Reply reply = api.send("/api/v1/surveys/from-template/onboarding", KEY, "POST", null, new byte[0],
                Map.of("Accept-Language", "en"));

        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.json().get("name").asString()).isEqualTo("Onboarding");
        assertThat(reply.json().get("questions")).hasSize(4);
    }

    @Test
    void anUnknownTemplateIsNotFound() {
        Api.Reply reply = api.post("/api/v1/surveys/from-template/no_such_template", KEY, "{}");

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.contentType()).startsWith("application/problem+json");
    }
}
