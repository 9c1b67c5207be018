package org.hamsafar.actions.measures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hamsafar.support.Api;
import org.hamsafar.support.Browserless;
import org.hamsafar.support.HamsafarTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The closed-loop measures over a history built through the API with the application's clock set
 * by hand: detractor responses that open cases by alert rules, agents answering and resolving them,
 * customers answering NPS again. Every expected figure is worked out in the comments.
 *
 * <p>SLA: every day is a working day (UTC), every priority has 3 h to the first response and 24 h
 * to the resolution. Team "support" (rule on survey S) and team "billing" (rule on survey S2 and a
 * manual case); S3 has no rule and takes the later answers.
 *
 * <pre>
 * case  team     opened            first response   resolved        state now     SLA breach
 * c0    support  02-20 08:00 (Feb) +1 h             03-02 10:00      resolved     resolution
 * c1    support  03-03 08:00       +1 h             +10 h            resolved     -
 * c2    support  03-04 08:00       +2 h             +20 h            resolved     -
 * c3    support  03-05 08:00       +4 h             +30 h            closed       both
 * c4    support  03-06 08:00       -                -                new          first response (recorded by a change)
 * c5    billing  03-07 08:00       +0.5 h           +5 h             resolved     -
 * m6    billing  03-08 08:00       +2.5 h           +8 h             resolved     -   (manual: no rule, no response)
 * </pre>
 * Later NPS answers (survey S3): customer 1 answers 8; customer 2 answers 3, then 10 (the NEXT one
 * counts: not recovered); customer 5 answers 7; customers 0, 3 and 4 never answer again.
 */
@Tag("store")
@HamsafarTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestPropertySource(properties = "hamsafar.actions.sla.check-interval=PT10H")
class ClosedLoopMeasuresTest {
    private static final String KEY = HamsafarTest.ADMIN_KEY;
    private static final String MARCH = "from=2025-03-01T00:00:00Z&to=2025-04-01T00:00:00Z";
    private static final String FEBRUARY = "from=2025-02-01T00:00:00Z&to=2025-03-01T00:00:00Z";

    /** The application's clock, moved by the test. */
    static final class HandClock extends Clock {
        private volatile Instant now = Instant.parse("2025-02-01T00:00:00Z");

        void set(String instant) {
            now = Instant.parse(instant);
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

    @TestConfiguration
    static class Config {
        @Bean
        @Primary
        HandClock handClock() {
            return new HandClock();
        }
    }

    @LocalServerPort
    int port;
    @Autowired
    HandClock clock;
    Api api;
    String support;
    String billing;

    @BeforeAll
    void buildHistory() throws InterruptedException {
        api = new Api(port);
        clock.set("2025-02-01T00:00:00Z");
        sla();
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        support = team("support-" + suffix, "پشتیبانی", "Support");
        billing = team("billing-" + suffix, "مالی", "Billing");
        long s = survey("S");
        long s2 = survey("S2");
        long s3 = survey("S3");
        rule(s, support);
        rule(s2, billing);

        long c0 = detractor(s, "c0", 0, "2025-02-20T08:00:00Z");
        move(c0, "2025-02-20T09:00:00Z", "acknowledged", "in_progress");
        move(c0, "2025-03-02T10:00:00Z", "resolved");

        long c1 = detractor(s, "c1", 2, "2025-03-03T08:00:00Z");
        move(c1, "2025-03-03T09:00:00Z", "acknowledged", "in_progress");
        move(c1, "2025-03-03T18:00:00Z", "resolved");

        long c2 = detractor(s, "c2", 5, "2025-03-04T08:00:00Z");
        move(c2, "2025-03-04T10:00:00Z", "acknowledged", "in_progress");
        move(c2, "2025-03-05T04:00:00Z", "resolved");

        long c3 = detractor(s, "c3", 4, "2025-03-05T08:00:00Z");
        move(c3, "2025-03-05T12:00:00Z", "acknowledged", "in_progress");

        long c4 = detractor(s, "c4", 6, "2025-03-06T08:00:00Z");
        clock.set("2025-03-06T12:00:00Z");
        assertThat(api.patch("/api/v1/cases/" + c4, KEY, "{\"rootCause\": \"late_delivery\"}").status()).isEqualTo(200);

        move(c3, "2025-03-06T14:00:00Z", "resolved");
        move(c3, "2025-03-06T15:00:00Z", "closed");

        long c5 = detractor(s2, "c5", 1, "2025-03-07T08:00:00Z");
        move(c5, "2025-03-07T08:30:00Z", "acknowledged", "in_progress");
        move(c5, "2025-03-07T13:00:00Z", "resolved");

        clock.set("2025-03-08T08:00:00Z");
        Api.Reply manual = api.post("/api/v1/cases", KEY, Api.json(Map.of("title", "Called about an invoice", "team", billing)));
        assertThat(manual.status()).as(manual.body()).isEqualTo(201);
        long m6 = manual.json().get("id").asLong();
        move(m6, "2025-03-08T10:30:00Z", "acknowledged", "in_progress");
        move(m6, "2025-03-08T16:00:00Z", "resolved");

        answer(s3, "c1", 8, "2025-03-10T08:00:00Z");
        answer(s3, "c2", 3, "2025-03-10T08:00:00Z");
        answer(s3, "c2", 10, "2025-03-11T08:00:00Z");
        answer(s3, "c5", 7, "2025-03-11T08:00:00Z");
        clock.set("2025-03-20T00:00:00Z");
    }

    @Test
    void marchFiguresOfEachTeamAndOverallAreTheHandComputedOnes() {
        JsonNode report = measures(MARCH);

        assertThat(report.get("from").asString()).isEqualTo("2025-03-01T00:00:00Z");
        assertThat(report.get("to").asString()).isEqualTo("2025-04-01T00:00:00Z");
        assertThat(report.get("byTeam")).extracting(t -> t.get("team").asString()).containsExactly(billing, support);
        JsonNode sup = team(report, support);
        JsonNode bil = team(report, billing);
        JsonNode all = report.get("overall");
        assertThat(all.get("team").isNull()).isTrue();

        // opened in March: c1-c4 | c5, m6; resolved in March: c0 (opened in Feb), c1, c2, c3 | c5, m6; open now: c4
        assertCases(sup, 4, 4, 1);
        assertCases(bil, 2, 2, 0);
        assertCases(all, 6, 6, 1);

        // triggering responses: c1, c2, c3 (closed counts), c4 (new) -> 3 of 4; c5 -> 1 of 1; together 4 of 5
        assertShare(sup.get("closedLoop"), 0.75, 3, 4);
        assertShare(bil.get("closedLoop"), 1.0, 1, 1);
        assertShare(all.get("closedLoop"), 0.8, 4, 5);

        // first response: 1, 2, 4 h -> 2 | 0.5, 2.5 h -> 1.5 | 0.5, 1, 2, 2.5, 4 -> 2
        assertMedian(sup.get("timeToFirstResponse"), 2.0, 3);
        assertMedian(bil.get("timeToFirstResponse"), 1.5, 2);
        assertMedian(all.get("timeToFirstResponse"), 2.0, 5);
        // resolution: 10, 20, 30 h -> 20 | 5, 8 h -> 6.5 | 5, 8, 10, 20, 30 -> 10
        assertMedian(sup.get("timeToResolution"), 20.0, 3);
        assertMedian(bil.get("timeToResolution"), 6.5, 2);
        assertMedian(all.get("timeToResolution"), 10.0, 5);

        // cases with a breach: c3, c4 of c1-c4; none of c5, m6; 2 of 6
        assertShare(sup.get("slaBreach"), 0.5, 2, 4);
        assertShare(bil.get("slaBreach"), 0.0, 0, 2);
        assertShare(all.get("slaBreach"), 2.0 / 6, 2, 6);
        // per target, as of 03-20: first response c3, c4 late of four; resolution c3 late, c4 overdue
        assertThat(sup.get("slaBreach").get("firstResponseRate").asDouble()).isEqualTo(0.5);
        assertThat(sup.get("slaBreach").get("firstResponseJudged").asLong()).isEqualTo(4);
        assertThat(sup.get("slaBreach").get("resolutionRate").asDouble()).isEqualTo(0.5);
        assertThat(all.get("slaBreach").get("resolutionBreached").asLong()).isEqualTo(2);
        assertThat(all.get("slaBreach").get("resolutionJudged").asLong()).isEqualTo(6);

        // detractors c1-c4: c1 answered 8, c2 answered 3 (then 10): 1 of 2 answering again | c5 answered 7 | 2 of 3
        assertRecovery(sup.get("recovery"), 0.5, 1, 2, 4);
        assertRecovery(bil.get("recovery"), 1.0, 1, 1, 1);
        assertRecovery(all.get("recovery"), 2.0 / 3, 2, 3, 5);
    }

    @Test
    void februaryHoldsOnlyTheCaseOpenedThenWithItsResolutionAfterTheMonth() {
        JsonNode report = measures(FEBRUARY);

        assertThat(report.get("byTeam")).extracting(t -> t.get("team").asString()).containsExactly(support);
        JsonNode all = report.get("overall");
        assertCases(all, 1, 0, 1);
        assertShare(all.get("closedLoop"), 1.0, 1, 1);
        assertMedian(all.get("timeToFirstResponse"), 1.0, 1);
        assertMedian(all.get("timeToResolution"), 242.0, 1); // 02-20 08:00 -> 03-02 10:00
        assertShare(all.get("slaBreach"), 1.0, 1, 1);
        assertRecovery(all.get("recovery"), null, 0, 0, 1);
    }

    @Test
    void aTeamFilterKeepsThatTeamOnly() {
        JsonNode report = measures(MARCH + "&team=" + billing);

        assertThat(report.get("team").asString()).isEqualTo(billing);
        assertThat(report.get("byTeam")).extracting(t -> t.get("team").asString()).containsExactly(billing);
        JsonNode all = report.get("overall");
        assertCases(all, 2, 2, 0);
        assertShare(all.get("closedLoop"), 1.0, 1, 1);
        assertMedian(all.get("timeToFirstResponse"), 1.5, 2);
        assertRecovery(all.get("recovery"), 1.0, 1, 1, 1);
    }

    /** c1 (support) and c5 (billing) alone; the manual case m6 has no customer and drops out. */
    @Test
    void aSegmentKeepsTheCasesAboutItsMembersOnly() {
        String segment = "measures-" + UUID.randomUUID().toString().substring(0, 8);
        for (String person : List.of("c1", "c5")) {
            api.tag(people.get(person), segment, KEY);
        }

        JsonNode report = measures(MARCH + "&segment=" + segment);

        assertThat(report.get("segment").asString()).isEqualTo(segment);
        assertThat(report.get("byTeam")).extracting(t -> t.get("team").asString()).containsExactly(billing, support);
        JsonNode all = report.get("overall");
        assertCases(all, 2, 2, 0);
        assertShare(all.get("closedLoop"), 1.0, 2, 2);
        assertMedian(all.get("timeToFirstResponse"), 0.75, 2);
        assertMedian(all.get("timeToResolution"), 7.5, 2);
        assertShare(all.get("slaBreach"), 0.0, 0, 2);
        assertThat(all.get("slaBreach").get("firstResponseJudged").asLong()).isEqualTo(2);
        assertRecovery(all.get("recovery"), 1.0, 2, 2, 2);
        assertCases(team(report, support), 1, 1, 0);
        assertCases(measures(MARCH + "&segment=nobody-" + segment).get("overall"), 0, 0, 0);
    }

    @Test
    void withoutAPeriodTheLast90DaysAreMeasured() {
        JsonNode report = measures("");

        assertThat(report.get("to").asString()).isEqualTo("2025-03-20T00:00:00Z");
        assertThat(report.get("from").asString()).isEqualTo("2024-12-20T00:00:00Z");
        assertCases(report.get("overall"), 7, 6, 1);
        assertThat(measures("days=7").get("from").asString()).isEqualTo("2025-03-13T00:00:00Z");
    }

    @Test
    void persianDigitsAndDatesAreReadAsLatinOnes() {
        // ۲۰۲۵-۰۳-۰۱ is local midnight in Tehran (+03:30)
        JsonNode report = measures("from=%DB%B2%DB%B0%DB%B2%DB%B5-%DB%B0%DB%B3-%DB%B0%DB%B1&to=2025-04-01");

        assertThat(report.get("from").asString()).isEqualTo("2025-02-28T20:30:00Z");
        assertCases(report.get("overall"), 6, 6, 1);
    }

    @Test
    void badPeriodsAndTeamsAreNamedFieldByField() {
        Map<String, String> cases = new LinkedHashMap<>();
        cases.put("from=yesterday", "from");
        cases.put("to=2025-13-01", "to");
        cases.put("from=2025-03-10&to=2025-03-01", "from");
        cases.put("from=2025-03-01T00:00:00Z&to=2025-03-01T00:00:00Z", "from");
        cases.put("from=1800-01-01", "from");
        cases.put("from=2015-01-01&to=2025-01-01", "from");
        cases.put("days=0", "days");
        cases.put("days=abc", "days");
        cases.put("days=7&from=2025-03-01", "days");
        cases.put("team=Not%20A%20Key", "team");
        cases.put("segment=VIP%20customers", "segment");
        cases.forEach((query, field) -> {
            Api.Reply reply = api.get("/api/v1/cases/measures?" + query, KEY);
            assertThat(reply.status()).as(query).isEqualTo(422);
            assertThat(reply.contentType()).startsWith("application/problem+json");
            assertThat(reply.json().get("errors")).as(query).extracting(e -> e.get("field").asString()).containsExactly(field);
        });
        Api.Reply both = api.get("/api/v1/cases/measures?from=nonsense&to=never&team=X", KEY);
        assertThat(both.json().get("errors")).extracting(e -> e.get("field").asString()).containsExactlyInAnyOrder("from", "to", "team");
        assertThat(api.get("/api/v1/cases/measures", null).status()).isEqualTo(401);
    }

    @Test
    void thePanelShowsTheFiguresInPersianWithPersianDigits() {
        Browserless browser = new Browserless(port);
        browser.signIn("admin", HamsafarTest.ADMIN_PASSWORD);
        browser.post("/preferences/language", Map.of("lang", "fa", "back", "/"), "/");

        Browserless.Page panel = browser.get("/cases/measures-panel?from=2025-03-01T00:00:00Z&to=2025-04-01T00:00:00Z");

        assertThat(panel.status()).isEqualTo(200);
        String body = panel.body();
        assertThat(body).contains("بستن حلقه", "id=\"closingTheLoop\"").doesNotContain("<html", "measuresFallback");
        assertThat(section(body, "id=\"measureClosedLoop\"")).contains("۸۰٪", "۴ از ۵ پاسخ");
        assertThat(section(body, "id=\"measureFirstResponse\"")).contains("۲٫۰ ساعت", "تعداد: ۵");
        assertThat(section(body, "id=\"measureResolution\"")).contains("۱۰٫۰ ساعت");
        assertThat(section(body, "id=\"measureSlaBreach\"")).contains("۳۳٪", "۲ از ۶ پرونده", "نمونه کوچک");
        assertThat(section(body, "id=\"measureRecovery\"")).contains("۶۷٪", "۲ از ۳ نفری که دوباره پاسخ داده‌اند (۵ منتقد)");
        assertThat(section(body, "id=\"measuresCounts\"")).contains("۶ پرونده باز و ۶ پرونده حل شده");
        String supportRow = section(body, "data-team=\"" + support + "\"");
        assertThat(supportRow).contains("پشتیبانی", "۷۵٪", "۲۰٫۰ ساعت", "۵۰٪");
        String figures = body.substring(body.indexOf("id=\"measureClosedLoop\""));
        assertThat(figures.replaceAll("<[^>]*>", "").replace(support, "").replace(billing, "")).doesNotContainPattern("[0-9]");
    }

    @Test
    void thePanelSpeaksEnglishToo() {
        Browserless browser = new Browserless(port);
        browser.signIn("admin", HamsafarTest.ADMIN_PASSWORD);
        browser.post("/preferences/language", Map.of("lang", "en", "back", "/"), "/");

        String body = browser.get("/cases/measures-panel?from=2025-03-01T00:00:00Z&to=2025-04-01T00:00:00Z").body();

        assertThat(section(body, "id=\"measureClosedLoop\"")).contains("80%", "4 of 5 responses");
        assertThat(section(body, "id=\"measureResolution\"")).contains("10.0 h", "n = 5");
        assertThat(section(body, "data-team=\"" + billing + "\"")).contains("Billing", "100%", "6.5 h");
        Browserless.Page fallback = browser.get("/cases/measures-panel?from=garbage");
        assertThat(fallback.status()).isEqualTo(200);
        assertThat(fallback.body()).contains("id=\"measuresFallback\"");
    }

    @Test
    void theCxOverviewLoadsThePanelWithItsRange() {
        Browserless browser = new Browserless(port);
        browser.signIn("admin", HamsafarTest.ADMIN_PASSWORD);

        String page = browser.get("/cx?days=30").body();

        assertThat(page).contains("id=\"closingTheLoopSlot\"", "hx-get=\"/cases/measures-panel?days=30\"", "hx-trigger=\"load\"");
        assertThat(browser.get("/cx?days=30&segment=vip").body()).contains("hx-get=\"/cases/measures-panel?days=30&amp;segment=vip\"");
    }

    private JsonNode measures(String query) {
        Api.Reply reply = api.get("/api/v1/cases/measures" + (query.isEmpty() ? "" : "?" + query), KEY);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    private static JsonNode team(JsonNode report, String key) {
        for (JsonNode team : report.get("byTeam")) {
            if (key.equals(team.get("team").asString())) {
                return team;
            }
        }
        throw new AssertionError("no team " + key + " in " + report);
    }

    private static void assertCases(JsonNode figures, long opened, long resolved, long openNow) {
        assertThat(figures.get("cases").get("opened").asLong()).as("opened").isEqualTo(opened);
        assertThat(figures.get("cases").get("resolved").asLong()).as("resolved").isEqualTo(resolved);
        assertThat(figures.get("cases").get("openNow").asLong()).as("open now").isEqualTo(openNow);
    }

    private static void assertShare(JsonNode share, double rate, long count, long n) {
        assertThat(share.get("rate").asDouble()).isCloseTo(rate, within(1e-9));
        assertThat(share.has("closed") ? share.get("closed").asLong() : share.get("breached").asLong()).isEqualTo(count);
        assertThat(share.get("n").asLong()).isEqualTo(n);
    }

    private static void assertMedian(JsonNode median, double hours, long n) {
        assertThat(median.get("medianHours").asDouble()).isEqualTo(hours);
        assertThat(median.get("n").asLong()).isEqualTo(n);
    }

    private static void assertRecovery(JsonNode recovery, Double rate, long recovered, long answeredAgain, long detractors) {
        if (rate == null) {
            assertThat(recovery.get("rate").isNull()).isTrue();
        } else {
            assertThat(recovery.get("rate").asDouble()).isCloseTo(rate, within(1e-9));
        }
        assertThat(recovery.get("recovered").asLong()).isEqualTo(recovered);
        assertThat(recovery.get("answeredAgain").asLong()).isEqualTo(answeredAgain);
        assertThat(recovery.get("n").asLong()).isEqualTo(answeredAgain);
        assertThat(recovery.get("detractors").asLong()).isEqualTo(detractors);
    }

    /** The part of the page from {@code marker} to the next element with an id (a figure), or to the end of a table row. */
    private static String section(String html, String marker) {
        int start = html.indexOf(marker);
        assertThat(start).as(marker).isGreaterThanOrEqualTo(0);
        int end = html.indexOf(marker.startsWith("data-team") ? "</tr>" : " id=\"", start + marker.length());
        return html.substring(start, end < 0 ? html.length() : end);
    }

    // --- building the history -------------------------------------------------------------------

    private void sla() {
        Map<String, Object> policy = Map.of("firstResponseMinutes", 180, "resolutionMinutes", 1440);
        Map<String, Object> policies = new LinkedHashMap<>();
        for (String priority : List.of("low", "normal", "high", "urgent")) {
            policies.put(priority, policy);
        }
        Map<String, Object> week = new LinkedHashMap<>();
        for (String day : List.of("saturday", "sunday", "monday", "tuesday", "wednesday", "thursday", "friday")) {
            week.put(day, List.of(Map.of("from", "00:00", "to", "24:00")));
        }
        Map<String, Object> body = Map.of("policies", policies, "week", week, "holidays", List.of(), "zone", "UTC");
        Api.Reply reply = api.send("/api/v1/sla", KEY, "PUT", "application/json", Api.json(body).getBytes(StandardCharsets.UTF_8));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    }

    private String team(String key, String nameFa, String nameEn) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("nameFa", nameFa);
        body.put("nameEn", nameEn);
        body.put("members", List.of());
        Api.Reply reply = api.send("/api/v1/teams/" + key, KEY, "PUT", "application/json", Api.json(body).getBytes(StandardCharsets.UTF_8));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return key;
    }

    private long survey(String name) {
        Api.Reply reply = api.post("/api/v1/surveys", KEY, """
                {"name": "Measures %s %s", "status": "active", "questions": [
                  {"key": "nps", "type": "nps", "text": {"fa": "چقدر ما را پیشنهاد می‌کنید؟", "en": "Recommend us?"}, "required": true}]}"""
                .formatted(name, UUID.randomUUID()));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json().get("id").asLong();
    }

    private void rule(long survey, String team) {
        Api.Reply reply = api.post("/api/v1/alert-rules", KEY, """
                {"name": "Detractors of %d", "enabled": true, "when": {"all": [{"field": "survey.id", "op": "=", "value": %d},
                   {"field": "answer.nps", "op": "<=", "value": 6}]},
                 "actions": [{"type": "open_case", "team": "%s"}]}""".formatted(survey, survey, team));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
    }

    private final Map<String, String> people = new LinkedHashMap<>();

    private long answer(long survey, String person, int nps, String at) {
        clock.set(at);
        String externalId = people.computeIfAbsent(person, p -> "measures-" + p + "-" + UUID.randomUUID());
        Api.Reply reply = api.post("/api/v1/surveys/" + survey + "/responses", KEY, """
                {"answers": {"nps": %d}, "customer": {"externalId": "%s"}, "channel": "email", "submittedAt": "%s"}"""
                .formatted(nps, externalId, at));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json().get("customerId").asLong();
    }

    /** A detractor's answer at {@code at}; waits for the alert rule's case and answers its id. */
    private long detractor(long survey, String person, int nps, String at) throws InterruptedException {
        long customer = answer(survey, person, nps, at);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            JsonNode items = api.get("/api/v1/cases?customerId=" + customer, KEY).json().get("items");
            if (!items.isEmpty()) {
                assertThat(items.get(0).get("createdAt").asString()).isEqualTo(at);
                return items.get(0).get("id").asLong();
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no case opened for " + person);
    }

    private void move(long caseId, String at, String... states) {
        clock.set(at);
        for (String state : states) {
            Api.Reply reply = api.patch("/api/v1/cases/" + caseId, KEY, "{\"state\": \"" + state + "\"}");
            assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        }
    }
}
