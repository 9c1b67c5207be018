package org.hamsafar.actions.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.hamsafar.events.EventStore;
import org.hamsafar.events.NewEvent;
import org.hamsafar.shared.Channel;
import org.hamsafar.support.Api;
import org.hamsafar.support.HamsafarTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Alert rules end to end: a stored response, event or text reaches the rules once, the rule's
 * actions happen once (one open case per customer per rule), a crash between any two steps
 * neither loses nor doubles them, and a dry run tells what a rule would have done.
 */
@Tag("store")
@HamsafarTest
class AlertRulesApiTest {
    private static final String KEY = HamsafarTest.ADMIN_KEY;
    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AlertWorker worker;
    @Autowired
    MetricWatch metricWatch;
    @Autowired
    EventStore history;
    Api api;
    final List<Long> rules = new ArrayList<>();

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    @AfterEach
    void removeRules() {
        worker.probe(null);
        rules.forEach(id -> api.delete("/api/v1/alert-rules/" + id, KEY));
    }

    private long rule(String json) {
        Api.Reply reply = api.post("/api/v1/alert-rules", KEY, json);
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        long id = reply.json().get("id").asLong();
        rules.add(id);
        return id;
    }

    private long npsSurvey() {
        Api.Reply reply = api.post("/api/v1/surveys", KEY, """
                {"name": "Rules %s", "status": "active", "questions": [
                  {"key": "nps", "type": "nps", "text": {"fa": "چقدر ما را پیشنهاد می‌کنید؟", "en": "Recommend us?"}, "required": true},
                  {"key": "why", "type": "text", "text": {"fa": "چرا؟", "en": "Why?"}}]}""".formatted(UUID.randomUUID()));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json().get("id").asLong();
    }

    private long respond(long survey, String externalId, int nps) {
        Api.Reply reply = api.post("/api/v1/surveys/" + survey + "/responses", KEY, """
                {"answers": {"nps": %d, "why": "پیک دیر رسید"}, "customer": {"externalId": "%s"}, "channel": "email"}"""
                .formatted(nps, externalId));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json().get("customerId").asLong();
    }

    private void respondAt(long survey, String externalId, int nps, Instant at) {
        Api.Reply reply = api.post("/api/v1/surveys/" + survey + "/responses", KEY, """
                {"answers": {"nps": %d}, "customer": {"externalId": "%s"}, "submittedAt": "%s"}""".formatted(nps, externalId, at));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
    }

    private void event(String externalId, String type, String touchpoint, Instant at, String text) {
        String body = """
                {"type": "%s", "occurredAt": "%s", "channel": "phone", "touchpoint": "%s", "customer": {"externalId": "%s"}%s}"""
                .formatted(type, at, touchpoint, externalId, text == null ? "" : ", \"text\": \"" + text + "\"");
        Api.Reply reply = api.send("/api/v1/events", KEY, "POST", "application/json", body.getBytes(StandardCharsets.UTF_8));
        assertThat(reply.json().get("accepted").asInt()).as(reply.body()).isEqualTo(1);
    }

    private List<JsonNode> casesOf(long customer) {
        List<JsonNode> cases = new ArrayList<>();
        api.get("/api/v1/cases?customerId=" + customer, KEY).json().get("items").forEach(cases::add);
        return cases;
    }

    private long customerId(String externalId) {
        return jdbc.sql("SELECT customer_id FROM customer_identity WHERE kind = 'external_id' AND value = :v")
                .param("v", externalId).query(Long.class).single();
    }

    @Test
    void aDetractorOpensOneCaseAndHisNextDetractorAnswerJoinsIt() {
        long rule = rule("""
                {"name": "Detractor follow-up", "enabled": true, "when": {"all": [{"field": "answer.nps", "op": "<=", "value": 6}]},
                 "actions": [{"type": "open_case", "priority": "high"}, {"type": "tag_customer", "tag": "detractor"}]}""");
        long survey = npsSurvey();
        String person = "rules-" + UUID.randomUUID();

        long customer = respond(survey, person, 3);
        worker.drain();
        List<JsonNode> cases = casesOf(customer);
        assertThat(cases).hasSize(1);
        JsonNode opened = cases.get(0);
        assertThat(opened.get("title").asString()).isEqualTo("Detractor follow-up");
        assertThat(opened.get("priority").asString()).isEqualTo("high");
        assertThat(opened.get("ruleId").asLong()).isEqualTo(rule);
        assertThat(opened.get("originRef").asString()).startsWith("response:");
        assertThat(api.get("/api/v1/customers/" + customer, KEY).json().get("tags").toString()).contains("detractor");

        respond(survey, person, 5);
        respond(survey, person, 10); // a promoter matches nothing
        worker.drain();
        assertThat(casesOf(customer)).hasSize(1);
        JsonNode full = api.get("/api/v1/cases/" + opened.get("id").asLong(), KEY).json();
        List<String> changes = new ArrayList<>();
        full.get("history").forEach(h -> changes.add(h.get("change").asString()));
        assertThat(changes).containsExactly("created", "trigger");
        assertThat(full.get("history").get(0).get("actor").asString()).isEqualTo("rule:" + rule + " (Detractor follow-up)");
        JsonNode triggers = api.get("/api/v1/alert-rules/" + rule + "/triggers", KEY).json().get("items");
        assertThat(triggers).hasSize(2);
        assertThat(triggers.get(0).get("caseId").asLong()).isEqualTo(opened.get("id").asLong());
        assertThat(api.get("/api/v1/alert-rules/" + rule, KEY).json().get("matchesLast30Days").asLong()).isEqualTo(2);
    }

    @Test
    void aClosedCaseDoesNotTakeNewMatchesANewCaseOpens() {
        rule("""
                {"name": "Detractors again", "enabled": true, "when": {"field": "answer.nps", "op": "<=", "value": 6},
                 "actions": [{"type": "open_case"}]}""");
        long survey = npsSurvey();
        String person = "rules-" + UUID.randomUUID();
        long customer = respond(survey, person, 2);
        worker.drain();
        long first = casesOf(customer).get(0).get("id").asLong();
        assertThat(api.patch("/api/v1/cases/" + first, KEY, "{\"state\": \"closed\"}").status()).isEqualTo(200);

        respond(survey, person, 4);
        worker.drain();

        assertThat(casesOf(customer)).extracting(c -> c.get("id").asLong()).hasSize(2).contains(first);
    }

    @Test
    void theThirdCallToTheSupportLineWithinAWeekOpensACase() {
        rule("""
                {"name": "Repeat callers", "enabled": true, "when": {"all": [{"field": "event.type", "op": "=", "value": "call_ended"},
                   {"field": "event.count", "op": ">=", "value": 3, "window": "7d", "match": {"touchpoint": "support_line"}}]},
                 "actions": [{"type": "open_case", "priority": "urgent", "title": "Called three times in a week"}]}""");
        String person = "caller-" + UUID.randomUUID();
        Instant now = Instant.now();

        event(person, "call_ended", "support_line", now.minus(Duration.ofDays(9)), null); // outside the window
        event(person, "call_ended", "support_line", now.minus(Duration.ofDays(3)), null);
        event(person, "page_view", "support_line", now.minus(Duration.ofDays(2)), null); // counts, but is no call
        worker.drain();
        long customer = customerId(person);
        assertThat(casesOf(customer)).as("a page view is no call; two calls are too few").isEmpty();

        event(person, "call_ended", "support_line", now.minus(Duration.ofHours(1)), null);
        worker.drain();
        List<JsonNode> cases = casesOf(customer);
        assertThat(cases).hasSize(1);
        assertThat(cases.get(0).get("title").asString()).isEqualTo("Called three times in a week");
        assertThat(cases.get(0).get("priority").asString()).isEqualTo("urgent");
        assertThat(cases.get(0).get("originRef").asString()).startsWith("event:");
    }

    @Test
    void aNegativeTextAboutRefundsTagsTheCustomer() throws InterruptedException {
        rule("""
                {"name": "Angry about refunds", "enabled": true,
                 "when": {"field": "text.topic.refund_returns", "op": "=", "value": "negative"},
                 "actions": [{"type": "tag_customer", "tag": "refund_risk"}]}""");
        String angry = "refund-" + UUID.randomUUID();
        String calm = "refund-" + UUID.randomUUID();

        event(angry, "chat_message", "support_chat", Instant.now(), "هنوز پولم را برنگرداندید، استرداد وجه افتضاح است");
        event(calm, "chat_message", "support_chat", Instant.now(), "غذا خیلی خوشمزه بود، ممنون");
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (!tags(customerId(angry)).contains("refund_risk") && Instant.now().isBefore(deadline)) {
            Thread.sleep(200); // the text is analysed in the background, then the rules read it
            worker.drain();
        }

        assertThat(tags(customerId(angry))).contains("refund_risk");
        assertThat(tags(customerId(calm))).doesNotContain("refund_risk");
    }

    @Test
    void historyStoredInBulkIsAnalysedButActsOnNoRule() throws InterruptedException {
        rule("""
                {"name": "Angry about refunds, history", "enabled": true,
                 "when": {"field": "text.topic.refund_returns", "op": "=", "value": "negative"},
                 "actions": [{"type": "tag_customer", "tag": "history_refund_risk"}]}""");
        String person = "history-" + UUID.randomUUID();
        event(person, "page_view", "home", Instant.now().minus(Duration.ofHours(2)), null);
        long customer = customerId(person);
        // The way the demo loads its past: stored in bulk, not as it happens (recent, yet history).
        history.append(List.of(new NewEvent(UUID.randomUUID(), null, customer, "external_id:" + person, "chat_message", Channel.CHAT,
                "support_chat", Instant.now().minusSeconds(60), null, null, null, "هنوز پولم را برنگرداندید، استرداد وجه افتضاح است",
                null)));
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (jdbc.sql("SELECT COUNT(*) FROM text_result WHERE customer_id = :c").param("c", customer).query(Long.class).single() == 0
                && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
        }
        worker.drain();

        assertThat(jdbc.sql("SELECT sentiment FROM text_result WHERE customer_id = :c").param("c", customer).query(String.class).single())
                .isEqualTo("negative");
        assertThat(tags(customer)).doesNotContain("history_refund_risk");
    }

    private String tags(long customer) {
        return api.get("/api/v1/customers/" + customer, KEY).json().get("tags").toString();
    }

    /** A failure that plays the process dying at a step: the transaction never commits. */
    static final class Crash extends RuntimeException {
        Crash(AlertWorker.Step step) {
            super("crashed at " + step);
        }
    }

    @ParameterizedTest
    @EnumSource(AlertWorker.Step.class)
    void aCrashBetweenAnyTwoStepsNeitherLosesNorDoublesTheCase(AlertWorker.Step step) {
        worker.probe(null);
        long rule = rule("""
                {"name": "Crash %s", "enabled": true, "when": {"field": "answer.nps", "op": "<=", "value": 1},
                 "actions": [{"type": "open_case"}, {"type": "tag_customer", "tag": "crash_test"}]}""".formatted(step));
        long survey = npsSurvey();
        String person = "crash-" + UUID.randomUUID();
        AtomicBoolean crashed = new AtomicBoolean();
        worker.probe(reached -> {
            if (reached == step && crashed.compareAndSet(false, true)) {
                throw new Crash(step);
            }
        });

        long customer = respond(survey, person, 0);
        worker.drain(); // crashes once at the step, then runs the item again (a restart does the same)

        assertThat(crashed).isTrue();
        assertThat(casesOf(customer)).hasSize(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM alert_trigger WHERE rule_id = :r").param("r", rule).query(Long.class).single())
                .isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM cx_case_history h JOIN cx_case c ON c.id = h.case_id "
                        + "WHERE c.customer_id = :c AND h.change = 'created'").param("c", customer).query(Long.class).single())
                .isEqualTo(1);
        assertThat(api.get("/api/v1/alert-rules/status", KEY).json().get("waiting").asLong()).isZero();
    }

    @Test
    void aDryRunCountsWhatTheRuleWouldHaveDoneWithoutDoingIt() {
        long survey = npsSurvey();
        String a = "dry-" + UUID.randomUUID();
        String b = "dry-" + UUID.randomUUID();
        long customerA = respond(survey, a, 1);
        respond(survey, a, 2);
        respond(survey, b, 9);
        long customerB = customerId(b);

        Api.Reply reply = api.post("/api/v1/alert-rules/dry-run", KEY, """
                {"days": 7, "rule": {"name": "Try", "when": {"all": [{"field": "answer.nps", "op": "<=", "value": 2},
                   {"field": "survey.id", "op": "=", "value": %d}]},
                  "actions": [{"type": "open_case"}, {"type": "notify_email", "to": ["cx@example.com"]}]}}""".formatted(survey));

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonNode result = reply.json();
        assertThat(result.get("matched").asLong()).isEqualTo(2);
        assertThat(result.get("customers").asLong()).isEqualTo(1);
        assertThat(result.get("wouldHave").get("openCases").asLong()).isEqualTo(1);
        assertThat(result.get("wouldHave").get("joinOpenCases").asLong()).isEqualTo(1);
        assertThat(result.get("wouldHave").get("emails").asLong()).isEqualTo(2);
        assertThat(result.get("samples").get(0).get("customerId").asLong()).isEqualTo(customerA);
        assertThat(casesOf(customerA)).as("a dry run changes nothing").isEmpty();
        assertThat(casesOf(customerB)).isEmpty();
    }

    @Test
    void badRulesAreRefusedWithTheFieldAndReason() {
        Api.Reply reply = api.post("/api/v1/alert-rules", KEY, """
                {"name": "Bad", "when": {"field": "answer.nps", "op": "<=", "value": 11},
                 "actions": [{"type": "open_case", "team": "no_such_team"}]}""");
        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().get("errors").get(0).get("field").asString()).isEqualTo("when.value");
        assertThat(reply.json().get("errors").get(0).get("message").asString()).isEqualTo("is impossible: answer.nps is from 0 to 10");

        Api.Reply unknownTeam = api.post("/api/v1/alert-rules", KEY, """
                {"name": "Bad team", "when": {"field": "answer.nps", "op": "<=", "value": 6},
                 "actions": [{"type": "open_case", "team": "no_such_team"}]}""");
        assertThat(unknownTeam.status()).isEqualTo(422);
        assertThat(unknownTeam.json().get("errors").get(0).get("field").asString()).isEqualTo("actions[0].team");
        assertThat(api.get("/api/v1/alert-rules/999999", KEY).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/alert-rules/fields", KEY).json().toString()).contains("text.topic.<key>", "event.count");
    }

    @Test
    void aDisabledRuleActsOnNothing() {
        long rule = rule("""
                {"name": "Off", "enabled": true, "when": {"field": "answer.nps", "op": "<=", "value": 6}, "actions": [{"type": "open_case"}]}""");
        assertThat(api.patch("/api/v1/alert-rules/" + rule, KEY, "{\"enabled\": false}").json().get("enabled").asBoolean()).isFalse();
        long customer = respond(npsSurvey(), "off-" + UUID.randomUUID(), 0);
        worker.drain();
        assertThat(casesOf(customer)).isEmpty();
    }

    @Test
    void whatHappenedLongBeforeARuleWasSwitchedOnIsLeftToTheDryRun() {
        rule("""
                {"name": "Only from now on", "enabled": true, "when": {"field": "answer.nps", "op": "<=", "value": 6},
                 "actions": [{"type": "open_case"}]}""");
        long survey = npsSurvey();
        String late = "late-" + UUID.randomUUID();
        String old = "old-" + UUID.randomUUID();

        respondAt(survey, late, 2, Instant.now().minus(Duration.ofHours(20))); // an app that was offline: still acted on
        respondAt(survey, old, 2, Instant.now().minus(Duration.ofDays(3)));
        worker.drain();

        assertThat(casesOf(customerId(late))).hasSize(1);
        assertThat(casesOf(customerId(old))).isEmpty();
    }

    @Test
    void aDayWhoseNpsFellFarBelowTheFourWeeksBeforeOpensOneCaseForThatDayOnly() {
        java.time.ZoneId tehran = java.time.ZoneId.of("Asia/Tehran");
        java.time.LocalDate yesterday = java.time.LocalDate.now(tehran).minusDays(1);
        long rule = rule("""
                {"name": "NPS fell", "enabled": true, "when": {"all": [{"field": "metric.nps.drop", "op": ">=", "value": 50},
                   {"field": "metric.nps.responses", "op": ">=", "value": 20}]},
                 "actions": [{"type": "open_case", "priority": "urgent"}]}""");
        long survey = npsSurvey();
        for (int i = 0; i < 20; i++) {
            respondAt(survey, "trail-" + UUID.randomUUID(), 10, yesterday.minusDays(2 + i % 20).atTime(11, 0).atZone(tehran).toInstant());
            respondAt(survey, "fell-" + UUID.randomUUID(), 0, yesterday.atTime(12, 0).atZone(tehran).toInstant());
        }

        assertThat(metricWatch.queue(yesterday)).isTrue();
        assertThat(metricWatch.queue(yesterday)).as("each day once").isFalse();
        worker.drain();

        List<JsonNode> cases = new ArrayList<>();
        api.get("/api/v1/cases?priority=urgent&limit=200", KEY).json().get("items").forEach(c -> {
            if (c.get("ruleId").asLong() == rule) {
                cases.add(c);
            }
        });
        assertThat(cases).hasSize(1);
        assertThat(cases.get(0).get("customerId").isNull()).isTrue();
        assertThat(cases.get(0).get("originRef").asString()).isEqualTo("metric:" + yesterday);
        JsonNode full = api.get("/api/v1/cases/" + cases.get(0).get("id").asLong(), KEY).json();
        assertThat(full.get("description").asString()).startsWith(yesterday + "; NPS -100.0 (n=").contains("days before");
    }

    @Test
    void aMetricRuleHasNoCustomerToTag() {
        Api.Reply reply = api.post("/api/v1/alert-rules", KEY, """
                {"name": "Bad metric rule", "when": {"field": "metric.csat.drop", "op": ">=", "value": 10},
                 "actions": [{"type": "tag_customer", "tag": "x"}]}""");
        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.json().get("errors").get(0).get("field").asString()).isEqualTo("actions[0]");
    }
}
