package org.hamsafar.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hamsafar.feedback.ResponseBackfill.PastInvitation;
import org.hamsafar.feedback.ResponseBackfill.PastResponse;
import org.hamsafar.feedback.ResponseBackfill.UnansweredInvitation;
import org.hamsafar.feedback.SurveyRequest.ConditionRequest;
import org.hamsafar.feedback.SurveyRequest.QuestionRequest;
import org.hamsafar.shared.FieldProblem;
import org.hamsafar.shared.InvalidInputException;
import org.hamsafar.support.Api;
import org.hamsafar.support.HamsafarTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Past responses stored in bulk: checked like live ones, written once, with their answer rows and invitations. */
@Tag("store")
@HamsafarTest
class ResponseBackfillTest {
    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    @LocalServerPort
    int port;
    @Autowired
    ResponseBackfill backfill;
    @Autowired
    SurveyCatalog catalog;
    @Autowired
    JdbcClient jdbc;
    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    private Survey survey() {
        LocalizedText text = new LocalizedText("پرسش", "Question");
        return catalog.create(new SurveyRequest("Backfill " + UUID.randomUUID(), "active", List.of("fa", "en"), null, null, List.of(
                new QuestionRequest("nps", "nps", text, true, null, null, null, 1, null, null, null),
                new QuestionRequest("reason", "text", text, false, null, null, null, 1, null, null, null),
                new QuestionRequest("improve", "multi_choice", text, false, new ConditionRequest("nps", "<=", 6),
                        List.of(new Choice("delivery", text), new Choice("price", text)), null, 1, null, null, null)),
                new SurveyRequest.SettingsRequest(30, null, 3, 14)));
    }

    private long customer() {
        Api.Reply reply = api.send("/api/v1/customers", HamsafarTest.ADMIN_KEY, "PUT", "application/json",
                ("{\"identities\": {\"externalId\": \"backfill-" + UUID.randomUUID() + "\"}}").getBytes(StandardCharsets.UTF_8));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json().get("id").asLong();
    }

    private long count(String sql, long surveyId) {
        return jdbc.sql(sql).param("survey", surveyId).query(Long.class).single();
    }

    @Test
    void pastResponsesAreStoredOnceWithTheirAnswerRowsAndInvitations() {
        Survey survey = survey();
        long customer = customer();
        Instant sent = NOW.minus(Duration.ofDays(5));
        Instant answered = sent.plus(Duration.ofHours(3));
        List<PastResponse> responses = List.of(
                new PastResponse(survey.id(), "a", customer, "external_id:x", "email", "delivery", "page", "fa", answered,
                        Map.of("nps", 3, "reason", "پیک ۳ روز دیر اومد", "improve", List.of("delivery", "price")),
                        new PastInvitation("email", UUID.randomUUID(), sent, null)),
                new PastResponse(survey.id(), "b", customer, "external_id:x", "web", "checkout", "widget", "en",
                        NOW.minus(Duration.ofDays(40)), Map.of("nps", 10), null));
        List<UnansweredInvitation> unanswered = List.of(
                new UnansweredInvitation(survey.id(), customer, "delivery", new PastInvitation("email", UUID.randomUUID(),
                        NOW.minus(Duration.ofDays(2)), null)),
                new UnansweredInvitation(survey.id(), customer, "checkout", new PastInvitation("email", UUID.randomUUID(),
                        NOW.minus(Duration.ofDays(30)), NOW.minus(Duration.ofDays(27)))));

        ResponseBackfill.Stored first = backfill.store(responses, unanswered);
        ResponseBackfill.Stored again = backfill.store(responses, unanswered);

        assertThat(first).isEqualTo(new ResponseBackfill.Stored(2, 3));
        assertThat(again).as("a second run stores nothing").isEqualTo(new ResponseBackfill.Stored(0, 0));
        assertThat(count("SELECT COUNT(*) FROM survey_response WHERE survey_id = :survey", survey.id())).isEqualTo(2);
        // nps twice, the text once, one row per chosen improvement
        assertThat(jdbc.sql("SELECT question_key, COUNT(*) FROM survey_answer WHERE survey_id = :survey GROUP BY question_key")
                .param("survey", survey.id()).query((rs, n) -> rs.getString(1) + "=" + rs.getLong(2)).list())
                .containsExactlyInAnyOrder("nps=2", "reason=1", "improve=2");
        assertThat(jdbc.sql("SELECT status FROM survey_invitation WHERE survey_id = :survey").param("survey", survey.id())
                .query(String.class).list()).containsExactlyInAnyOrder("answered", "sent", "expired");
        assertThat(count("""
                SELECT COUNT(*) FROM survey_response r JOIN survey_invitation i ON i.id = r.invitation_id
                WHERE r.survey_id = :survey AND i.status = 'answered' AND i.answered_at = r.submitted_at""", survey.id())).isEqualTo(1);
        assertThat(catalog.get(survey.id()).version()).isEqualTo(1);
    }

    @Test
    void answersAreCheckedAgainstTheSurveyBeforeAnythingIsStored() {
        Survey survey = survey();
        long customer = customer();
        Instant at = NOW.minus(Duration.ofDays(1));
        List<PastResponse> responses = List.of(
                new PastResponse(survey.id(), "ok", customer, null, "sms", "delivery", "page", "fa", at, Map.of("nps", 8), null),
                new PastResponse(survey.id(), "range", customer, null, "sms", "delivery", "page", "fa", at, Map.of("nps", 11), null),
                new PastResponse(survey.id(), "hidden", customer, null, "sms", "delivery", "page", "fa", at,
                        Map.of("nps", 9, "improve", List.of("price")), null),
                new PastResponse(survey.id(), "channel", customer, null, "pigeon", "delivery", "page", "fa", at, Map.of("nps", 9), null));

        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> backfill.store(responses, List.of()));

        assertThat(e.errors()).extracting(FieldProblem::field)
                .containsExactly("responses[1].answers.nps", "responses[2].answers.improve", "responses[3].channel");
        assertThat(count("SELECT COUNT(*) FROM survey_response WHERE survey_id = :survey", survey.id())).isZero();
        assertThat(count("SELECT COUNT(*) FROM survey_answer WHERE survey_id = :survey", survey.id())).isZero();
    }
}
