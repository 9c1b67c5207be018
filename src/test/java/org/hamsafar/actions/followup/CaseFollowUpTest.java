package org.hamsafar.actions.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.hamsafar.feedback.Invitation;
import org.hamsafar.feedback.InvitationStatus;
import org.hamsafar.feedback.RecordedResponse;
import org.hamsafar.feedback.ResponseRecorder;
import org.hamsafar.feedback.ResponseSubmission;
import org.hamsafar.feedback.SurveyInvitations;
import org.hamsafar.support.Api;
import org.hamsafar.support.HamsafarTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Resolving a case sends the customer the follow-up survey; their answer lands on the case, and "not
 * solved" reopens it. The settings are global: every test sets them, and switches follow-up off and
 * withdraws what it left scheduled when it ends, so that no other test meets them.
 */
@Tag("store")
@HamsafarTest
class CaseFollowUpTest {
    private static final String KEY = HamsafarTest.ADMIN_KEY;
    private static final Pattern HIDDEN = Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"");

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SurveyInvitations invitations;
    @Autowired
    ResponseRecorder recorder;
    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    @AfterEach
    void switchOffAndWithdrawWhatIsLeft() {
        assertThat(settings(Map.of("enabled", false, "channel", "email", "delayMinutes", 60, "fatigueExempt", true)).status())
                .isEqualTo(200);
        jdbc.sql("SELECT invitation_id FROM case_follow_up").query(Long.class).list()
                .forEach(id -> invitations.withdraw(id, "test over"));
    }

    @Test
    void resolvingACaseInvitesItsCustomerToTheBuiltInSurveyByTheChosenChannelAfterTheDelay() {
        Api.Reply enabled = enable("channel", "email", "delayMinutes", 30);
        assertThat(enabled.status()).as(enabled.body()).isEqualTo(200);
        long surveyId = enabled.json().get("surveyId").asLong();
        assertThat(enabled.json().get("builtinSurvey").asBoolean()).isTrue();
        JsonNode survey = api.get("/api/v1/surveys/" + surveyId, KEY).json();
        assertThat(survey.get("status").asString()).isEqualTo("active");
        assertThat(survey.get("name").asString()).isEqualTo("پیگیری پس از رسیدگی به درخواست");
        List<String> questions = new ArrayList<>();
        survey.get("questions").forEach(q -> questions.add(q.get("key").asString() + ":" + q.get("type").asString()));
        assertThat(questions).containsExactly("solved:yes_no", "csat:csat", "comment:text");
        Customer customer = customer(true, true);
        long caseId = openCase(customer.id());

        JsonNode resolved = resolve(caseId);

        List<Long> ids = jdbc.sql("SELECT id FROM survey_invitation WHERE customer_id = :c").param("c", customer.id())
                .query(Long.class).list();
        assertThat(ids).hasSize(1);
        long invitationId = ids.get(0);
        Invitation invitation = invitations.find(invitationId).orElseThrow();
        assertThat(invitation.surveyId()).isEqualTo(surveyId);
        assertThat(invitation.channel()).isEqualTo("email");
        assertThat(invitation.touchpoint()).isEqualTo("case_follow_up");
        assertThat(invitation.status()).isEqualTo(InvitationStatus.SCHEDULED);
        Instant resolvedAt = Instant.parse(resolved.get("resolvedAt").asString()).truncatedTo(ChronoUnit.MICROS);
        assertThat(invitation.sendAt()).isEqualTo(resolvedAt.plus(Duration.ofMinutes(30)));
        JsonNode aCase = api.get("/api/v1/cases/" + caseId, KEY).json();
        JsonNode followUp = aCase.get("followUp");
        assertThat(followUp.get("invitationId").asLong()).isEqualTo(invitationId);
        assertThat(followUp.get("surveyId").asLong()).isEqualTo(surveyId);
        assertThat(followUp.get("channel").asString()).isEqualTo("email");
        assertThat(followUp.get("status").asString()).isEqualTo("scheduled");
        assertThat(followUp.get("sentAt").isNull()).isTrue();
        assertThat(followUp.get("answeredAt").isNull()).isTrue();
        assertThat(history(aCase)).contains("system follow_up invited|email|" + invitationId + "|"
                + resolvedAt.plus(Duration.ofMinutes(30)));
    }

    @Test
    void answeringYesAttachesTheAnswerAndLeavesTheCaseResolved() {
        assertThat(enable("channel", "link").status()).isEqualTo(200);
        Customer customer = customer(false, false);
        long caseId = openCase(customer.id());
        resolve(caseId);
        JsonNode followUp = api.get("/api/v1/cases/" + caseId, KEY).json().get("followUp");
        long invitationId = followUp.get("invitationId").asLong();
        Invitation invitation = invitations.find(invitationId).orElseThrow();
        assertThat(followUp.get("link").asString()).endsWith("?t=" + invitation.token());

        RecordedResponse response = recorder.record(new ResponseSubmission(invitation.surveyId(), null, "page:" + UUID.randomUUID(),
                null, customer.id(), "web", "case_follow_up", "page", invitationId, "fa", null,
                Map.of("solved", true, "csat", 5, "comment", "سریع حل شد")));

        JsonNode aCase = api.get("/api/v1/cases/" + caseId, KEY).json();
        assertThat(aCase.get("state").asString()).isEqualTo("resolved");
        JsonNode answered = aCase.get("followUp");
        assertThat(answered.get("status").asString()).isEqualTo("answered");
        assertThat(answered.get("solved").asBoolean()).isTrue();
        assertThat(answered.get("csat").asInt()).isEqualTo(5);
        assertThat(answered.get("comment").asString()).isEqualTo("سریع حل شد");
        assertThat(answered.get("responseId").asString()).isEqualTo(response.id().toString());
        assertThat(answered.get("answeredAt").isNull()).isFalse();
        assertThat(answered.has("link")).isFalse();
        List<String> history = history(aCase);
        assertThat(history).contains("customer follow_up answered|yes|5");
        assertThat(history.get(history.size() - 1)).isEqualTo("customer follow_up answered|yes|5");
    }

    @Test
    void theAnswerAndTheReopeningAreWrittenInTheTransactionThatStoresTheResponse() {
        assertThat(enable("channel", "link").status()).isEqualTo(200);
        Customer customer = customer(false, false);
        long caseId = openCase(customer.id());
        resolve(caseId);
        long invitationId = api.get("/api/v1/cases/" + caseId, KEY).json().get("followUp").get("invitationId").asLong();
        Invitation invitation = invitations.find(invitationId).orElseThrow();
        List<String> seenInTheTransaction = new ArrayList<>();

        // Runs in the response's own transaction, after everything it stores: whatever is attached later is not there yet.
        recorder.record(new ResponseSubmission(invitation.surveyId(), null, "page:" + UUID.randomUUID(), null, customer.id(), "web",
                "case_follow_up", "page", invitationId, "fa", null, Map.of("solved", false, "csat", 1)), () -> {
                    seenInTheTransaction.add(jdbc.sql("SELECT solved, csat FROM case_follow_up WHERE invitation_id = :id"
                                    + " AND answered_at IS NOT NULL").param("id", invitationId)
                            .query((rs, n) -> rs.getBoolean("solved") + "/" + rs.getInt("csat")).optional().orElse("not attached"));
                    seenInTheTransaction.add(jdbc.sql("SELECT state FROM cx_case WHERE id = :id").param("id", caseId)
                            .query(String.class).single());
                });

        assertThat(seenInTheTransaction).containsExactly("false/1", "in_progress");
        JsonNode aCase = api.get("/api/v1/cases/" + caseId, KEY).json();
        assertThat(aCase.get("state").asString()).isEqualTo("in_progress");
        List<String> history = history(aCase);
        assertThat(history.subList(history.size() - 2, history.size()))
                .containsExactly("customer follow_up answered|no|1", "customer state resolved>in_progress");
    }

    @Test
    void aNotSolvedAnswerToACaseClosedMeanwhileIsStoredAndLeavesTheCaseClosed() {
        assertThat(enable("channel", "link").status()).isEqualTo(200);
        Customer customer = customer(false, false);
        long caseId = openCase(customer.id());
        resolve(caseId);
        long invitationId = api.get("/api/v1/cases/" + caseId, KEY).json().get("followUp").get("invitationId").asLong();
        Invitation invitation = invitations.find(invitationId).orElseThrow();
        assertThat(patch(caseId, "closed").status()).isEqualTo(200);

        RecordedResponse response = recorder.record(new ResponseSubmission(invitation.surveyId(), null, "page:" + UUID.randomUUID(),
                null, customer.id(), "web", "case_follow_up", "page", invitationId, "fa", null, Map.of("solved", false, "csat", 3)));

        assertThat(response.duplicate()).isFalse();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM survey_response WHERE id = :id").param("id", response.id())
                .query(Long.class).single()).isEqualTo(1);
        JsonNode aCase = api.get("/api/v1/cases/" + caseId, KEY).json();
        assertThat(aCase.get("state").asString()).isEqualTo("closed");
        assertThat(aCase.get("followUp").get("solved").asBoolean()).isFalse();
        List<String> history = history(aCase);
        assertThat(history.get(history.size() - 1)).isEqualTo("customer follow_up answered|no|3");
    }

    @Test
    void answeringNoOnTheSurveyPageReopensTheCaseAsTheCustomerAndTheNextResolutionAsksAgain() {
        assertThat(enable("channel", "link").status()).isEqualTo(200);
        Customer customer = customer(false, false);
        long caseId = openCase(customer.id());
        resolve(caseId);
        String link = api.get("/api/v1/cases/" + caseId, KEY).json().get("followUp").get("link").asString();

        String thanks = answerOnThePage(URI.create(link), Map.of("a.solved", "false", "a.csat", "2", "a.comment", "هنوز کار نمی‌کند"));

        assertThat(thanks).contains("سپاسگزاریم");
        JsonNode aCase = api.get("/api/v1/cases/" + caseId, KEY).json();
        assertThat(aCase.get("state").asString()).isEqualTo("in_progress");
        assertThat(aCase.get("resolvedAt").isNull()).isTrue();
        assertThat(aCase.get("followUp").get("solved").asBoolean()).isFalse();
        assertThat(aCase.get("followUp").get("csat").asInt()).isEqualTo(2);
        assertThat(aCase.get("followUp").get("comment").asString()).isEqualTo("هنوز کار نمی‌کند");
        List<String> history = history(aCase);
        assertThat(history.subList(history.size() - 2, history.size()))
                .containsExactly("customer follow_up answered|no|2", "customer state resolved>in_progress");

        resolve(caseId);

        JsonNode again = api.get("/api/v1/cases/" + caseId + "/follow-ups", KEY).json().get("items");
        assertThat(again).hasSize(2);
        assertThat(again.get(0).get("status").asString()).isEqualTo("sent");
        assertThat(again.get(0).get("invitationId").asLong()).isNotEqualTo(again.get(1).get("invitationId").asLong());
        assertThat(again.get(1).get("solved").asBoolean()).isFalse();
    }

    @Test
    void reopeningBeforeTheInvitationGoesOutWithdrawsItAndAStillOpenOneIsNotDoubled() {
        assertThat(enable("channel", "sms", "delayMinutes", 120).status()).isEqualTo(200);
        Customer customer = customer(true, true);
        long caseId = openCase(customer.id());
        resolve(caseId);
        long first = api.get("/api/v1/cases/" + caseId, KEY).json().get("followUp").get("invitationId").asLong();

        assertThat(patch(caseId, "in_progress").status()).isEqualTo(200);

        assertThat(invitations.find(first).orElseThrow().status()).isEqualTo(InvitationStatus.SKIPPED);
        JsonNode aCase = api.get("/api/v1/cases/" + caseId, KEY).json();
        assertThat(aCase.get("followUp").get("status").asString()).isEqualTo("withdrawn");
        assertThat(history(aCase)).contains("system follow_up withdrawn|" + first);

        // A link handed out stays open: resolving again must not give the customer a second one.
        assertThat(settings(Map.of("channel", "link")).status()).isEqualTo(200);
        resolve(caseId);
        long second = api.get("/api/v1/cases/" + caseId, KEY).json().get("followUp").get("invitationId").asLong();
        assertThat(second).isNotEqualTo(first);
        assertThat(patch(caseId, "in_progress").status()).isEqualTo(200);
        resolve(caseId);

        JsonNode third = api.get("/api/v1/cases/" + caseId, KEY).json();
        assertThat(third.get("followUp").get("invitationId").asLong()).isEqualTo(second);
        assertThat(invitations.find(second).orElseThrow().status()).isEqualTo(InvitationStatus.SENT);
        assertThat(history(third).get(history(third).size() - 1)).isEqualTo("system follow_up not_sent|still_open|" + second);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM survey_invitation WHERE customer_id = :c").param("c", customer.id())
                .query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void aCaseWithoutCustomerOrACustomerWithoutAddressGetsAReasonAndNoInvitation() {
        assertThat(enable("channel", "email").status()).isEqualTo(200);
        long anonymous = openCase(null);
        Customer noEmail = customer(false, false);
        long unreachable = openCase(noEmail.id());
        Customer noConsent = customer(true, false);
        long unconsented = openCase(noConsent.id());

        resolve(anonymous);
        resolve(unreachable);
        resolve(unconsented);

        JsonNode first = api.get("/api/v1/cases/" + anonymous, KEY).json();
        assertThat(first.get("followUp").isNull()).isTrue();
        assertThat(history(first)).contains("system follow_up not_sent|no_customer");
        JsonNode second = api.get("/api/v1/cases/" + unreachable, KEY).json();
        assertThat(second.get("followUp").isNull()).isTrue();
        assertThat(history(second)).contains("system follow_up not_sent|no_email");
        JsonNode third = api.get("/api/v1/cases/" + unconsented, KEY).json();
        assertThat(history(third)).contains("system follow_up not_sent|no_consent|email");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM survey_invitation WHERE customer_id IN (:c)")
                .param("c", List.of(noEmail.id(), noConsent.id())).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM case_follow_up WHERE case_id IN (:c)")
                .param("c", List.of(anonymous, unreachable, unconsented)).query(Long.class).single()).isZero();
    }

    @Test
    void withFollowUpSwitchedOffResolvingSendsNothingAndLeavesNoTrace() {
        assertThat(settings(Map.of("enabled", false, "channel", "email")).status()).isEqualTo(200);
        Customer customer = customer(true, true);
        long caseId = openCase(customer.id());

        resolve(caseId);

        JsonNode aCase = api.get("/api/v1/cases/" + caseId, KEY).json();
        assertThat(aCase.get("followUp").isNull()).isTrue();
        assertThat(history(aCase)).noneMatch(h -> h.contains("follow_up"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM survey_invitation WHERE customer_id = :c").param("c", customer.id())
                .query(Long.class).single()).isZero();
    }

    @Test
    void theSettingsRefuseWhatCannotWorkAndNameTheField() {
        assertThat(enable("channel", "sms", "delayMinutes", 15).status()).isEqualTo(200);
        long draft = survey("draft", true);
        long withoutYesNo = survey("active", false);
        long paused = survey("paused", true);
        long usable = survey("active", true);

        assertThat(problems(settings(Map.of("surveyId", 987654321)))).containsExactly("surveyId: no survey 987654321");
        assertThat(problems(settings(Map.of("surveyId", draft)))).singleElement().asString()
                .startsWith("surveyId: survey " + draft + " is a draft: only an active (published) survey can be answered");
        assertThat(problems(settings(Map.of("surveyId", paused)))).singleElement().asString()
                .startsWith("surveyId: survey " + paused + " is paused");
        assertThat(problems(settings(Map.of("surveyId", withoutYesNo)))).singleElement().asString()
                .startsWith("surveyId: survey " + withoutYesNo + " asks no yes_no question");
        assertThat(problems(settings(Map.of("channel", "fax", "delayMinutes", -1, "enabled", "yes", "colour", "red"))))
                .containsExactlyInAnyOrder("colour: unknown field", "enabled: must be true or false",
                        "channel: must be one of email, sms, link",
                        "delayMinutes: must be a whole number of minutes from 0 to 43200 (30 days)");
        assertThat(problems(settings(Map.of("surveyId", "twelve")))).containsExactly(
                "surveyId: must be a survey's id (a positive whole number), or null for the built-in survey");
        JsonNode unchanged = api.get("/api/v1/cases/follow-up", KEY).json();
        assertThat(unchanged.get("channel").asString()).isEqualTo("sms");
        assertThat(unchanged.get("delayMinutes").asInt()).isEqualTo(15);

        Api.Reply chosen = settings(Map.of("surveyId", usable, "fatigueExempt", false));
        assertThat(chosen.status()).as(chosen.body()).isEqualTo(200);
        assertThat(chosen.json().get("surveyId").asLong()).isEqualTo(usable);
        assertThat(chosen.json().get("builtinSurvey").asBoolean()).isFalse();
        assertThat(chosen.json().get("fatigueExempt").asBoolean()).isFalse();
        assertThat(chosen.json().get("updatedBy").asString()).startsWith("key:");
        LinkedHashMap<String, Object> builtin = new LinkedHashMap<>();
        builtin.put("surveyId", null);
        Api.Reply back = settings(builtin);
        assertThat(back.json().get("builtinSurvey").asBoolean()).isTrue();
        assertThat(api.send("/api/v1/cases/follow-up", null, "PUT", "application/json", "{}".getBytes(StandardCharsets.UTF_8))
                .status()).isEqualTo(401);
    }

    @Test
    void theFollowUpGoesOutAlthoughTheCustomerWasJustSurveyedUnlessTheSettingsSayOtherwise() throws InterruptedException {
        Customer exempt = customer(true, true);
        Customer held = customer(true, true);
        long nps = survey("active", true);
        Invitation npsToExempt = invitations.invite(nps, exempt.id(), "sms", "checkout", null);
        Invitation npsToHeld = invitations.invite(nps, held.id(), "sms", "checkout", null);
        awaitNotScheduled(npsToExempt.id(), npsToHeld.id());
        assertThat(invitations.find(npsToHeld.id()).orElseThrow().status()).isEqualTo(InvitationStatus.SENT);
        long exemptCase = openCase(exempt.id());
        long heldCase = openCase(held.id());

        assertThat(enable("channel", "sms", "delayMinutes", 0, "fatigueExempt", true).status()).isEqualTo(200);
        resolve(exemptCase);
        assertThat(settings(Map.of("fatigueExempt", false)).status()).isEqualTo(200);
        resolve(heldCase);
        long goesOut = api.get("/api/v1/cases/" + exemptCase, KEY).json().get("followUp").get("invitationId").asLong();
        long heldBack = api.get("/api/v1/cases/" + heldCase, KEY).json().get("followUp").get("invitationId").asLong();
        awaitNotScheduled(goesOut, heldBack);

        assertThat(invitations.find(goesOut).orElseThrow().status()).isEqualTo(InvitationStatus.SENT);
        Invitation skipped = invitations.find(heldBack).orElseThrow();
        assertThat(skipped.status()).isEqualTo(InvitationStatus.SKIPPED);
        assertThat(skipped.reason()).startsWith("fatigue:");
        JsonNode shown = api.get("/api/v1/cases/" + heldCase, KEY).json().get("followUp");
        assertThat(shown.get("status").asString()).isEqualTo("skipped");
        assertThat(shown.get("reason").asString()).startsWith("fatigue:");
    }

    /** Waits for the invitation job (every 15 s) to have handled the invitations. */
    private void awaitNotScheduled(long... ids) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            boolean handled = true;
            for (long id : ids) {
                handled &= invitations.find(id).orElseThrow().status() != InvitationStatus.SCHEDULED;
            }
            if (handled) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("The invitation job did not handle " + java.util.Arrays.toString(ids) + " within 60 s");
    }

    /** Switches follow-up on with the built-in survey and these other settings (name, value, ...). */
    private Api.Reply enable(Object... settings) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("enabled", true);
        body.put("surveyId", null);
        for (int i = 0; i < settings.length; i += 2) {
            body.put((String) settings[i], settings[i + 1]);
        }
        return settings(body);
    }

    private Api.Reply settings(Map<String, Object> body) {
        return api.send("/api/v1/cases/follow-up", KEY, "PUT", "application/json", Api.json(body).getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> problems(Api.Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(422);
        List<String> problems = new ArrayList<>();
        reply.json().get("errors").forEach(e -> problems.add(e.get("field").asString() + ": " + e.get("message").asString()));
        return problems;
    }

    private record Customer(long id, String email, String phone) {
    }

    /** A customer with an external id, and an e-mail and a phone if {@code reachable}, with consent to surveys on both if {@code consent}. */
    private Customer customer(boolean reachable, boolean consent) {
        String email = "follow-up-" + UUID.randomUUID() + "@example.com";
        String phone = "+98912" + (1_000_000 + ThreadLocalRandom.current().nextInt(9_000_000));
        Map<String, Object> identities = new LinkedHashMap<>();
        identities.put("externalId", "follow-up-" + UUID.randomUUID());
        if (reachable) {
            identities.put("email", email);
            identities.put("phone", phone);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("identities", identities);
        if (consent) {
            body.put("consent", List.of(Map.of("channel", "email", "purpose", "surveys", "granted", true, "source", "test"),
                    Map.of("channel", "sms", "purpose", "surveys", "granted", true, "source", "test")));
        }
        Api.Reply reply = api.send("/api/v1/customers", KEY, "PUT", "application/json", Api.json(body).getBytes(StandardCharsets.UTF_8));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return new Customer(reply.json().get("id").asLong(), email, phone);
    }

    private long survey(String status, boolean yesNo) {
        String question = yesNo
                ? "{\"key\": \"fixed\", \"type\": \"yes_no\", \"required\": true, \"text\": {\"fa\": \"مشکل حل شد؟\", \"en\": \"Fixed?\"}}"
                : "{\"key\": \"nps\", \"type\": \"nps\", \"required\": true, \"text\": {\"fa\": \"پیشنهاد می‌کنید؟\", \"en\": \"Recommend?\"}}";
        Api.Reply reply = api.post("/api/v1/surveys", KEY, "{\"name\": \"Follow-up " + UUID.randomUUID() + "\", \"status\": \"" + status
                + "\", \"questions\": [" + question + "]}");
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json().get("id").asLong();
    }

    private long openCase(Long customerId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", "سفارش ناقص رسید");
        if (customerId != null) {
            body.put("customerId", customerId);
        }
        Api.Reply reply = api.post("/api/v1/cases", KEY, Api.json(body));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json().get("id").asLong();
    }

    private Api.Reply patch(long caseId, String state) {
        return api.patch("/api/v1/cases/" + caseId, KEY, Api.json(Map.of("state", state)));
    }

    /** Moves the case on to resolved (through in_progress when needed). */
    private JsonNode resolve(long caseId) {
        String state = api.get("/api/v1/cases/" + caseId, KEY).json().get("state").asString();
        if (!state.equals("in_progress")) {
            assertThat(patch(caseId, "in_progress").status()).isEqualTo(200);
        }
        Api.Reply resolved = patch(caseId, "resolved");
        assertThat(resolved.status()).as(resolved.body()).isEqualTo(200);
        return resolved.json();
    }

    /** The history as "actor change to" (a state change as "from>to"). */
    private static List<String> history(JsonNode aCase) {
        List<String> entries = new ArrayList<>();
        aCase.get("history").forEach(h -> {
            String actor = h.get("actor").asString().startsWith("key:") ? "key" : h.get("actor").asString();
            String to = h.get("to").isNull() ? "" : h.get("to").asString();
            String change = h.get("change").asString();
            entries.add(actor + " " + change + " " + (change.equals("state") ? h.get("from").asString() + ">" + to : to));
        });
        return entries;
    }

    /**
     * Opens the personal link like a browser without JavaScript and sends the one-page form with
     * these answers (its form time a few seconds old, as a person's would be); the page that came back.
     */
    private String answerOnThePage(URI link, Map<String, String> answers) {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
        String path = link.getRawPath() + "?" + link.getRawQuery();
        String form = send(browser, HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build()).body();
        List<String> fields = new ArrayList<>();
        Matcher hidden = HIDDEN.matcher(form);
        while (hidden.find()) {
            String value = hidden.group(1).equals("started") ? String.valueOf(Long.parseLong(hidden.group(2)) - 5000) : hidden.group(2);
            fields.add(encode(hidden.group(1)) + "=" + encode(value));
        }
        answers.forEach((name, value) -> fields.add(encode(name) + "=" + encode(value)));
        HttpRequest post = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + link.getRawPath()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(fields.stream().collect(Collectors.joining("&")))).build();
        HttpResponse<String> reply = send(browser, post);
        if (reply.statusCode() == 429) {
            // Other tests on this address used up the minute's submissions: send again in the next one.
            sleep(Duration.ofSeconds(Long.parseLong(reply.headers().firstValue("Retry-After").orElse("60")) + 1));
            reply = send(browser, post);
        }
        assertThat(reply.statusCode()).as(reply.body()).isEqualTo(200);
        return reply.body();
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
