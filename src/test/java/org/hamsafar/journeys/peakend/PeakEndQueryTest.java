package org.hamsafar.journeys.peakend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hamsafar.customers.CustomerDirectory;
import org.hamsafar.feedback.ResponseRecorder;
import org.hamsafar.feedback.SurveyCatalog;
import org.hamsafar.support.Api;
import org.hamsafar.support.HamsafarTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Peak-end scores through the API, on two small data sets of their own (each customer carries a tag
 * unique to this run, and every query asks for that segment, so other tests' data never count):
 * <ul>
 *   <li>"kinds": five customers whose journeys use every kind of moment, with hand-computed peaks,
 *       ends and averages, ties, gap splitting and the outcomes' boundaries (early 2024);</li>
 *   <li>"stats": ten journeys with a next NPS answer and a known purchase outcome ({@link PeakEndFixture#tenJourneys}),
 *       whose correlations, regression lines and AUCs are worked out by hand below (December 2024).</li>
 * </ul>
 */
@Tag("store")
@HamsafarTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PeakEndQueryTest {
    private static final String QUERY = "/api/v1/journeys/peak-end/query";
    private static final String KEY = HamsafarTest.ADMIN_KEY;
    @LocalServerPort
    int port;
    @Autowired
    SurveyCatalog surveys;
    @Autowired
    ResponseRecorder recorder;
    @Autowired
    CustomerDirectory customers;
    @Autowired
    JdbcClient jdbc;
    Api api;
    PeakEndFixture fixture;
    String kinds;
    String stats;
    long a;
    long b;
    long c;
    long d;
    long e;
    UUID dTextOnly;

    @BeforeAll
    void arrange() {
        api = new Api(port);
        String run = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        kinds = "pe-kinds-" + run;
        stats = "pe-stats-" + run;
        fixture = new PeakEndFixture(port, surveys, recorder, customers);
        arrangeKinds();
        fixture.tenJourneys(stats);
    }

    /**
     * Intensities: NPS (x-5)/5, CSAT (x-3)/2, CES (x-4)/3, rating of 10 stars (2x-11)/9, texts as scored.
     * <pre>
     * A  Mar 1 NPS 9 (+0.8, web), Mar 5 CSAT 1 (-1.0, phone), Mar 10 chat message +0.2
     *    peak -1.0, end +0.2, peakEnd -0.4, average 0.0; next NPS 3 on Apr 20 (after the period), bought on Apr 2
     * B  Jan 10 CES 7 (+1.0), Jan 24 exactly 14 days later 2 of 10 stars (-7/9 = -0.777778),
     *    Feb 7 14 days and 1 s later NPS 5 (0.0): two journeys. B1 peak +1.0, end -0.777778, peakEnd = average = 0.111111,
     *    next NPS 5 (the answer that starts B2); a purchase on Jan 20 (before B1 ended) and add_to_cart on Feb 1 do not count.
     *    B2 one moment: 0.0; next NPS none.
     * C  Mar 1 NPS 1 (-0.8), Mar 2 chat message +0.8 (a tie: the later is the peak), Mar 3 CSAT 3 (0.0)
     *    peak +0.8, end 0.0, peakEnd 0.4, average 0.0
     * D  Feb 1 NPS 10 (+1.0) with a comment analysed at -0.9 (one moment: the score), Feb 2 a case note at -1.0
     *    (agents' words: no moment), Feb 3 only yes/no answered with a comment at -0.5 (a "text" moment)
     *    peak +1.0, end -0.5, peakEnd 0.25, average 0.25, 2 moments
     * E  Mar 20 NPS 7 and CSAT 5 in one response: one moment (0.4 + 1.0) / 2 = 0.7; next NPS 10 on Jul 1 and a purchase
     *    on Jul 1 are both more than 90 days later: none, not bought
     * </pre>
     */
    private void arrangeKinds() {
        a = customer(kinds);
        respond(a, "2024-03-01T10:00:00Z", "web", "checkout", Map.of("nps", 9));
        respond(a, "2024-03-05T10:00:00Z", "phone", "support_line", Map.of("csat", 1));
        analysed("event", UUID.randomUUID().toString(), a, "2024-03-10T10:00:00Z", "chat", "live_chat", 0.2);
        respond(a, "2024-04-20T10:00:00Z", "email", "delivery", Map.of("nps", 3));
        event(a, "purchase", "2024-04-02T10:00:00Z");

        b = customer(kinds);
        respond(b, "2024-01-10T10:00:00Z", "web", "checkout", Map.of("ces", 7));
        respond(b, "2024-01-24T10:00:00Z", "app", "onboarding", Map.of("stars", 2));
        respond(b, "2024-02-07T10:00:01Z", "email", "delivery", Map.of("nps", 5));
        event(b, "purchase", "2024-01-20T10:00:00Z");
        event(b, "add_to_cart", "2024-02-01T10:00:00Z");

        c = customer(kinds);
        respond(c, "2024-03-01T10:00:00Z", "web", "checkout", Map.of("nps", 1));
        analysed("event", UUID.randomUUID().toString(), c, "2024-03-02T10:00:00Z", "chat", "live_chat", 0.8);
        respond(c, "2024-03-03T10:00:00Z", "phone", "support_line", Map.of("csat", 3));

        d = customer(kinds);
        UUID scored = respond(d, "2024-02-01T10:00:00Z", "web", "checkout", Map.of("nps", 10, "ok", true));
        analysed("survey_answer", scored + ":comment", d, "2024-02-01T10:00:00Z", "web", "checkout", -0.9);
        analysed("case_note", "4711", d, "2024-02-02T10:00:00Z", null, null, -1.0);
        dTextOnly = respond(d, "2024-02-03T10:00:00Z", "web", "support_form", Map.of("ok", false));
        analysed("survey_answer", dTextOnly + ":comment", d, "2024-02-03T10:00:00Z", "web", "support_form", -0.5);

        e = customer(kinds);
        respond(e, "2024-03-20T10:00:00Z", "store", "pos", Map.of("nps", 7, "csat", 5));
        respond(e, "2024-07-01T10:00:00Z", "email", "delivery", Map.of("nps", 10));
        event(e, "purchase", "2024-07-01T10:00:00Z");
    }

    private long customer(String segment) {
        return fixture.customer(segment);
    }

    private UUID respond(long customer, String at, String channel, String touchpoint, Map<String, ?> answers) {
        return fixture.respond(customer, at, channel, touchpoint, answers);
    }

    private void event(long customer, String type, String at) {
        fixture.event(customer, type, at);
    }

    /** A text result as the analysis would store it, with a chosen sentiment score. */
    private void analysed(String source, String sourceId, long customer, String at, String channel, String touchpoint, double score) {
        jdbc.sql("""
                INSERT INTO text_result (source, source_id, customer_id, source_identity, survey_id, question_key, channel, touchpoint,
                    occurred_at, text, language, sentiment, score, confidence, anger, joy, sadness, fear, surprise, trust, disgust,
                    keywords, topics, model_version, analyzed_at)
                VALUES (:source, :sourceId, :customer, NULL, NULL, NULL, :channel, :touchpoint, :at, 'text', 'en', :sentiment, :score,
                    0.9, 0, 0, 0, 0, 0, 0, 0, '', '[]', 'test', :at)""")
                .param("source", source).param("sourceId", sourceId).param("customer", customer).param("channel", channel)
                .param("touchpoint", touchpoint).param("at", java.time.LocalDateTime.parse(at.replace("Z", "")))
                .param("sentiment", score < 0 ? "negative" : "positive").param("score", score).update();
    }

    private JsonNode ask(Map<String, Object> body) {
        Api.Reply reply = api.post(QUERY, KEY, Api.json(body));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    private Map<String, Object> kindsQuery() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("from", "2024-01-01T00:00:00Z");
        body.put("to", "2024-04-01T00:00:00Z");
        body.put("segment", kinds);
        return body;
    }

    private static JsonNode journeyOf(JsonNode answer, long customer, int momentCount) {
        for (JsonNode j : answer.get("worst")) {
            if (j.get("customerId").asLong() == customer && j.get("momentCount").asInt() == momentCount) {
                return j;
            }
        }
        throw new AssertionError("no journey of " + customer + " with " + momentCount + " moments in " + answer.get("worst"));
    }

    private static void assertMoment(JsonNode moment, String source, double intensity, String measures, String channel) {
        assertThat(moment.get("source").asString()).as(moment.toString()).isEqualTo(source);
        assertThat(moment.get("intensity").asDouble()).as(moment.toString()).isCloseTo(intensity, within(1e-4));
        List<String> names = new ArrayList<>();
        moment.get("measures").forEach(m -> names.add(m.asString()));
        assertThat(String.join(",", names)).as(moment.toString()).isEqualTo(measures);
        assertThat(moment.get("channel").asString()).as(moment.toString()).isEqualTo(channel);
    }

    @Test
    void eachJourneyHasItsPeakEndAndAverageFromEveryKindOfMoment() {
        JsonNode answer = ask(kindsQuery());

        JsonNode worst = answer.get("worst");
        List<Double> order = new ArrayList<>();
        worst.forEach(j -> order.add(j.get("peakEnd").asDouble()));
        assertThat(order).containsExactly(-0.4, 0.0, 0.1111, 0.25, 0.4, 0.7);

        JsonNode ja = journeyOf(answer, a, 3);
        assertThat(ja.get("average").asDouble()).isEqualTo(0.0);
        assertMoment(ja.get("peak"), "response", -1.0, "csat", "phone");
        assertMoment(ja.get("end"), "event", 0.2, "sentiment", "chat");
        assertThat(ja.get("peak").get("touchpoint").asString()).isEqualTo("support_line");
        assertThat(ja.get("firstAt").asString()).isEqualTo("2024-03-01T10:00:00Z");
        assertThat(ja.get("lastAt").asString()).isEqualTo("2024-03-10T10:00:00Z");
        assertThat(ja.get("nextNps").asInt()).isEqualTo(3);
        assertThat(ja.get("nextNpsAt").asString()).isEqualTo("2024-04-20T10:00:00Z");
        assertThat(ja.get("repurchased").asBoolean()).isTrue();

        JsonNode jb1 = journeyOf(answer, b, 2);
        assertThat(jb1.get("peakEnd").asDouble()).isEqualTo(0.1111);
        assertThat(jb1.get("average").asDouble()).isEqualTo(0.1111);
        assertMoment(jb1.get("peak"), "response", 1.0, "ces", "web");
        assertMoment(jb1.get("end"), "response", -0.7778, "rating", "app");
        assertThat(jb1.get("nextNps").asInt()).as("the answer that starts the next journey").isEqualTo(5);
        assertThat(jb1.get("repurchased").asBoolean()).as("a purchase before the end, a cart after it").isFalse();
        JsonNode jb2 = journeyOf(answer, b, 1);
        assertThat(jb2.get("peakEnd").asDouble()).isEqualTo(0.0);
        assertMoment(jb2.get("peak"), "response", 0.0, "nps", "email");
        assertThat(jb2.get("nextNps").isNull()).isTrue();

        JsonNode jc = journeyOf(answer, c, 3);
        assertMoment(jc.get("peak"), "event", 0.8, "sentiment", "chat");
        assertMoment(jc.get("end"), "response", 0.0, "csat", "phone");
        assertThat(jc.get("average").asDouble()).isEqualTo(0.0);

        JsonNode jd = journeyOf(answer, d, 2);
        assertMoment(jd.get("peak"), "response", 1.0, "nps", "web");
        assertMoment(jd.get("end"), "text", -0.5, "sentiment", "web");
        assertThat(jd.get("end").get("sourceId").asString()).isEqualTo(dTextOnly.toString());
        assertThat(jd.get("average").asDouble()).isEqualTo(0.25);

        JsonNode je = journeyOf(answer, e, 1);
        assertMoment(je.get("peak"), "response", 0.7, "nps,csat", "store");
        assertMoment(je.get("end"), "response", 0.7, "nps,csat", "store");
        assertThat(je.get("nextNps").isNull()).as("the next answer came 103 days later").isTrue();
        assertThat(je.get("repurchased").asBoolean()).as("the purchase came 103 days later").isFalse();
    }

    @Test
    void summaryAndHistogramCountTheJourneysThatEndedInThePeriod() {
        JsonNode answer = ask(kindsQuery());

        JsonNode summary = answer.get("summary");
        assertThat(summary.get("journeys").asLong()).isEqualTo(6);
        assertThat(summary.get("customers").asLong()).isEqualTo(5);
        assertThat(summary.get("moments").asLong()).isEqualTo(12);
        // (-0.4 + 0 + 0.111111 + 0.25 + 0.4 + 0.7) / 6 and (0 + 0.111111 + 0 + 0 + 0.25 + 0.7) / 6
        assertThat(summary.get("meanPeakEnd").asDouble()).isCloseTo(0.1769, within(1e-4));
        assertThat(summary.get("meanAverage").asDouble()).isCloseTo(0.1769, within(1e-4));
        assertThat(summary.get("peakEndBelowAverage").asLong()).as("only A: -0.4 < 0.0").isEqualTo(1);
        JsonNode bins = answer.get("histogram");
        assertThat(bins.size()).isEqualTo(20);
        assertThat(bins.get(0).get("from").asDouble()).isEqualTo(-1.0);
        assertThat(bins.get(19).get("to").asDouble()).isEqualTo(1.0);
        List<Long> counts = new ArrayList<>();
        bins.forEach(bin -> counts.add(bin.get("journeys").asLong()));
        // -0.4 in [-0.4, -0.3), 0.0 in [0, 0.1), 0.111 in [0.1, 0.2), 0.25 in [0.2, 0.3), 0.4 in [0.4, 0.5), 0.7 in [0.7, 0.8)
        assertThat(counts).containsExactly(0L, 0L, 0L, 0L, 0L, 0L, 1L, 0L, 0L, 0L, 1L, 1L, 1L, 0L, 1L, 0L, 0L, 1L, 0L, 0L);
        assertThat(answer.get("gap").asString()).isEqualTo("P14D");
        assertThat(answer.get("horizon").asString()).isEqualTo("P90D");
        assertThat(answer.get("grouping").asString()).isEqualTo("gap");
        JsonNode nps = answer.get("prediction").get("nextNps");
        assertThat(nps.get("journeys").asLong()).as("A and B1").isEqualTo(2);
        assertThat(nps.get("enough").asBoolean()).isFalse();
        assertThat(nps.get("minimum").asInt()).isEqualTo(10);
        assertThat(nps.get("peakEnd").isNull()).isTrue();
        JsonNode repurchase = answer.get("prediction").get("repurchase");
        assertThat(repurchase.get("journeys").asLong()).isEqualTo(6);
        assertThat(repurchase.get("repurchased").asLong()).isEqualTo(1);
        assertThat(repurchase.get("enough").asBoolean()).isFalse();
    }

    @Test
    void aPeriodMakesOneJourneyPerCustomerAndFiltersNarrowTheMoments() {
        Map<String, Object> byPeriod = kindsQuery();
        byPeriod.put("grouping", "period");
        Map<String, Object> chat = kindsQuery();
        chat.put("channel", "chat");
        Map<String, Object> supportLine = kindsQuery();
        supportLine.put("touchpoint", "support_line");
        Map<String, Object> carts = kindsQuery();
        carts.put("purchaseType", "add_to_cart");

        JsonNode period = ask(byPeriod);
        JsonNode chats = ask(chat);
        JsonNode support = ask(supportLine);
        JsonNode cart = ask(carts);

        assertThat(period.get("summary").get("journeys").asLong()).isEqualTo(5);
        assertThat(period.get("gap").isNull()).isTrue();
        // B: +1.0, -0.777778, 0.0: peak +1.0, end 0.0, peakEnd 0.5, average 0.222222 / 3
        JsonNode jb = journeyOf(period, b, 3);
        assertThat(jb.get("peakEnd").asDouble()).isEqualTo(0.5);
        assertThat(jb.get("average").asDouble()).isEqualTo(0.0741);
        assertThat(chats.get("summary").get("journeys").asLong()).isEqualTo(2);
        assertThat(journeyOf(chats, c, 1).get("peakEnd").asDouble()).isEqualTo(0.8);
        assertThat(journeyOf(chats, a, 1).get("peakEnd").asDouble()).isEqualTo(0.2);
        assertThat(support.get("summary").get("moments").asLong()).as("A's CSAT 1 and C's CSAT 3").isEqualTo(2);
        assertThat(journeyOf(cart, b, 2).get("repurchased").asBoolean()).as("a cart on Feb 1 follows B1").isTrue();
        assertThat(cart.get("purchaseType").asString()).isEqualTo("add_to_cart");
    }

    /**
     * The "stats" journeys (n = 10). With x = peakEnd, w = average, y = next NPS:
     * <pre>
     * Σx = 3.4 (mean 0.34), Σw = 1.6 (mean 0.16), Σy = 64 (mean 6.4)
     * Sxx = Σ(x - 0.34)² = 2.044, Sww = 0.704, Syy = 52.4, Sxy = 6.84, Swy = 2.36, Sxw = 0.736
     * Pearson r(x, y) = 6.84 / √(2.044 · 52.4) = 0.66092; r(w, y) = 2.36 / √(0.704 · 52.4) = 0.38856; r(x, w) = 0.61355
     * Fisher: z = atanh(r) ± 1.959964 / √7 → x: 0.79492 ± 0.74080 → (0.0536, 0.9113); w: 0.41006 ± 0.74080 → (-0.3191, 0.8181)
     * mid-ranks x: 7.5 4 7.5 7.5 2 7.5 1 5 3 10; w: 6 8.5 6 6 3 10 1 8.5 3 3; y: 2 3 7.5 9.5 4 5.5 1 7.5 5.5 9.5
     * Spearman = Pearson of mid-ranks: ρ(x, y) = 0.64685, ρ(w, y) = 0.17299; Fisher with √(1.06 / 7):
     *   (0.0072, 0.9109) and (-0.5284, 0.7340)
     * lines: y = 6.4 + (6.84 / 2.044)(x - 0.34) = 5.26223 + 3.34638 x, mean |error| 1.34521;
     *        y = 6.4 + (2.36 / 0.704)(w - 0.16) = 5.86364 + 3.35227 w, mean |error| 1.82727; the mean 6.4 errs by 1.92
     * Zou: c = ((0.61355 - 0.66092 · 0.38856 / 2)(1 - 0.66092² - 0.38856² - 0.61355²) + 0.61355³) / ((1 - 0.66092²)(1 - 0.38856²))
     *        = 0.51932; difference 0.27236, interval (-0.2590, 0.8884): neither is clearly better
     * AUC, bought = {3, 4, 6, 8, 10}, not = {1, 2, 5, 7, 9}; placements (share of the other group below, ties half):
     *   x: bought 0.9 0.9 0.9 0.8 1.0 (AUC 0.9), not 0.5 1 1 1 1; w: bought 0.7 0.7 1.0 0.9 0.4 (AUC 0.74), not 0.6 0.3 0.9 1 0.9
     *   DeLong: S10 = 0.005 and 0.053, S01 = 0.05 and 0.083 → x: 0.9 ± 1.96·√(0.005/5 + 0.05/5) = (0.6944, 1);
     *   w: (0.4168, 1); C10 = -0.0125, C01 = 0.0175 → var(0.9 - 0.74) = (0.005 + 0.053 + 0.025)/5 + (0.05 + 0.083 - 0.035)/5
     *   = 0.0362, difference 0.16 ± 1.96·0.19026 = (-0.2129, 0.5329), p = 0.4004
     * </pre>
     */
    @Test
    void predictorsAreComparedWithHandComputedCorrelationsLinesAndAucs() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("from", "2024-11-01");
        body.put("to", "2025-01-01");
        body.put("segment", stats);

        JsonNode answer = ask(body);

        assertThat(answer.get("summary").get("journeys").asLong()).isEqualTo(10);
        JsonNode nps = answer.get("prediction").get("nextNps");
        assertThat(nps.get("journeys").asLong()).isEqualTo(10);
        assertThat(nps.get("enough").asBoolean()).isTrue();
        assertThat(nps.get("meanNextNps").asDouble()).isEqualTo(6.4);
        assertCorrelation(nps.get("peakEnd").get("pearson"), 0.6609, 0.0536, 0.9113);
        assertCorrelation(nps.get("average").get("pearson"), 0.3886, -0.3191, 0.8181);
        assertCorrelation(nps.get("peakEnd").get("spearman"), 0.6468, 0.0072, 0.9109);
        assertCorrelation(nps.get("average").get("spearman"), 0.1730, -0.5284, 0.7340);
        assertThat(nps.get("peakEnd").get("slope").asDouble()).isCloseTo(3.3464, within(1e-4));
        assertThat(nps.get("peakEnd").get("intercept").asDouble()).isCloseTo(5.2622, within(1e-4));
        assertThat(nps.get("peakEnd").get("mae").asDouble()).isCloseTo(1.3452, within(1e-4));
        assertThat(nps.get("average").get("slope").asDouble()).isCloseTo(3.3523, within(1e-4));
        assertThat(nps.get("average").get("intercept").asDouble()).isCloseTo(5.8636, within(1e-4));
        assertThat(nps.get("average").get("mae").asDouble()).isCloseTo(1.8273, within(1e-4));
        assertThat(nps.get("maeBaseline").asDouble()).isCloseTo(1.92, within(1e-4));
        JsonNode npsComparison = nps.get("comparison");
        assertThat(npsComparison.get("difference").asDouble()).isCloseTo(0.2724, within(1e-4));
        assertThat(npsComparison.get("ciLow").asDouble()).isCloseTo(-0.2590, within(1e-4));
        assertThat(npsComparison.get("ciHigh").asDouble()).isCloseTo(0.8884, within(1e-4));
        assertThat(npsComparison.get("maeDifference").asDouble()).isCloseTo(0.4821, within(1e-4));
        assertThat(npsComparison.get("better").asString()).isEqualTo("neither");

        JsonNode repurchase = answer.get("prediction").get("repurchase");
        assertThat(repurchase.get("journeys").asLong()).isEqualTo(10);
        assertThat(repurchase.get("repurchased").asLong()).isEqualTo(5);
        assertThat(repurchase.get("notRepurchased").asLong()).isEqualTo(5);
        assertThat(repurchase.get("enough").asBoolean()).isTrue();
        assertAuc(repurchase.get("peakEnd"), 0.9, 0.6944, 1.0);
        assertAuc(repurchase.get("average"), 0.74, 0.4168, 1.0);
        JsonNode aucComparison = repurchase.get("comparison");
        assertThat(aucComparison.get("difference").asDouble()).isCloseTo(0.16, within(1e-4));
        assertThat(aucComparison.get("ciLow").asDouble()).isCloseTo(-0.2129, within(1e-4));
        assertThat(aucComparison.get("ciHigh").asDouble()).isCloseTo(0.5329, within(1e-4));
        assertThat(aucComparison.get("p").asDouble()).isCloseTo(0.4004, within(1e-4));
        assertThat(aucComparison.get("better").asString()).isEqualTo("neither");
    }

    @Test
    void scatterCellsCountJourneysPerRoundedPredictorAndNextAnswer() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("from", "2024-11-01");
        body.put("to", "2025-01-01");
        body.put("segment", stats);

        JsonNode cells = ask(body).get("prediction").get("nextNps").get("cells");

        List<String> peakEnd = new ArrayList<>();
        cells.get("peakEnd").forEach(cell -> peakEnd.add(cell.get("x").asDouble() + "/" + cell.get("nps").asInt() + "/" + cell.get("journeys").asLong()));
        List<String> average = new ArrayList<>();
        cells.get("average").forEach(cell -> average.add(cell.get("x").asDouble() + "/" + cell.get("nps").asInt() + "/" + cell.get("journeys").asLong()));
        assertThat(peakEnd).containsExactly("-0.7/2/1", "-0.1/6/1", "0.1/7/1", "0.3/5/1", "0.4/8/1", "0.6/3/1", "0.6/7/1", "0.6/8/1",
                "0.6/9/1", "1.0/9/1");
        assertThat(average).containsExactly("-0.4/2/1", "0.0/6/1", "0.0/7/1", "0.0/9/1", "0.2/3/1", "0.2/8/1", "0.2/9/1", "0.4/5/1",
                "0.4/8/1", "0.6/7/1");
    }

    private static void assertCorrelation(JsonNode correlation, double r, double low, double high) {
        assertThat(correlation.get("r").asDouble()).as(correlation.toString()).isCloseTo(r, within(1e-4));
        assertThat(correlation.get("ciLow").asDouble()).as(correlation.toString()).isCloseTo(low, within(1e-4));
        assertThat(correlation.get("ciHigh").asDouble()).as(correlation.toString()).isCloseTo(high, within(1e-4));
    }

    private static void assertAuc(JsonNode auc, double value, double low, double high) {
        assertThat(auc.get("value").asDouble()).as(auc.toString()).isCloseTo(value, within(1e-4));
        assertThat(auc.get("ciLow").asDouble()).as(auc.toString()).isCloseTo(low, within(1e-4));
        assertThat(auc.get("ciHigh").asDouble()).as(auc.toString()).isCloseTo(high, within(1e-4));
    }

    @Test
    void aCustomersJourneysComeLatestFirstWithTheirMomentsAndPages() {
        Api.Reply first = api.get("/api/v1/journeys/peak-end/customers/" + b + "?limit=1", KEY);
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        JsonNode page1 = first.json();
        assertThat(page1.get("items").size()).isEqualTo(1);
        assertThat(page1.get("items").get(0).get("firstAt").asString()).isEqualTo("2024-02-07T10:00:01Z");
        String cursor = page1.get("nextCursor").asString();

        JsonNode page2 = api.get("/api/v1/journeys/peak-end/customers/" + b + "?limit=1&cursor=" + cursor, KEY).json();

        JsonNode b1 = page2.get("items").get(0);
        assertThat(page2.get("nextCursor").isNull()).isTrue();
        assertThat(page2.get("customerId").asLong()).isEqualTo(b);
        assertThat(b1.get("momentCount").asInt()).isEqualTo(2);
        assertThat(b1.get("peakEnd").asDouble()).isEqualTo(0.1111);
        assertThat(b1.get("peakIndex").asInt()).isZero();
        assertThat(b1.get("endIndex").asInt()).isEqualTo(1);
        assertMoment(b1.get("moments").get(0), "response", 1.0, "ces", "web");
        assertMoment(b1.get("moments").get(1), "response", -0.7778, "rating", "app");
        assertThat(b1.get("moments").get(1).get("at").asString()).isEqualTo("2024-01-24T10:00:00Z");
        assertThat(b1.get("nextNps").asInt()).isEqualTo(5);

        JsonNode d = api.get("/api/v1/journeys/peak-end/customers/" + this.d + "?gap=1d", KEY).json();
        assertThat(d.get("gap").asString()).isEqualTo("P1D");
        assertThat(d.get("items").size()).as("Feb 1 and Feb 3 are more than a day apart").isEqualTo(2);
    }

    @Test
    void aReadKeyMayAskAndUnknownCustomersAre404() {
        Api.Reply key = api.post("/api/v1/api-keys", KEY, Api.json(Map.of("name", "peak-end reader", "scopes", List.of("read"))));
        assertThat(key.status()).as(key.body()).isEqualTo(201);
        String reader = key.json().get("secret").asString();

        Api.Reply asked = api.post(QUERY, reader, Api.json(kindsQuery()));
        Api.Reply missing = api.get("/api/v1/journeys/peak-end/customers/987654321", KEY);

        assertThat(asked.status()).as(asked.body()).isEqualTo(200);
        assertThat(missing.status()).as(missing.body()).isEqualTo(404);
    }

    @Test
    void badInputIsRefusedWith422NamingEachField() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("gap", "0d");
        body.put("horizon", "P366D");
        body.put("channel", "fax");
        body.put("segment", "Not A Key");
        body.put("bogus", 1);
        Map<String, Object> periodWithGap = new LinkedHashMap<>();
        periodWithGap.put("grouping", "period");
        periodWithGap.put("gap", "P7D");
        Map<String, Object> backwards = new LinkedHashMap<>();
        backwards.put("from", "2024-05-01");
        backwards.put("to", "2024-04-01");

        Api.Reply many = api.post(QUERY, KEY, Api.json(body));
        Api.Reply grouping = api.post(QUERY, KEY, Api.json(Map.of("grouping", "weekly")));
        Api.Reply both = api.post(QUERY, KEY, Api.json(periodWithGap));
        Api.Reply reversed = api.post(QUERY, KEY, Api.json(backwards));
        Api.Reply badGapParam = api.get("/api/v1/journeys/peak-end/customers/" + a + "?gap=0d", KEY);
        Api.Reply badLimit = api.get("/api/v1/journeys/peak-end/customers/" + a + "?limit=101", KEY);

        assertThat(many.status()).as(many.body()).isEqualTo(422);
        assertThat(fields(many)).containsExactlyInAnyOrder("gap", "horizon", "channel", "segment", "bogus");
        assertThat(grouping.status()).isEqualTo(422);
        assertThat(fields(grouping)).containsExactly("grouping");
        assertThat(both.status()).isEqualTo(422);
        assertThat(fields(both)).containsExactly("gap");
        assertThat(reversed.status()).isEqualTo(422);
        assertThat(fields(reversed)).containsExactly("to");
        assertThat(badGapParam.status()).isEqualTo(422);
        assertThat(fields(badGapParam)).containsExactly("gap");
        assertThat(badLimit.status()).isEqualTo(422);
    }

    private static List<String> fields(Api.Reply reply) {
        List<String> fields = new ArrayList<>();
        reply.json().get("errors").forEach(error -> fields.add(error.get("field").asString()));
        return fields;
    }
}
