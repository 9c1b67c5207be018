package org.hamsafar.actions.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.hamsafar.actions.CaseEscalated;
import org.hamsafar.support.Api;
import org.hamsafar.support.HamsafarTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.JsonNode;

/**
 * Cases' SLA clocks through the API, with the application's clock set by hand: due times from the
 * business calendar, breaches flagged and escalated once, priority changes, reopening, new holidays,
 * breach rates. 2026-05-06 is a Wednesday; Tehran is +03:30.
 */
@Tag("store")
@HamsafarTest
@TestPropertySource(properties = "hamsafar.actions.sla.check-interval=PT10H")
class CaseSlaTest {
    private static final String KEY = HamsafarTest.ADMIN_KEY;
    private static final ZoneId TEHRAN = ZoneId.of("Asia/Tehran");

    /** The application's clock, moved by the tests. */
    static final class HandClock extends Clock {
        private volatile Instant now = Instant.parse("2026-05-06T08:00:00Z");

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    /** Every CaseEscalated, and whether it arrived inside a transaction. */
    static final class Escalations {
        final List<CaseEscalated> events = new CopyOnWriteArrayList<>();
        final List<Boolean> inTransaction = new CopyOnWriteArrayList<>();

        @EventListener
        void on(CaseEscalated event) {
            events.add(event);
            inTransaction.add(TransactionSynchronizationManager.isActualTransactionActive());
        }

        List<CaseEscalated> of(long caseId) {
            return events.stream().filter(e -> e.escalated().id() == caseId).toList();
        }
    }

    @TestConfiguration
    static class Config {
        @Bean
        @Primary
        HandClock handClock() {
            return new HandClock();
        }

        @Bean
        Escalations escalations() {
            return new Escalations();
        }
    }

    @LocalServerPort
    int port;
    @Autowired
    HandClock clock;
    @Autowired
    Escalations escalations;
    @Autowired
    SlaBreachCheck check;
    @Autowired
    JdbcClient jdbc;
    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        clock.set(tehran("2026-05-06T08:00"));
        Api.Reply reset = api.send("/api/v1/sla", KEY, "PUT", "application/json",
                Api.json(SlaSettingsJson.write(SlaSettings.defaults())).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(reset.status()).as(reset.body()).isEqualTo(200);
    }

    private static Instant tehran(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(TEHRAN).toInstant();
    }

    private static String utc(String tehranLocal) {
        return tehran(tehranLocal).toString();
    }

    private long open(String priority, String team, String at) {
        clock.set(tehran(at));
        Api.Reply reply = api.post("/api/v1/cases", KEY, Api.json(Map.of("title", "SLA " + priority, "priority", priority, "team", team)));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json().get("id").asLong();
    }

    private JsonNode change(long id, Map<String, Object> changes, String at) {
        clock.set(tehran(at));
        Api.Reply reply = api.patch("/api/v1/cases/" + id, KEY, Api.json(changes));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    private JsonNode sla(long id) {
        return api.get("/api/v1/cases/" + id, KEY).json().get("sla");
    }

    private List<String> escalationHistory(long id) {
        List<String> out = new ArrayList<>();
        api.get("/api/v1/cases/" + id, KEY).json().get("history").forEach(h -> {
            if (h.get("change").asString().equals("escalated")) {
                out.add(h.get("to").asString() + "@" + h.get("at").asString() + " by " + h.get("actor").asString());
            }
        });
        return out;
    }

    private SlaBreachCheck.Result checkAt(String tehranLocal) {
        clock.set(tehran(tehranLocal));
        return check.run();
    }

    private static String team() {
        return "t_" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void aCaseOpenedWednesdayAfternoonIsDueByTheBusinessCalendar() {
        long id = open("high", team(), "2026-05-06T15:00");
        clock.set(tehran("2026-05-06T15:30"));

        JsonNode sla = sla(id);

        // High: 2 h to answer (Wed 15:00-16:00, Thu 08:00-09:00), 8 h to resolve (Wed 1 h, Thu 4 h, Sat 08:00-11:00).
        assertThat(sla.get("policy").asString()).isEqualTo("high");
        assertThat(sla.get("firstResponseDue").asString()).isEqualTo(utc("2026-05-07T09:00"));
        assertThat(sla.get("resolutionDue").asString()).isEqualTo(utc("2026-05-09T11:00"));
        assertThat(sla.get("firstResponseStatus").asString()).isEqualTo("pending");
        assertThat(sla.get("firstResponseBreached").asBoolean()).isFalse();
        assertThat(sla.get("firstResponseMinutesLeft").asLong()).isEqualTo(90);
        assertThat(sla.get("resolutionMinutesLeft").asLong()).isEqualTo(450);
        assertThat(sla.get("escalatedAt").isNull()).isTrue();
    }

    @Test
    void aCaseNotAnsweredInTimeIsFlaggedAndEscalatedExactlyOnce() {
        String team = team();
        long id = open("urgent", team, "2026-05-06T15:00");
        // Urgent: answer within 1 h (Wed 16:00), resolve within 4 h (Thu 11:00).

        SlaBreachCheck.Result early = checkAt("2026-05-06T16:00");
        assertThat(escalations.of(id)).as("exactly at the due time it is still on time").isEmpty();
        SlaBreachCheck.Result late = checkAt("2026-05-06T16:01");
        SlaBreachCheck.Result again = checkAt("2026-05-06T16:05");

        assertThat(early.escalated()).isZero();
        assertThat(late.escalated()).isEqualTo(1);
        assertThat(again.escalated()).isZero();
        assertThat(escalations.of(id)).hasSize(1);
        CaseEscalated event = escalations.of(id).get(0);
        assertThat(event.breach()).isEqualTo("first_response");
        assertThat(event.due()).isEqualTo(tehran("2026-05-06T16:00"));
        assertThat(escalations.inTransaction.get(escalations.events.indexOf(event))).as("published inside the transaction").isTrue();
        assertThat(escalationHistory(id)).containsExactly("first_response@" + utc("2026-05-06T16:01") + " by system");
        JsonNode sla = sla(id);
        assertThat(sla.get("firstResponseBreached").asBoolean()).isTrue();
        assertThat(sla.get("firstResponseStatus").asString()).isEqualTo("breached");
        assertThat(sla.get("firstResponseBreachedAt").asString()).isEqualTo(utc("2026-05-06T16:00"));
        assertThat(sla.get("escalatedAt").asString()).isEqualTo(utc("2026-05-06T16:01"));
        assertThat(sla.get("resolutionBreached").asBoolean()).isFalse();
        assertThat(ids("/api/v1/cases?team=" + team + "&breached=true")).containsExactly(id);
        assertThat(ids("/api/v1/cases?team=" + team + "&breached=false")).isEmpty();

        // A late answer stays a breach; the resolution target runs on and is escalated once too.
        change(id, Map.of("state", "acknowledged"), "2026-05-07T09:00");
        assertThat(sla(id).get("firstResponseStatus").asString()).isEqualTo("breached");
        checkAt("2026-05-07T11:01");
        checkAt("2026-05-07T11:30");

        assertThat(escalations.of(id)).extracting(CaseEscalated::breach).containsExactly("first_response", "resolution");
        assertThat(escalations.of(id).get(1).due()).isEqualTo(tehran("2026-05-07T11:00"));
        assertThat(escalationHistory(id)).containsExactly("first_response@" + utc("2026-05-06T16:01") + " by system",
                "resolution@" + utc("2026-05-07T11:01") + " by system");
        assertThat(sla(id).get("escalatedAt").asString()).isEqualTo(utc("2026-05-07T11:01"));
        assertThat(sla(id).get("resolutionMinutesLeft").asLong()).as("overdue by 30 working minutes").isEqualTo(-30);
    }

    private List<Long> ids(String path) {
        Api.Reply reply = api.get(path, KEY);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        List<Long> ids = new ArrayList<>();
        reply.json().get("items").forEach(item -> ids.add(item.get("id").asLong()));
        return ids;
    }

    @Test
    void twoChecksRunningAtOnceEscalateABreachOnce() throws Exception {
        long id = open("urgent", team(), "2026-05-06T15:00");
        clock.set(tehran("2026-05-06T16:10"));

        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var first = pool.submit(check::run);
            var second = pool.submit(check::run);
            first.get();
            second.get();
        } finally {
            pool.shutdown();
        }

        assertThat(escalations.of(id)).hasSize(1);
        assertThat(escalationHistory(id)).hasSize(1);
        assertThat(api.get("/api/v1/cases?breached=maybe", KEY).json().get("errors").get(0).get("field").asString()).isEqualTo("breached");
    }

    @Test
    void aCaseAnsweredInTimeIsNotEscalated() {
        long id = open("urgent", team(), "2026-05-06T15:00");
        change(id, Map.of("state", "acknowledged"), "2026-05-06T15:59");

        checkAt("2026-05-06T17:00");

        assertThat(escalations.of(id)).isEmpty();
        assertThat(sla(id).get("firstResponseStatus").asString()).isEqualTo("met");
        assertThat(sla(id).get("firstResponseMinutesLeft").isNull()).isTrue();
        assertThat(escalationHistory(id)).isEmpty();
    }

    @Test
    void aPriorityChangeRecomputesTheDueTimesFromTheCasesCreation() {
        long id = open("normal", team(), "2026-05-06T15:00");
        // Normal: 4 h to answer (Thu 11:00), 16 h to resolve (Wed 1, Thu 4, Sat 8, Sun 08:00-11:00).
        assertThat(sla(id).get("firstResponseDue").asString()).isEqualTo(utc("2026-05-07T11:00"));
        assertThat(sla(id).get("resolutionDue").asString()).isEqualTo(utc("2026-05-10T11:00"));

        JsonNode changed = change(id, Map.of("priority", "urgent"), "2026-05-06T15:30");

        // Urgent from the creation at 15:00, not from the change at 15:30.
        assertThat(changed.get("sla").get("policy").asString()).isEqualTo("urgent");
        assertThat(changed.get("sla").get("firstResponseDue").asString()).isEqualTo(utc("2026-05-06T16:00"));
        assertThat(changed.get("sla").get("resolutionDue").asString()).isEqualTo(utc("2026-05-07T11:00"));
        checkAt("2026-05-06T16:30");
        assertThat(escalations.of(id)).extracting(CaseEscalated::breach).containsExactly("first_response");

        // Lowered again, the breach no longer holds (the escalation stays on record and is not repeated).
        JsonNode lowered = change(id, Map.of("priority", "low"), "2026-05-06T16:40");
        // Low: 8 h to answer: Wed 1 h, Thu 4 h, Sat 08:00-11:00.
        assertThat(lowered.get("sla").get("firstResponseDue").asString()).isEqualTo(utc("2026-05-09T11:00"));
        assertThat(lowered.get("sla").get("firstResponseBreached").asBoolean()).isFalse();
        assertThat(lowered.get("sla").get("firstResponseEscalatedAt").asString()).isEqualTo(utc("2026-05-06T16:30"));
    }

    @Test
    void aReopenedCaseIsMeasuredAgainstItsOriginalResolutionDueTime() {
        long id = open("urgent", team(), "2026-05-06T15:00");
        change(id, Map.of("state", "in_progress"), "2026-05-06T15:10");
        change(id, Map.of("state", "resolved"), "2026-05-07T10:00");
        assertThat(sla(id).get("resolutionStatus").asString()).isEqualTo("met");
        checkAt("2026-05-07T11:30");
        assertThat(escalations.of(id)).isEmpty();

        JsonNode reopened = change(id, Map.of("state", "in_progress"), "2026-05-07T11:40");
        checkAt("2026-05-07T11:45");

        assertThat(reopened.get("sla").get("resolutionStatus").asString()).isEqualTo("breached");
        assertThat(escalations.of(id)).extracting(CaseEscalated::breach).containsExactly("resolution");
        assertThat(sla(id).get("resolutionBreachedAt").asString()).isEqualTo(utc("2026-05-07T11:00"));
    }

    @Test
    void aHolidayDeclaredLaterMovesOpenCasesWhenAskedTo() {
        long open = open("high", team(), "2026-05-07T11:30");
        long closed = open("high", team(), "2026-05-07T11:30");
        change(closed, Map.of("state", "closed"), "2026-05-07T11:40");
        // High: 2 h to answer from Thursday 11:30: Saturday 09:30.
        assertThat(sla(open).get("firstResponseDue").asString()).isEqualTo(utc("2026-05-09T09:30"));
        Map<String, Object> settings = new java.util.LinkedHashMap<>(SlaSettingsJson.write(SlaSettings.defaults()));
        settings.put("holidays", List.of(Map.of("date", "2026-05-09", "name", "تعطیلی")));

        Api.Reply saved = api.send("/api/v1/sla?recompute=open", KEY, "PUT", "application/json",
                Api.json(settings).getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(saved.json().get("recomputedCases").asInt()).isPositive();
        assertThat(saved.json().get("holidays").get(0).get("name").asString()).isEqualTo("تعطیلی");
        assertThat(saved.json().get("changedBy").asString()).startsWith("key:");
        assertThat(sla(open).get("firstResponseDue").asString()).as("Saturday is off now").isEqualTo(utc("2026-05-10T09:30"));
        assertThat(sla(closed).get("firstResponseDue").asString()).as("closed cases keep theirs").isEqualTo(utc("2026-05-09T09:30"));
        assertThat(sla(closed).get("firstResponseStatus").asString()).isEqualTo("cancelled");
        assertThat(api.get("/api/v1/sla", KEY).json().get("holidays").size()).isEqualTo(1);
    }

    @Test
    void breachRatesArePerTeamOverTheCasesOpenedInThePeriod() {
        String team = team();
        long onTime = open("urgent", team, "2026-05-06T15:00");
        long late = open("urgent", team, "2026-05-06T15:00");
        open("urgent", team, "2026-05-06T15:00");
        change(onTime, Map.of("state", "in_progress"), "2026-05-06T15:30");
        change(onTime, Map.of("state", "resolved"), "2026-05-06T15:45");
        change(late, Map.of("state", "acknowledged"), "2026-05-06T16:30");
        clock.set(tehran("2026-05-06T17:00"));

        JsonNode rates = api.get("/api/v1/sla/breach-rates?from=2026-05-06&to=2026-05-07", KEY).json();

        JsonNode mine = null;
        for (JsonNode row : rates.get("teams")) {
            if (team.equals(row.get("team").asString(null))) {
                mine = row;
            }
        }
        assertThat(mine).as(rates.toString()).isNotNull();
        // First response: one on time, one late, one unanswered and overdue. Resolution (due Thu 11:00): one met, two running.
        assertThat(mine.get("cases").asLong()).isEqualTo(3);
        assertThat(mine.get("firstResponseMet").asLong()).isEqualTo(1);
        assertThat(mine.get("firstResponseBreached").asLong()).isEqualTo(2);
        assertThat(mine.get("firstResponseBreachRate").asDouble()).isEqualTo(2.0 / 3);
        assertThat(mine.get("resolutionMet").asLong()).isEqualTo(1);
        assertThat(mine.get("resolutionBreached").asLong()).isZero();
        assertThat(mine.get("resolutionBreachRate").asDouble()).isZero();
        assertThat(rates.get("from").asString()).isEqualTo(utc("2026-05-06T00:00"));
        assertThat(api.get("/api/v1/sla/breach-rates?from=2026-05-07&to=2026-05-06", KEY).status()).isEqualTo(422);
    }

    @Test
    void aCaseWithoutAClockGetsOneFromItsCreation() {
        long id = open("low", team(), "2026-05-06T15:00");
        jdbc.sql("DELETE FROM cx_case_sla WHERE case_id = :id").param("id", id).update();
        assertThat(sla(id).isNull()).isTrue();

        SlaBreachCheck.Result result = checkAt("2026-05-06T15:10");

        assertThat(result.adopted()).isGreaterThanOrEqualTo(1);
        // Low: 8 h to answer: Wed 1 h, Thu 4 h, Sat 08:00-11:00.
        assertThat(sla(id).get("firstResponseDue").asString()).isEqualTo(utc("2026-05-09T11:00"));
    }

    @Test
    void adoptingAClockRecordsPastBreachesSilentlyAndEscalatesOnlyThoseThatHappenLater() {
        // Urgent from Wed 15:00: answer by Wed 16:00, resolve by Thu 11:00; neither done, and no clock until Wed 17:00.
        long id = open("urgent", team(), "2026-05-06T15:00");
        jdbc.sql("DELETE FROM cx_case_sla WHERE case_id = :id").param("id", id).update();

        SlaBreachCheck.Result adoption = checkAt("2026-05-06T17:00");

        assertThat(adoption.adopted()).isGreaterThanOrEqualTo(1);
        assertThat(escalations.of(id)).as("a breach already past when the clock came is not announced").isEmpty();
        assertThat(escalationHistory(id)).isEmpty();
        JsonNode adopted = sla(id);
        assertThat(adopted.get("firstResponseStatus").asString()).isEqualTo("breached");
        assertThat(adopted.get("firstResponseBreachedAt").asString()).as("recorded at its due time").isEqualTo(utc("2026-05-06T16:00"));
        assertThat(adopted.get("firstResponseEscalatedAt").isNull()).as("nobody was told").isTrue();
        assertThat(adopted.get("escalatedAt").isNull()).isTrue();
        assertThat(adopted.get("resolutionStatus").asString()).isEqualTo("pending");
        assertThat(ids("/api/v1/cases?breached=true&team=" + api.get("/api/v1/cases/" + id, KEY).json().get("team").asString()))
                .containsExactly(id);
        checkAt("2026-05-06T17:30");
        assertThat(escalations.of(id)).as("nor on a later run").isEmpty();

        // The resolution target breaches after adoption: that one is escalated, once, as usual.
        checkAt("2026-05-07T11:01");
        checkAt("2026-05-07T11:30");

        assertThat(escalations.of(id)).extracting(CaseEscalated::breach).containsExactly("resolution");
        assertThat(escalations.of(id).get(0).due()).isEqualTo(tehran("2026-05-07T11:00"));
        assertThat(escalationHistory(id)).containsExactly("resolution@" + utc("2026-05-07T11:01") + " by system");
        assertThat(sla(id).get("escalatedAt").asString()).isEqualTo(utc("2026-05-07T11:01"));
        assertThat(sla(id).get("firstResponseEscalatedAt").isNull()).isTrue();
    }

    @Test
    void settingsAreValidatedFieldByField() {
        Map<String, Object> settings = new java.util.LinkedHashMap<>(SlaSettingsJson.write(SlaSettings.defaults()));
        settings.put("policies", Map.of("low", Map.of("firstResponseMinutes", 480, "resolutionMinutes", 60)));
        settings.put("week", Map.of("saturday", List.of(Map.of("from", "08:00", "to", "25:00"))));
        settings.put("holidays", List.of(Map.of("date", "1404-01-01x")));

        Api.Reply bad = api.send("/api/v1/sla", KEY, "PUT", "application/json",
                Api.json(settings).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Api.Reply readOnly = api.send("/api/v1/sla", "nope", "PUT", "application/json", "{}".getBytes());

        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.contentType()).startsWith("application/problem+json");
        List<String> fields = new ArrayList<>();
        bad.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
        assertThat(fields).containsExactlyInAnyOrder("policies.low.resolutionMinutes", "policies.normal", "policies.high",
                "policies.urgent", "week.saturday[0].to", "holidays[0].date");
        assertThat(readOnly.status()).isEqualTo(401);
        assertThat(api.get("/api/v1/sla", KEY).json().get("policies").get("low").get("resolutionMinutes").asInt()).isEqualTo(2400);
    }
}
