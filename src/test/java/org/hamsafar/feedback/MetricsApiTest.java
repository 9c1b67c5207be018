package org.hamsafar.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.hamsafar.shared.store.UtcTimes;
import org.hamsafar.support.Api;
import org.hamsafar.support.Browserless;
import org.hamsafar.support.HamsafarTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The metric endpoints against answers written straight into the store. Each test uses survey ids
 * of its own and always filters by survey, because test classes share a store.
 */
@Tag("store")
@HamsafarTest
class MetricsApiTest {
    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    CxMetrics metrics;
    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    private void answer(long surveyId, String type, int score, String channel, String touchpoint, String submittedAt) {
        jdbc.sql("""
                        INSERT INTO survey_answer (response_id, survey_id, question_key, question_type, channel, touchpoint, submitted_at, score)
                        VALUES (:id, :survey, 'q1', :type, :channel, :touchpoint, :at, :score)""")
                .param("id", UUID.randomUUID())
                .param("survey", surveyId)
                .param("type", type)
                .param("channel", channel)
                .param("touchpoint", touchpoint)
                .param("at", UtcTimes.toDb(Instant.parse(submittedAt)))
                .param("score", score)
                .update();
    }

    private void answers(long surveyId, String type, String channel, String touchpoint, String submittedAt, int... scores) {
        Instant at = Instant.parse(submittedAt);
        for (int i = 0; i < scores.length; i++) {
            answer(surveyId, type, scores[i], channel, touchpoint, at.plusSeconds(60L * i).toString());
        }
    }

    private static int[] repeat(int score, int count) {
        int[] scores = new int[count];
        Arrays.fill(scores, score);
        return scores;
    }

    private JsonNode get(String path) {
        Api.Reply reply = api.get(path, HamsafarTest.ADMIN_KEY);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    private static Double number(JsonNode node, String field) {
        return node.get(field).isNull() ? null : node.get(field).asDouble();
    }

    @Test
    void npsOverJalaliMonthsCountsTheGroupsAndGivesTheirInterval() {
        long survey = 7_404_001;
        // Mehr 1404 is 2025-09-23 .. 2025-10-22 in Tehran (+03:30): 2025-09-22T20:30Z .. 2025-10-22T20:30Z.
        // 50 promoters (one at the first instant of the month), 30 passives, 20 detractors.
        answer(survey, "nps", 10, "web", "checkout", "2025-09-22T20:30:00Z");
        answers(survey, "nps", "web", "checkout", "2025-10-01T08:00:00Z", repeat(9, 49));
        answers(survey, "nps", "app", "checkout", "2025-10-02T08:00:00Z", repeat(7, 15));
        answers(survey, "nps", "app", "checkout", "2025-10-03T08:00:00Z", repeat(8, 15));
        answers(survey, "nps", "web", "delivery", "2025-10-22T19:00:00Z", repeat(6, 10));
        answers(survey, "nps", "web", "delivery", "2025-09-30T08:00:00Z", 0, 1, 2, 3, 4, 5, 6, 0, 1, 2);
        answer(survey, "nps", 0, "web", "checkout", "2025-09-22T20:29:59Z");      // last second of 1404-06-31: outside
        answer(survey, "nps", 3, "email", null, "2025-10-22T20:30:00Z");          // first instant of 1404-08-01
        answer(survey, "csat", 5, "web", "checkout", "2025-10-01T09:00:00Z");     // another metric
        answer(survey, "nps", 11, "web", "checkout", "2025-10-01T09:00:00Z");     // off the scale

        JsonNode reply = get("/api/v1/metrics/nps?from=2025-09-23&to=2025-11-22&interval=month&calendar=jalali&surveyId=" + survey);

        assertThat(reply.get("metric").asString()).isEqualTo("nps");
        assertThat(reply.get("from").asString()).isEqualTo("2025-09-23T00:00:00+03:30");
        assertThat(reply.get("to").asString()).isEqualTo("2025-11-22T00:00:00+03:30");
        assertThat(reply.get("zone").asString()).isEqualTo("Asia/Tehran");
        assertThat(reply.get("calendar").asString()).isEqualTo("jalali");
        JsonNode series = reply.get("series");
        assertThat(series.size()).isEqualTo(2);
        JsonNode mehr = series.get(0);
        assertThat(mehr.get("period").asString()).isEqualTo("2025-09-23");
        assertThat(mehr.get("label").asString()).isEqualTo("1404-07");
        assertThat(mehr.get("n").asLong()).isEqualTo(100);
        assertThat(mehr.get("promoters").asLong()).isEqualTo(50);
        assertThat(mehr.get("passives").asLong()).isEqualTo(30);
        assertThat(mehr.get("detractors").asLong()).isEqualTo(20);
        // NPS = 30; var = (0.7 - 0.09) / 100 = 0.0061; half = 1.959964 * 100 * 0.078102 = 15.31 -> 14.7 .. 45.3
        assertThat(number(mehr, "value")).isEqualTo(30.0);
        assertThat(number(mehr, "ciLow")).isEqualTo(14.7);
        assertThat(number(mehr, "ciHigh")).isEqualTo(45.3);
        JsonNode aban = series.get(1);
        assertThat(aban.get("period").asString()).isEqualTo("2025-10-23");
        assertThat(aban.get("label").asString()).isEqualTo("1404-08");
        assertThat(aban.get("n").asLong()).isEqualTo(1);
        assertThat(number(aban, "value")).isEqualTo(-100.0);
        // Total: 50 promoters, 21 detractors of 101: NPS = 100 * 29 / 101 = 28.71;
        // var = (71/101 - (29/101)^2) / 101 = 0.0061438, half = 195.9964 * 0.078383 = 15.36 -> 13.35 .. 44.08
        JsonNode total = reply.get("total");
        assertThat(total.get("n").asLong()).isEqualTo(101);
        assertThat(total.get("detractors").asLong()).isEqualTo(21);
        assertThat(number(total, "value")).isEqualTo(28.7);
        assertThat(number(total, "ciLow")).isEqualTo(13.4);
        assertThat(number(total, "ciHigh")).isEqualTo(44.1);
    }

    private void csatAnswers(long survey) {
        answers(survey, "csat", "web", "checkout", "2026-01-05T10:00:00Z", 5, 5, 4, 4, 4, 4, 5, 4, 3, 1);  // 8 of 10
        answers(survey, "csat", "sms", "delivery", "2026-01-06T10:00:00Z", 5, 2, 3, 1);                    // 1 of 4
        answers(survey + 1, "csat", "web", "checkout", "2026-01-05T10:00:00Z", 1, 1, 1, 1, 1);             // another survey
    }

    @Test
    void csatIsFilteredByTouchpointChannelAndSurvey() {
        long survey = 7_404_010;
        csatAnswers(survey);
        String range = "/api/v1/metrics/csat?from=2026-01-01&to=2026-02-01&interval=month&zone=UTC&surveyId=" + survey;

        JsonNode checkout = get(range + "&touchpoint=checkout");
        JsonNode sms = get(range + "&channel=sms");
        JsonNode all = get(range);

        // 8 of 10: Wilson 0.490162 .. 0.943318
        assertThat(checkout.get("total").get("n").asLong()).isEqualTo(10);
        assertThat(checkout.get("total").get("satisfied").asLong()).isEqualTo(8);
        assertThat(number(checkout.get("total"), "value")).isEqualTo(80.0);
        assertThat(number(checkout.get("total"), "ciLow")).isEqualTo(49.0);
        assertThat(number(checkout.get("total"), "ciHigh")).isEqualTo(94.3);
        assertThat(checkout.get("series").size()).isEqualTo(1);
        assertThat(checkout.get("series").get(0).get("label").asString()).isEqualTo("2026-01");
        assertThat(checkout.get("series").get(0).get("period").asString()).isEqualTo("2026-01-01");
        // 1 of 4: p = 0.25, z^2/n = 0.960365, centre = 0.372475 / 1.960365 = 0.190003,
        // half = 0.999794 * sqrt(0.046875 + 0.060023) = 0.326805 -> 4.6 .. 69.9
        assertThat(sms.get("total").get("n").asLong()).isEqualTo(4);
        assertThat(number(sms.get("total"), "value")).isEqualTo(25.0);
        assertThat(number(sms.get("total"), "ciLow")).isEqualTo(4.6);
        assertThat(number(sms.get("total"), "ciHigh")).isEqualTo(69.9);
        // 9 of 14 = 64.29 %, Wilson 38.76 .. 83.66
        assertThat(all.get("total").get("n").asLong()).isEqualTo(14);
        assertThat(number(all.get("total"), "value")).isEqualTo(64.3);
        assertThat(number(all.get("total"), "ciLow")).isEqualTo(38.8);
        assertThat(number(all.get("total"), "ciHigh")).isEqualTo(83.7);
    }

    @Test
    void aSegmentKeepsTheAnswersOfTheCustomersWhoCarryItsTag() {
        long survey = 7_404_090;
        String tag = "seg" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        long first = 740_402_001L;
        // Customers first..first+4 answer 5, 5, 4, 2, 1 (3 of 5 satisfied); the first three carry the segment's tag.
        int[] scores = {5, 5, 4, 2, 1};
        for (int i = 0; i < scores.length; i++) {
            jdbc.sql("""
                            INSERT INTO survey_answer (response_id, survey_id, question_key, question_type, channel, submitted_at, score, customer_id)
                            VALUES (:id, :survey, 'q1', 'csat', 'web', :at, :score, :customer)""")
                    .param("id", UUID.randomUUID()).param("survey", survey).param("score", scores[i]).param("customer", first + i)
                    .param("at", UtcTimes.toDb(Instant.parse("2026-01-05T10:00:00Z").plusSeconds(i))).update();
        }
        for (int i = 0; i < 3; i++) {
            jdbc.sql("INSERT INTO customer_tag (customer_id, tag, added_at, source) VALUES (:customer, :tag, :at, 'test')")
                    .param("customer", first + i).param("tag", tag).param("at", UtcTimes.toDb(Instant.parse("2026-01-01T00:00:00Z"))).update();
        }
        String range = "/api/v1/metrics/csat?from=2026-01-01&to=2026-02-01&interval=month&zone=UTC&surveyId=" + survey;

        JsonNode all = get(range);
        JsonNode segment = get(range + "&segment=" + tag);

        assertThat(all.get("total").get("n").asLong()).isEqualTo(5);
        assertThat(segment.get("segment").asString()).isEqualTo(tag);
        assertThat(segment.get("total").get("n").asLong()).isEqualTo(3);
        assertThat(segment.get("total").get("satisfied").asLong()).isEqualTo(3);
        assertThat(number(segment.get("total"), "value")).isEqualTo(100.0);
        JsonNode byChannel = get(range.replace("/csat?", "/csat/breakdown?by=channel&") + "&segment=" + tag).get("items");
        assertThat(byChannel).hasSize(1);
        assertThat(byChannel.get(0).get("n").asLong()).isEqualTo(3);

        // The CX overview page takes the same filter: the same answers two days ago, in a survey of their own.
        for (int i = 0; i < scores.length; i++) {
            jdbc.sql("""
                            INSERT INTO survey_answer (response_id, survey_id, question_key, question_type, channel, submitted_at, score, customer_id)
                            VALUES (:id, :survey, 'q1', 'csat', 'web', :at, :score, :customer)""")
                    .param("id", UUID.randomUUID()).param("survey", survey + 1).param("score", scores[i]).param("customer", first + i)
                    .param("at", UtcTimes.toDb(Instant.now().minus(Duration.ofDays(2)).plusSeconds(i))).update();
        }
        Browserless browser = new Browserless(port);
        assertThat(browser.signIn("admin", HamsafarTest.ADMIN_PASSWORD).status()).isEqualTo(302);
        String page = browser.get("/cx?days=30&surveyId=" + (survey + 1) + "&segment=" + tag).body();
        assertThat(page).containsPattern("id=\"segment\"[^>]*value=\"" + tag + "\"").contains("تعداد: ۳").doesNotContain("تعداد: ۵");
    }

    @Test
    void csatIsBrokenDownByTouchpointAndByChannel() {
        long survey = 7_404_020;
        csatAnswers(survey);
        String range = "?from=2026-01-01&to=2026-02-01&zone=UTC&surveyId=" + survey;

        JsonNode touchpoints = get("/api/v1/metrics/csat/breakdown" + range + "&by=touchpoint");
        JsonNode channels = get("/api/v1/metrics/csat/breakdown" + range + "&by=channel");

        assertThat(touchpoints.get("by").asString()).isEqualTo("touchpoint");
        JsonNode items = touchpoints.get("items");
        assertThat(items.size()).isEqualTo(2);
        assertThat(items.get(0).get("key").asString()).isEqualTo("checkout");
        assertThat(items.get(0).get("n").asLong()).isEqualTo(10);
        assertThat(number(items.get(0), "value")).isEqualTo(80.0);
        assertThat(number(items.get(0), "ciLow")).isEqualTo(49.0);
        assertThat(items.get(1).get("key").asString()).isEqualTo("delivery");
        assertThat(number(items.get(1), "value")).isEqualTo(25.0);
        List<String> channelKeys = new ArrayList<>();
        channels.get("items").forEach(item -> channelKeys.add(item.get("key").asString() + ":" + item.get("satisfied").asLong()));
        assertThat(channelKeys).containsExactly("web:8", "sms:1");

        MetricQuery query = MetricQuery.of(Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2026-02-01T00:00:00Z"), metrics.defaultZone())
                .withSurvey(survey);
        List<MetricBreakdown> byChannel = metrics.byDimension(Metric.CSAT, query, MetricDimension.CHANNEL);
        assertThat(byChannel).extracting(MetricBreakdown::key).containsExactly("web", "sms");
        assertThat(byChannel.get(0).value().value()).isEqualTo(80.0);
    }

    @Test
    void cesHasADailySeriesWithStudentTIntervalsAndEmptyDays() {
        long survey = 7_404_030;
        answers(survey, "ces", "app", "support_chat", "2026-02-01T09:00:00Z", 2, 4, 4, 5, 7);
        answer(survey, "ces", 6, "app", "support_chat", "2026-02-03T23:59:59Z");
        answer(survey, "rating", 5, "app", "support_chat", "2026-02-01T09:00:00Z");

        JsonNode reply = get("/api/v1/metrics/ces?from=2026-02-01&to=2026-02-04&zone=UTC&interval=day&surveyId=" + survey);

        JsonNode series = reply.get("series");
        assertThat(series.size()).isEqualTo(3);
        // 2, 4, 4, 5, 7: mean 4.4, s^2 = (110 - 22^2/5) / 4 = 3.3, s = 1.8166; t(0.975, 4) = 2.7764;
        // half = 2.7764 * 1.8166 / sqrt(5) = 2.2556 -> 2.14 .. 6.66
        JsonNode first = series.get(0);
        assertThat(first.get("period").asString()).isEqualTo("2026-02-01");
        assertThat(first.get("n").asLong()).isEqualTo(5);
        assertThat(number(first, "mean")).isEqualTo(4.4);
        assertThat(number(first, "value")).isEqualTo(4.4);
        assertThat(number(first, "sd")).isEqualTo(1.82);
        assertThat(number(first, "ciLow")).isEqualTo(2.14);
        assertThat(number(first, "ciHigh")).isEqualTo(6.66);
        JsonNode empty = series.get(1);
        assertThat(empty.get("n").asLong()).isZero();
        assertThat(empty.get("value").isNull()).isTrue();
        JsonNode single = series.get(2);
        assertThat(single.get("n").asLong()).isEqualTo(1);
        assertThat(number(single, "mean")).isEqualTo(6.0);
        assertThat(single.get("ciLow").isNull()).isTrue();
        assertThat(single.get("ciHigh").isNull()).isTrue();
        assertThat(single.get("sd").isNull()).isTrue();
        // All six: sum 28, squares 146, mean 4.667, s^2 = (146 - 28^2/6) / 5 = 3.0667, s = 1.7512;
        // t(0.975, 5) = 2.5706, half = 2.5706 * 1.7512 / sqrt(6) = 1.8378 -> 2.83 .. 6.50
        JsonNode total = reply.get("total");
        assertThat(total.get("n").asLong()).isEqualTo(6);
        assertThat(number(total, "mean")).isEqualTo(4.67);
        assertThat(number(total, "ciLow")).isEqualTo(2.83);
        assertThat(number(total, "ciHigh")).isEqualTo(6.5);
    }

    @Test
    void localDaysFollowTheOffsetOnEachSideOfADaylightSavingChange() {
        long survey = 7_404_040;
        // Berlin moves from +01:00 to +02:00 at 2026-03-29T01:00Z.
        answer(survey, "nps", 10, "web", null, "2026-03-28T23:30:00Z");   // 03-29 00:30 local (+01:00)
        answer(survey, "nps", 0, "web", null, "2026-03-29T21:30:00Z");    // 03-29 23:30 local (+02:00)
        answer(survey, "nps", 9, "web", null, "2026-03-29T22:30:00Z");    // 03-30 00:30 local (+02:00); 23:30 at +01:00

        JsonNode days = get("/api/v1/metrics/nps?from=2026-03-28&to=2026-04-01&zone=Europe/Berlin&surveyId=" + survey);
        JsonNode weeks = get("/api/v1/metrics/nps?from=2026-03-23&to=2026-04-06&zone=Europe/Berlin&interval=week&surveyId=" + survey);

        List<String> perDay = new ArrayList<>();
        days.get("series").forEach(p -> perDay.add(p.get("period").asString() + "=" + p.get("n").asLong()));
        assertThat(perDay).containsExactly("2026-03-28=0", "2026-03-29=2", "2026-03-30=1", "2026-03-31=0");
        assertThat(number(days.get("series").get(1), "value")).isEqualTo(0.0);
        List<String> perWeek = new ArrayList<>();
        weeks.get("series").forEach(p -> perWeek.add(p.get("period").asString() + "=" + p.get("n").asLong()));
        assertThat(perWeek).containsExactly("2026-03-23=2", "2026-03-30=1");
    }

    @Test
    void withoutARangeTheLastNinetyDaysAreShownEvenWhenEmpty() {
        long survey = 7_404_050;

        JsonNode reply = get("/api/v1/metrics/nps?surveyId=" + survey);

        assertThat(reply.get("interval").asString()).isEqualTo("day");
        assertThat(reply.get("calendar").asString()).isEqualTo("gregorian");
        assertThat(reply.get("total").get("n").asLong()).isZero();
        assertThat(reply.get("total").get("value").isNull()).isTrue();
        assertThat(reply.get("series").size()).isBetween(90, 91);
        reply.get("series").forEach(p -> assertThat(p.get("n").asLong()).isZero());
        Instant to = OffsetDateTime.parse(reply.get("to").asString()).toInstant();
        Instant from = OffsetDateTime.parse(reply.get("from").asString()).toInstant();
        // The end is the next whole second, so that an answer given this very second counts.
        assertThat(to).isBetween(Instant.now().minusSeconds(60), Instant.now().plusSeconds(1));
        assertThat(Duration.between(from, to).toDays()).isEqualTo(90);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/api/v1/metrics/happiness                                   | metric",
            "/api/v1/metrics/nps?interval=hour                           | interval",
            "/api/v1/metrics/nps?calendar=hijri                          | calendar",
            "/api/v1/metrics/nps?zone=Mars/Base                          | zone",
            "/api/v1/metrics/nps?from=2026-02-01&to=2026-01-01           | from",
            "/api/v1/metrics/nps?from=2015-01-01&to=2026-01-01           | from",
            "/api/v1/metrics/nps?from=2026-13-01                         | from",
            "/api/v1/metrics/nps?to=01/02/2026                           | to",
            "/api/v1/metrics/nps?from=%2B999999999-01-01T00:00:00Z       | from",
            "/api/v1/metrics/csat?channel=fax                            | channel",
            "/api/v1/metrics/csat?touchpoint=Check%20Out                 | touchpoint",
            "/api/v1/metrics/csat?segment=Big%20Spenders                 | segment",
            "/api/v1/metrics/csat/breakdown?by=colour                    | by",
            "/api/v1/metrics/ces/breakdown?by=channel&from=2026-13-01    | from"})
    void badParametersAre422NamingTheField(String path, String field) {
        Api.Reply reply = api.get(path, HamsafarTest.ADMIN_KEY);

        assertThat(reply.status()).as(reply.body()).isEqualTo(422);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().get("errors").get(0).get("field").asString()).isEqualTo(field);
    }

    @Test
    void aKeyIsRequired() {
        assertThat(api.get("/api/v1/metrics/nps", null).status()).isEqualTo(401);
    }

    @Test
    void theJavaApiGivesUnroundedValues() {
        long survey = 7_404_060;
        answers(survey, "nps", "web", null, "2026-01-05T10:00:00Z", 10, 9, 8, 0);

        MetricReport report = metrics.report(Metric.NPS, MetricQuery.of(Instant.parse("2026-01-05T00:00:00Z"),
                Instant.parse("2026-01-06T00:00:00Z"), ZoneOffset.UTC).withSurvey(survey));

        // 2 promoters, 1 detractor of 4: NPS = 25; var = (0.75 - 0.0625) / 4 = 0.171875, half = 81.2558
        // -> -56.2558 .. 106.2558, clipped to 100
        assertThat(report.total().value()).isEqualTo(25.0);
        assertThat(report.total().ciLow()).isCloseTo(-56.2558, within(1e-4));
        assertThat(report.total().ciHigh()).isEqualTo(100.0);
        assertThat(report.series()).singleElement().satisfies(point -> {
            assertThat(point.period()).isEqualTo(LocalDate.of(2026, 1, 5));
            assertThat(point.value().passives()).isEqualTo(1);
        });
    }
}
