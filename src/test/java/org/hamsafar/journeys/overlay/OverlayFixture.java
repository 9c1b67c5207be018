package org.hamsafar.journeys.overlay;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hamsafar.actions.CaseBackfill;
import org.hamsafar.actions.CasePriority;
import org.hamsafar.actions.CaseState;
import org.hamsafar.customers.CustomerDirectory;
import org.hamsafar.feedback.LocalizedText;
import org.hamsafar.feedback.ResponseRecorder;
import org.hamsafar.feedback.ResponseSubmission;
import org.hamsafar.feedback.Survey;
import org.hamsafar.feedback.SurveyCatalog;
import org.hamsafar.feedback.SurveyRequest;
import org.hamsafar.feedback.SurveyRequest.QuestionRequest;
import org.hamsafar.shared.store.UtcTimes;
import org.hamsafar.support.Api;
import org.hamsafar.support.HamsafarTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A hand-built journey map of three stages and its data, all under a prefix of its own (event
 * types, touchpoint keys, customers, the segment tag), so that other tests' data never count.
 * The period is the week [2026-03-01, 2026-03-08) UTC, the window one day.
 *
 * <p>Stages and touchpoints (designed emotion):
 * <ul>
 *   <li>browse (+1): web and app {@code <p>_view} at {@code <p>_page};</li>
 *   <li>buy (0): web {@code <p>_buy} at {@code <p>_checkout}, with the test survey;</li>
 *   <li>support (-2): phone {@code <p>_call} at {@code <p>_line}, chat {@code <p>_chat} at
 *   {@code <p>_live}, web {@code <p>_ticket} at {@code <p>_form}, and web {@code <p>_help} at
 *   {@code <p>_checkout} (nobody asks for help there; it names no survey, and the buy stage names one
 *   at that key, so it collects no feedback: the checkout's responses belong to the buy stage).</li>
 * </ul>
 * The map is linked to a persona whose segment is the fixture's tag. Customers (A, B and E carry the tag):
 * <pre>
 * A  view web 03-02 10:00, buy 11:00 (+3600 s), view app 12:00; call 03-03 09:00 (+79200 s after the buy), call 15:00 (a repeat within 1 d)
 * B  view app 03-03 08:00, buy 10:00 (+7200 s); an off-map event 11:00
 * C  view web 03-04 09:00, buy 03-06 09:00 (48 h: too late for the window)
 * D  view web 03-05 10:00, nothing else
 * E  buy 03-05 12:00 (never browsed), chat 13:00 (+3600 s), ticket 03-07 10:00 (web: no contact), chat 11:00 (46 h after the first: no repeat)
 * F  view web 03-07 23:00, buy 03-08 01:00 (after the period, within the window: converts; +7200 s)
 * G  view web 02-28 (before the period)
 * </pre>
 * Responses to the test survey (NPS, CSAT, CES, comment): R1 A at checkout 03-02 12:00 NPS 10, CSAT 5
 * and a positive comment; R2 B checkout 03-03 11:00 NPS 6, CSAT 4, CES 2; R3 C checkout 03-06 10:00
 * NPS 8, CES 7; R4 E checkout 03-05 14:00 NPS 3; R5 D checkout 03-09 NPS 0 (after the period); R6 A at
 * the support line 03-03 16:00 CSAT 1; R7 A at checkout 03-02 13:00 to ANOTHER survey, NPS 0 (the
 * buy touchpoint names the test survey: not counted there). E's two chats carry angry texts.
 *
 * <p>Cases (backfilled, past): K1 from R4 (buy), never answered; K2 from A's 09:00 call (support),
 * resolved and closed within an hour; K3 for B with no item (manual), opened 03-03 12:00: B was last
 * at the buy stage (10:00); K4 from B's off-map event: nowhere; K5 from R6 (support), never answered;
 * K6 from R5, opened 03-09: after the period. The cases never answered are open and breached their
 * SLA (the SLA check would judge them so; the fixture records it so as not to wait for the check).
 */
final class OverlayFixture {
    static final String FROM = "2026-03-01T00:00:00Z";
    static final String TO = "2026-03-08T00:00:00Z";
    static final String ANGRY_1 = "This is terrible, the payment failed again and nobody helps. I am very angry.";
    static final String ANGRY_2 = "Still not fixed, awful useless service, worst support ever.";
    static final String HAPPY = "Great, fast and easy checkout, I love it.";

    final String prefix = "o" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    final String segment = prefix + "-vip";
    final Map<String, Long> customers = new LinkedHashMap<>();
    long mapId;
    long personaId;
    long surveyId;
    UUID r1;
    UUID r4;
    UUID r6;
    String angryEvent1;
    String angryEvent2;

    private final Api api;
    private final SurveyCatalog surveys;
    private final ResponseRecorder recorder;
    private final CustomerDirectory directory;
    private final CaseBackfill backfill;
    private final JdbcClient jdbc;

    OverlayFixture(int port, SurveyCatalog surveys, ResponseRecorder recorder, CustomerDirectory directory, CaseBackfill backfill,
                   JdbcClient jdbc) {
        this.api = new Api(port);
        this.surveys = surveys;
        this.recorder = recorder;
        this.directory = directory;
        this.backfill = backfill;
        this.jdbc = jdbc;
    }

    String key(String name) {
        return prefix + "_" + name;
    }

    OverlayFixture build() {
        for (String name : List.of("a", "b", "c", "d", "e", "f", "g")) {
            customers.put(name, customer(name));
        }
        for (String name : List.of("a", "b", "e")) {
            directory.tag(customers.get(name), segment, "test:overlay");
        }
        Survey survey = survey("Overlay " + prefix);
        Survey other = survey("Overlay other " + prefix);
        surveyId = survey.id();
        mapId = createMap();
        sendEvents();
        r1 = respond(survey, "a", "2026-03-02T12:00:00Z", "email", "checkout", Map.of("nps", 10, "csat", 5, "comment", HAPPY));
        respond(survey, "b", "2026-03-03T11:00:00Z", "sms", "checkout", Map.of("nps", 6, "csat", 4, "ces", 2));
        respond(survey, "c", "2026-03-06T10:00:00Z", "email", "checkout", Map.of("nps", 8, "ces", 7));
        r4 = respond(survey, "e", "2026-03-05T14:00:00Z", "web", "checkout", Map.of("nps", 3));
        UUID r5 = respond(survey, "d", "2026-03-09T10:00:00Z", "web", "checkout", Map.of("nps", 0));
        r6 = respond(survey, "a", "2026-03-03T16:00:00Z", "sms", "line", Map.of("csat", 1));
        respond(other, "a", "2026-03-02T13:00:00Z", "web", "checkout", Map.of("nps", 0));
        angryEvent1 = eventId("e", "chat", "2026-03-05T13:00:00Z");
        angryEvent2 = eventId("e", "chat", "2026-03-07T11:00:00Z");
        openCases(r5);
        return this;
    }

    private long customer(String name) {
        Api.Reply reply = api.send("/api/v1/customers", HamsafarTest.ADMIN_KEY, "PUT", "application/json",
                Api.json(Map.of("identities", Map.of("externalId", prefix + "-" + name))).getBytes(StandardCharsets.UTF_8));
        assertThat(reply.status()).as(reply.body()).isIn(200, 201);
        return reply.json().get("id").asLong();
    }

    private Survey survey(String name) {
        return surveys.create(new SurveyRequest(name, "active", null, null, null, List.of(question("nps", "nps"),
                question("csat", "csat"), question("ces", "ces"), question("comment", "text")), null));
    }

    private static QuestionRequest question(String key, String type) {
        return new QuestionRequest(key, type, new LocalizedText("پرسش " + key, "Question " + key), false, null, null, null, 1, null, null,
                null);
    }

    private long createMap() {
        Api.Reply persona = api.post("/api/v1/personas", HamsafarTest.ADMIN_KEY,
                Api.json(Map.of("name", "Overlay persona " + prefix, "segment", segment)));
        assertThat(persona.status()).as(persona.body()).isEqualTo(201);
        personaId = persona.json().get("id").asLong();
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("name", "Overlay " + prefix);
        map.put("type", "current_state");
        map.put("personaId", personaId);
        map.put("stages", List.of(
                stage("browse", "Browse", 1, touchpoint("web", "view", "page", null), touchpoint("app", "view", "page", null)),
                stage("buy", "Buy", 0, touchpoint("web", "buy", "checkout", surveyId)),
                stage("support", "Support", -2, touchpoint("phone", "call", "line", null), touchpoint("chat", "chat", "live", null),
                        touchpoint("web", "ticket", "form", null), touchpoint("web", "help", "checkout", null))));
        Api.Reply reply = api.post("/api/v1/journeys", HamsafarTest.ADMIN_KEY, Api.json(map));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json().get("id").asLong();
    }

    private static Map<String, Object> stage(String id, String name, int emotion, Map<?, ?>... touchpoints) {
        Map<String, Object> stage = new LinkedHashMap<>();
        stage.put("id", id);
        stage.put("name", name);
        stage.put("emotion", emotion);
        stage.put("touchpoints", List.of(touchpoints));
        return stage;
    }

    private Map<String, Object> touchpoint(String channel, String type, String touchpoint, Long survey) {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("channel", channel);
        t.put("type", key(type));
        t.put("touchpoint", key(touchpoint));
        if (survey != null) {
            t.put("surveyId", survey);
        }
        return t;
    }

    private void sendEvents() {
        List<Map<String, Object>> events = new ArrayList<>();
        events.add(event("a", "view", "web", "page", "2026-03-02T10:00:00Z", null));
        events.add(event("a", "buy", "web", "checkout", "2026-03-02T11:00:00Z", null));
        events.add(event("a", "view", "app", "page", "2026-03-02T12:00:00Z", null));
        events.add(event("a", "call", "phone", "line", "2026-03-03T09:00:00Z", null));
        events.add(event("a", "call", "phone", "line", "2026-03-03T15:00:00Z", null));
        events.add(event("b", "view", "app", "page", "2026-03-03T08:00:00Z", null));
        events.add(event("b", "buy", "web", "checkout", "2026-03-03T10:00:00Z", null));
        events.add(event("b", "other", "web", "elsewhere", "2026-03-03T11:00:00Z", null));
        events.add(event("c", "view", "web", "page", "2026-03-04T09:00:00Z", null));
        events.add(event("c", "buy", "web", "checkout", "2026-03-06T09:00:00Z", null));
        events.add(event("d", "view", "web", "page", "2026-03-05T10:00:00Z", null));
        events.add(event("e", "buy", "web", "checkout", "2026-03-05T12:00:00Z", null));
        events.add(event("e", "chat", "chat", "live", "2026-03-05T13:00:00Z", ANGRY_1));
        events.add(event("e", "ticket", "web", "form", "2026-03-07T10:00:00Z", null));
        events.add(event("e", "chat", "chat", "live", "2026-03-07T11:00:00Z", ANGRY_2));
        events.add(event("f", "view", "web", "page", "2026-03-07T23:00:00Z", null));
        events.add(event("f", "buy", "web", "checkout", "2026-03-08T01:00:00Z", null));
        events.add(event("g", "view", "web", "page", "2026-02-28T10:00:00Z", null));
        Api.Reply reply = api.post("/api/v1/events", HamsafarTest.ADMIN_KEY, Api.json(events));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.json().get("accepted").asLong()).as(reply.body()).isEqualTo(events.size());
    }

    private Map<String, Object> event(String customer, String type, String channel, String touchpoint, String at, String text) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("type", key(type));
        event.put("occurredAt", at);
        event.put("channel", channel);
        event.put("touchpoint", key(touchpoint));
        event.put("customer", Map.of("customerId", customers.get(customer)));
        if (text != null) {
            event.put("text", text);
        }
        return event;
    }

    private UUID respond(Survey survey, String customer, String at, String channel, String touchpoint, Map<String, ?> answers) {
        return recorder.record(new ResponseSubmission(survey.id(), null, null, null, customers.get(customer), channel, key(touchpoint),
                "api", null, "en", Instant.parse(at), answers)).id();
    }

    /** The id of the customer's event of {@code type} at {@code at}. */
    String eventId(String customer, String type, String at) {
        return jdbc.sql("SELECT CAST(id AS VARCHAR(36)) FROM interaction_event WHERE customer_id = :c AND type = :t AND occurred_at = :at")
                .param("c", customers.get(customer)).param("t", key(type)).param("at", UtcTimes.toDb(Instant.parse(at)))
                .query(String.class).single();
    }

    private void openCases(UUID r5) {
        String call = eventId("a", "call", "2026-03-03T09:00:00Z");
        String offMap = eventId("b", "other", "2026-03-03T11:00:00Z");
        Instant k2 = Instant.parse("2026-03-03T09:10:00Z");
        List<CaseBackfill.Step> quick = List.of(
                new CaseBackfill.Moved(k2.plusSeconds(600), "user:admin", CaseState.ACKNOWLEDGED),
                new CaseBackfill.Moved(k2.plusSeconds(1200), "user:admin", CaseState.IN_PROGRESS),
                new CaseBackfill.Moved(k2.plusSeconds(3000), "user:admin", CaseState.RESOLVED),
                new CaseBackfill.Moved(k2.plusSeconds(3300), "user:admin", CaseState.CLOSED));
        List<CaseBackfill.PastCase> cases = List.of(
                past("e", "response:" + r4, "2026-03-05T14:05:00Z", List.of()),
                past("a", "event:" + call, "2026-03-03T09:10:00Z", quick),
                past("b", "manual:" + prefix + "-k3", "2026-03-03T12:00:00Z", List.of()),
                past("b", "event:" + offMap, "2026-03-03T11:05:00Z", List.of()),
                past("a", "response:" + r6, "2026-03-03T16:05:00Z", List.of()),
                past("d", "response:" + r5, "2026-03-09T10:05:00Z", List.of()));
        assertThat(backfill.store(cases).cases()).isEqualTo(cases.size());
        for (CaseBackfill.PastCase c : cases) {
            long id = jdbc.sql("SELECT id FROM cx_case WHERE origin_ref = :ref").param("ref", c.originRef()).query(Long.class).single();
            recordSla(id, c.createdAt(), c.steps().isEmpty());
        }
    }

    private CaseBackfill.PastCase past(String customer, String originRef, String createdAt, List<CaseBackfill.Step> steps) {
        Instant created = Instant.parse(createdAt);
        return new CaseBackfill.PastCase(customers.get(customer), "Overlay case", null, CasePriority.HIGH, null, null,
                originRef.startsWith("manual:") ? "manual" : "api", originRef, null, null, created, "user:admin", steps);
    }

    /**
     * The clock the SLA check gives a past case (unless it already did): a case never answered has long
     * missed its first response; one answered and closed within the hour missed nothing.
     */
    private void recordSla(long caseId, Instant created, boolean breached) {
        Instant firstDue = created.plus(Duration.ofHours(1));
        Instant resolutionDue = created.plus(Duration.ofHours(8));
        jdbc.sql("""
                        INSERT INTO cx_case_sla (case_id, priority, first_response_minutes, resolution_minutes, started_at,
                            first_response_due, resolution_due, first_response_breached_at, resolution_breached_at,
                            first_response_escalated_at, resolution_escalated_at, computed_at, adopted_at)
                        VALUES (:id, 'high', 60, 480, :started, :firstDue, :resolutionDue, :firstBreach, :resolutionBreach,
                            :firstBreach, :resolutionBreach, :now, :now)
                        ON CONFLICT (case_id) DO NOTHING""")
                .param("id", caseId).param("started", UtcTimes.toDb(created))
                .param("firstDue", UtcTimes.toDb(firstDue)).param("resolutionDue", UtcTimes.toDb(resolutionDue))
                .param("firstBreach", breached ? UtcTimes.toDb(firstDue) : null)
                .param("resolutionBreach", breached ? UtcTimes.toDb(resolutionDue) : null)
                .param("now", UtcTimes.toDb(Instant.now()))
                .update();
    }

    /**
     * Waits (at most 20 s) for the analysis worker to store the results of the fixture's three texts,
     * and returns their sentiment scores: E's two chats and A's comment.
     */
    double[] awaitAnalysedScores() throws InterruptedException {
        List<String> ids = List.of(angryEvent1, angryEvent2, r1 + ":comment");
        for (int i = 0; i < 200; i++) {
            List<Double> scores = new ArrayList<>();
            for (String id : ids) {
                jdbc.sql("SELECT score FROM text_result WHERE source_id = :id").param("id", id).query(Double.class).optional()
                        .ifPresent(scores::add);
            }
            if (scores.size() == ids.size()) {
                return scores.stream().mapToDouble(Double::doubleValue).toArray();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the fixture's texts were not analysed within 20 s");
    }
}
