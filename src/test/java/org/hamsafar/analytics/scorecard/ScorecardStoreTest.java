package org.hamsafar.analytics.scorecard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hamsafar.analytics.jobs.JobProgress;
import org.hamsafar.support.Api;
import org.hamsafar.support.HamsafarTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * The scorecard's store queries on both stores, over February 2013, a month no other test writes:
 * three customers' sessions, support contacts and a channel switch, with every figure worked out
 * by hand below.
 */
@Tag("store")
@HamsafarTest
class ScorecardStoreTest {
    @LocalServerPort
    int port;
    @Autowired
    ScorecardData data;
    @Autowired
    org.hamsafar.analytics.jobs.AnalyticsJobs jobs;

    private Map<String, Object> event(String customer, String type, String channel, String at, String session) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("type", type);
        event.put("occurredAt", "2013-02-" + at + ":00Z");
        event.put("channel", channel);
        if (session != null) {
            event.put("sessionId", customer + "-" + session);
        }
        event.put("customer", Map.of("externalId", customer));
        return event;
    }

    /*
     * A: web session s1 on 5 Feb: product_view, add_to_cart, checkout_started, purchase (4 steps); calls on 6 and 8 Feb.
     * B: app session s1 on 10 Feb: product_view, add_to_cart, checkout_started (no purchase); web session s2 on 12 Feb: purchase
     *    (1 step); chat on 20 Feb.
     * C: web session s1 on 15 Feb: product_view twice, add_to_cart, checkout_started, purchase (5 steps); ticket on the web on 26 Feb.
     *
     * Days with events: web 5, 12, 15, 26 (4); phone 6, 8 (2); app 10 (1); chat 20 (1). Four channels in use, all active:
     *   coverage 1, availability (4 + 2 + 1 + 1) / 4 / 28 = 1/14; accessibility 100 (1 + 1/14) / 2 = 53.57.
     * Contacts: A's two calls, B's chat, C's ticket = 4; episodes: A's first call, B's chat, C's ticket = 3 (A's second call
     *   follows within 7 days); resolved at first contact: B and C (A called again) = 2: FCR 2/3, service convenience 66.67.
     * Sessions: checkouts A.s1, B.s1, C.s1 = 3, of which A.s1 and C.s1 purchased: conversion 2/3; steps to purchase 4, 1, 5:
     *   median 4, economy min(1, 4/4) = 1; purchase convenience 100 (2/3 + 1) / 2 = 83.33.
     * App sessions 1 without purchase, web sessions 3 all purchased: parity 0; no CES answers: simplicity 0.
     * Customers 3, on two or more channels A (web, phone) and B (app, web, chat): 2/3. Buying episodes from carts: A (web, then
     *   only web), B (app, then a web purchase: switched and completed), C (web only): switch completion 1/1;
     *   channel flexibility 100 (2/3 + 1) / 2 = 83.33.
     */
    @Test
    void theStoreQueriesGiveTheHandComputedScores() {
        String p = "sc" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        List<Map<String, Object>> events = new ArrayList<>();
        events.add(event(p + "a", "product_view", "web", "05T10:00", "s1"));
        events.add(event(p + "a", "add_to_cart", "web", "05T10:05", "s1"));
        events.add(event(p + "a", "checkout_started", "web", "05T10:10", "s1"));
        events.add(event(p + "a", "purchase", "web", "05T10:15", "s1"));
        events.add(event(p + "a", "call_ended", "phone", "06T10:00", null));
        events.add(event(p + "a", "call_ended", "phone", "08T10:00", null));
        events.add(event(p + "b", "product_view", "app", "10T10:00", "s1"));
        events.add(event(p + "b", "add_to_cart", "app", "10T10:05", "s1"));
        events.add(event(p + "b", "checkout_started", "app", "10T10:10", "s1"));
        events.add(event(p + "b", "purchase", "web", "12T10:00", "s2"));
        events.add(event(p + "b", "chat_message", "chat", "20T10:00", null));
        events.add(event(p + "c", "product_view", "web", "15T10:00", "s1"));
        events.add(event(p + "c", "product_view", "web", "15T10:02", "s1"));
        events.add(event(p + "c", "add_to_cart", "web", "15T10:05", "s1"));
        events.add(event(p + "c", "checkout_started", "web", "15T10:10", "s1"));
        events.add(event(p + "c", "purchase", "web", "15T10:15", "s1"));
        events.add(event(p + "c", "ticket_opened", "web", "26T10:00", null));
        Api.Reply sent = new Api(port).post("/api/v1/events", HamsafarTest.ADMIN_KEY, Api.json(events));
        assertThat(sent.status()).as(sent.body()).isEqualTo(200);

        ScorecardParameters defaults = ScorecardParameters.read(JsonNodeFactory.instance.objectNode());
        List<ScorecardMonths.Month> february = ScorecardMonths.before(LocalDate.of(2013, 3, 10), 1, false);
        MonthInputs in = data.read(february, defaults, JobProgress.NONE).get(0);

        assertThat(in.channelsInUse()).containsExactly("app", "chat", "phone", "web");
        assertThat(in.activeDays()).containsEntry("web", 4L).containsEntry("phone", 2L).containsEntry("app", 1L).containsEntry("chat", 1L);
        assertThat(ScorecardArea.ACCESSIBILITY.score(in, defaults).score()).isCloseTo(100 * (1 + 1.0 / 14) / 2, within(1e-9));
        assertThat(in.contacts()).isEqualTo(4);
        assertThat(in.contactEpisodes()).isEqualTo(3);
        assertThat(in.resolvedFirst()).isEqualTo(2);
        assertThat(in.checkouts()).isEqualTo(3);
        assertThat(in.convertedCheckouts()).isEqualTo(2);
        assertThat(in.medianSteps()).isEqualTo(4.0);
        assertThat(ScorecardArea.PURCHASE_CONVENIENCE.score(in, defaults).score()).isCloseTo(100 * (2.0 / 3 + 1) / 2, within(1e-9));
        assertThat(in.mobileSessions()).isEqualTo(1);
        assertThat(in.mobilePurchases()).isZero();
        assertThat(in.webSessions()).isEqualTo(3);
        assertThat(in.webPurchases()).isEqualTo(3);
        assertThat(in.ces()).isNull();
        assertThat(ScorecardArea.SIMPLICITY.score(in, defaults).score()).isEqualTo(0.0);
        assertThat(in.activeCustomers()).isEqualTo(3);
        assertThat(in.multiChannelCustomers()).isEqualTo(2);
        assertThat(in.buyingEpisodes()).isEqualTo(3);
        assertThat(in.switchedEpisodes()).isEqualTo(1);
        assertThat(in.switchedCompleted()).isEqualTo(1);
        assertThat(ScorecardArea.CHANNEL_FLEXIBILITY.score(in, defaults).score()).isCloseTo(100 * (2.0 / 3 + 1) / 2, within(1e-9));
        assertThat(ScorecardArea.PERSONALISATION.score(in, defaults).score()).isNull();

        // A segment of A and B: their contacts (A's two calls, B's chat: 2 episodes, B's resolved at first contact), sessions
        // (checkouts A.s1, B.s1, of which A.s1 purchased; steps 4 and 1: median 2.5), customers (both on two or more channels)
        // and buying episodes (A's, B's switched and completed). The channels in use and their open days stay the business's.
        String segment = p + "-seg";
        Api api = new Api(port);
        for (String customer : List.of(p + "a", p + "b")) {
            api.tag(customer, segment, HamsafarTest.ADMIN_KEY);
        }
        tools.jackson.databind.node.ObjectNode narrowed = JsonNodeFactory.instance.objectNode().put("segment", segment);
        MonthInputs members = data.read(february, ScorecardParameters.read(narrowed), JobProgress.NONE).get(0);

        assertThat(members.channelsInUse()).containsExactly("app", "chat", "phone", "web");
        assertThat(members.activeDays()).containsEntry("web", 4L);
        assertThat(members.contacts()).isEqualTo(3);
        assertThat(members.contactEpisodes()).isEqualTo(2);
        assertThat(members.resolvedFirst()).isEqualTo(1);
        assertThat(members.checkouts()).isEqualTo(2);
        assertThat(members.convertedCheckouts()).isEqualTo(1);
        assertThat(members.medianSteps()).isEqualTo(2.5);
        assertThat(members.mobileSessions()).isEqualTo(1);
        assertThat(members.webSessions()).isEqualTo(2);
        assertThat(members.webPurchases()).isEqualTo(2);
        assertThat(members.activeCustomers()).isEqualTo(2);
        assertThat(members.multiChannelCustomers()).isEqualTo(2);
        assertThat(members.buyingEpisodes()).isEqualTo(2);
        assertThat(members.switchedCompleted()).isEqualTo(1);
    }

    @Test
    void theJobStoresSixAreasThatTheApiAndThePageShow() {
        Api api = new Api(port);
        Api.Reply bad = api.post("/api/v1/analytics/jobs", HamsafarTest.ADMIN_KEY, "{\"kind\": \"scorecard\", \"parameters\": {\"months\": 0}}");
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.json().get("errors").get(0).get("field").asString()).isEqualTo("parameters.months");
        Api.Reply badSegment = api.post("/api/v1/analytics/jobs", HamsafarTest.ADMIN_KEY,
                "{\"kind\": \"scorecard\", \"parameters\": {\"segment\": \"VIP customers\"}}");
        assertThat(badSegment.status()).isEqualTo(422);
        assertThat(badSegment.json().get("errors").get(0).get("field").asString()).isEqualTo("parameters.segment");

        Api.Reply queued = api.post("/api/v1/analytics/jobs", HamsafarTest.ADMIN_KEY,
                "{\"kind\": \"scorecard\", \"parameters\": {\"months\": 2, \"calendar\": \"jalali\"}}");
        assertThat(queued.status()).as(queued.body()).isEqualTo(202);
        long id = queued.json().get("id").asLong();
        assertThat(jobs.await(id, java.time.Duration.ofSeconds(60)).state().key()).isEqualTo("succeeded");

        Api.Reply latest = api.get("/api/v1/analytics/scorecard", HamsafarTest.ADMIN_KEY);
        assertThat(latest.status()).as(latest.body()).isEqualTo(200);
        tools.jackson.databind.JsonNode result = latest.json().get("result");
        assertThat(result.get("calendar").asString()).isEqualTo("jalali");
        assertThat(result.get("months")).hasSize(2);
        assertThat(result.get("areas").findValuesAsString("key")).containsExactly("accessibility", "service_convenience",
                "purchase_convenience", "personalisation", "simplicity", "channel_flexibility");
        tools.jackson.databind.JsonNode personalisation = result.get("areas").get(3).get("latest");
        assertThat(personalisation.get("score").isNull()).isTrue();
        assertThat(personalisation.get("reason").asString()).startsWith("no data");

        String user = "sc" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        assertThat(api.post("/api/v1/users", HamsafarTest.ADMIN_KEY, Api.json(Map.of("username", user, "displayName", "viewer",
                "password", "a-long-password", "role", "viewer", "language", "fa"))).status()).isEqualTo(201);
        org.hamsafar.support.Browserless browser = new org.hamsafar.support.Browserless(port);
        assertThat(browser.signIn(user, "a-long-password").status()).isEqualTo(302);
        String page = browser.get("/analytics/scorecard").body();
        assertThat(page).contains("id=\"area-personalisation\"").contains("دسترس‌پذیری").contains("ماه‌های شمسی")
                .contains("بدون داده: در پایگاه داده رویدادی");

        // A run over a segment is kept apart: the business's scorecard stays the one without a segment.
        String segment = "sc-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(browser.get("/analytics/scorecard?segment=" + segment).body()).contains("id=\"noScorecard\"").contains(segment);
        assertThat(api.get("/api/v1/analytics/scorecard?segment=" + segment, HamsafarTest.ADMIN_KEY).status()).isEqualTo(404);
        Api.Reply narrowed = api.post("/api/v1/analytics/jobs", HamsafarTest.ADMIN_KEY,
                "{\"kind\": \"scorecard\", \"parameters\": {\"months\": 1, \"segment\": \"" + segment + "\"}}");
        assertThat(narrowed.status()).as(narrowed.body()).isEqualTo(202);
        long narrowedId = narrowed.json().get("id").asLong();
        assertThat(jobs.await(narrowedId, java.time.Duration.ofSeconds(60)).state().key()).isEqualTo("succeeded");
        tools.jackson.databind.JsonNode business = api.get("/api/v1/analytics/scorecard", HamsafarTest.ADMIN_KEY).json();
        assertThat(business.get("jobId").asLong()).isEqualTo(id);
        tools.jackson.databind.JsonNode ofSegment = api.get("/api/v1/analytics/scorecard?segment=" + segment, HamsafarTest.ADMIN_KEY).json();
        assertThat(ofSegment.get("jobId").asLong()).isEqualTo(narrowedId);
        assertThat(ofSegment.get("result").get("segment").asString()).isEqualTo(segment);
        assertThat(api.get("/api/v1/analytics/scorecard?segment=Not+A+Key", HamsafarTest.ADMIN_KEY).status()).isEqualTo(422);
        assertThat(api.get("/api/v1/analytics/scorecard/latest?segment=all", HamsafarTest.ADMIN_KEY).json().get("id").asLong()).isEqualTo(id);
        assertThat(api.get("/api/v1/analytics/scorecard/latest", HamsafarTest.ADMIN_KEY).json().get("id").asLong()).isEqualTo(narrowedId);
        assertThat(browser.get("/analytics/scorecard?segment=" + segment).body()).contains("id=\"scorecardSegment\"")
                .doesNotContain("id=\"noScorecard\"");
    }
}
