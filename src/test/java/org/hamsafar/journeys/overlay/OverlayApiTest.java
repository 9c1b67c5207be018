package org.hamsafar.journeys.overlay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.hamsafar.actions.CaseBackfill;
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
 * GET /api/v1/journeys/{id}/overlay on the hand-built map and data of {@link OverlayFixture}; every
 * expected figure is worked out by hand in the comments from the fixture's table.
 */
@Tag("store")
@HamsafarTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OverlayApiTest {
    @LocalServerPort
    int port;
    @Autowired
    SurveyCatalog surveys;
    @Autowired
    ResponseRecorder recorder;
    @Autowired
    CustomerDirectory customers;
    @Autowired
    CaseBackfill backfill;
    @Autowired
    JdbcClient jdbc;
    Api api;
    OverlayFixture data;
    /** The analysed scores of E's two chats and A's comment. */
    double[] scores;

    @BeforeAll
    void arrange() throws InterruptedException {
        api = new Api(port);
        data = new OverlayFixture(port, surveys, recorder, customers, backfill, jdbc).build();
        scores = data.awaitAnalysedScores();
    }

    private JsonNode overlay(String query) {
        Api.Reply reply = api.get("/api/v1/journeys/" + data.mapId + "/overlay?from=" + OverlayFixture.FROM + "&to=" + OverlayFixture.TO
                + "&window=1d" + query, HamsafarTest.ADMIN_KEY);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    private static JsonNode flag(JsonNode answer, String kind) {
        for (JsonNode flag : answer.get("painPoints")) {
            if (flag.get("kind").asString().equals(kind)) {
                return flag;
            }
        }
        return null;
    }

    @Test
    void eachStageCountsReachConversionMedianTimeAndDropOffWithFunnelSemantics() {
        JsonNode answer = overlay("");

        assertThat(answer.get("window").asString()).isEqualTo("P1D");
        assertThat(answer.get("segment").isNull()).isTrue();
        JsonNode stages = answer.get("stages");
        assertThat(stages.size()).isEqualTo(3);
        // browse: A B C D F in the period (G before it); on within a day: A 3600 s, B 7200 s, F 7200 s (its buy after `to`);
        // C took 48 h, D never bought.
        JsonNode browse = stages.get(0);
        assertThat(browse.get("id").asString()).isEqualTo("browse");
        assertThat(browse.get("customers").asLong()).isEqualTo(5);
        assertThat(browse.get("reachedNext").asLong()).isEqualTo(3);
        assertThat(browse.get("conversionToNext").asDouble()).isCloseTo(0.6, within(1e-9));
        assertThat(browse.get("dropOff").asLong()).isEqualTo(2);
        assertThat(browse.get("dropOffRate").asDouble()).isCloseTo(0.4, within(1e-9));
        assertThat(browse.get("medianSecondsToNext").asDouble()).isEqualTo(7200.0);
        // web view: A C D F once each; app view: A at 12:00 and B.
        assertThat(browse.get("touchpoints").get(0).get("customers").asLong()).isEqualTo(4);
        assertThat(browse.get("touchpoints").get(0).get("events").asLong()).isEqualTo(4);
        assertThat(browse.get("touchpoints").get(1).get("customers").asLong()).isEqualTo(2);
        assertThat(browse.get("touchpoints").get(1).get("events").asLong()).isEqualTo(2);

        // buy: A B C E (F's buy is after the period); support within a day of the first buy: A's call 79200 s later, E's chat
        // 3600 s later. Median of 79200 and 3600 = 41400.
        JsonNode buy = stages.get(1);
        assertThat(buy.get("customers").asLong()).isEqualTo(4);
        assertThat(buy.get("reachedNext").asLong()).isEqualTo(2);
        assertThat(buy.get("conversionToNext").asDouble()).isEqualTo(0.5);
        assertThat(buy.get("dropOff").asLong()).isEqualTo(2);
        assertThat(buy.get("medianSecondsToNext").asDouble()).isEqualTo(41400.0);

        // support: A and E; the last stage has no conversion.
        JsonNode support = stages.get(2);
        assertThat(support.get("customers").asLong()).isEqualTo(2);
        assertThat(support.get("reachedNext").isNull()).isTrue();
        assertThat(support.get("conversionToNext").isNull()).isTrue();
        assertThat(support.get("dropOff").isNull()).isTrue();
        assertThat(support.get("medianSecondsToNext").isNull()).isTrue();
        // phone: A twice; chat: E twice; web ticket: E once; help: nobody.
        List<Long> events = new ArrayList<>();
        support.get("touchpoints").forEach(t -> events.add(t.get("events").asLong()));
        assertThat(events).containsExactly(2L, 2L, 1L, 0L);
    }

    @Test
    void feedbackAtAStageIsItsTouchpointsResponsesOfTheNamedSurvey() {
        JsonNode stages = overlay("").get("stages");

        // buy: R1-R4 (R5 after the period, R7 another survey, R6 at the support line).
        JsonNode buy = stages.get(1).get("feedback");
        assertThat(buy.get("responses").asLong()).isEqualTo(4);
        // NPS 10, 6, 8, 3: 1 promoter, 2 detractors of 4 = -25.
        assertThat(buy.get("nps").get("n").asLong()).isEqualTo(4);
        assertThat(buy.get("nps").get("value").asDouble()).isCloseTo(-25.0, within(1e-9));
        // CSAT 5 and 4: both satisfied; CES 2 and 7: mean 4.5.
        assertThat(buy.get("csat").get("value").asDouble()).isCloseTo(100.0, within(1e-9));
        assertThat(buy.get("ces").get("value").asDouble()).isCloseTo(4.5, within(1e-9));
        // support: R6 at the support line, any survey: CSAT 1, nobody satisfied. Its help touchpoint at the checkout names no
        // survey and the buy stage names one there: the checkout's responses are not the support stage's.
        JsonNode support = stages.get(2).get("feedback");
        assertThat(support.get("responses").asLong()).isEqualTo(1);
        assertThat(support.get("csat").get("n").asLong()).isEqualTo(1);
        assertThat(support.get("csat").get("value").asDouble()).isZero();
        assertThat(support.get("nps").get("value").isNull()).isTrue();
        assertThat(stages.get(0).get("feedback").get("responses").asLong()).isZero();
    }

    @Test
    void casesAreAttributedByTheirOriginItemOrElseWhereTheCustomerLastWas() {
        JsonNode stages = overlay("").get("stages");

        // buy: K1 (from R4) and K3 (manual; B's last matching event before it was the buy at 10:00): both open and breached.
        JsonNode buy = stages.get(1).get("cases");
        assertThat(buy.get("opened").asLong()).isEqualTo(2);
        assertThat(buy.get("open").asLong()).isEqualTo(2);
        assertThat(buy.get("slaBreached").asLong()).isEqualTo(2);
        // support: K2 (from A's call; closed within the hour) and K5 (from R6; open, breached). K4's event is on no stage,
        // K6 was opened after the period.
        JsonNode support = stages.get(2).get("cases");
        assertThat(support.get("opened").asLong()).isEqualTo(2);
        assertThat(support.get("open").asLong()).isEqualTo(1);
        assertThat(support.get("slaBreached").asLong()).isEqualTo(1);
        assertThat(stages.get(0).get("cases").get("opened").asLong()).isZero();
    }

    @Test
    void repeatContactsAreSecondContactsAtTheStageWithinTheWindow() {
        JsonNode stages = overlay("").get("stages");

        // A called at 09:00 and 15:00: a repeat. E chatted 46 h apart (the web ticket is no contact): none.
        assertThat(stages.get(2).get("repeatContacts").asLong()).isEqualTo(1);
        assertThat(stages.get(0).get("repeatContacts").asLong()).isZero();
        assertThat(stages.get(1).get("repeatContacts").asLong()).isZero();
        // With a window of three days E's two chats are a repeat too.
        Api.Reply wide = api.get("/api/v1/journeys/" + data.mapId + "/overlay?from=" + OverlayFixture.FROM + "&to=" + OverlayFixture.TO
                + "&window=3d", HamsafarTest.ADMIN_KEY);
        assertThat(wide.json().get("stages").get(2).get("repeatContacts").asLong()).isEqualTo(2);
    }

    @Test
    void sentimentAndTheActualEmotionComeFromTheStagesAnswersAndAnalysedTexts() {
        JsonNode answer = overlay("");
        JsonNode stages = answer.get("stages");
        double chat1 = scores[0];
        double chat2 = scores[1];
        double comment = scores[2];
        assertThat(chat1).as("an angry chat").isNegative();
        assertThat(comment).as("a happy comment").isPositive();

        JsonNode support = stages.get(2);
        assertThat(support.get("sentiment").get("texts").asLong()).isEqualTo(2);
        assertThat(support.get("sentiment").get("mean").asDouble()).isCloseTo((chat1 + chat2) / 2, within(1e-9));
        JsonNode buy = stages.get(1);
        assertThat(buy.get("sentiment").get("texts").asLong()).isEqualTo(1);
        assertThat(buy.get("sentiment").get("mean").asDouble()).isCloseTo(comment, within(1e-9));

        // buy: NPS (10-5)/5 + (6-5)/5 + (8-5)/5 + (3-5)/5 = 1.4; CSAT (5-3)/2 + (4-3)/2 = 1.5; CES (2-4)/3 + (7-4)/3 = 1/3;
        // the comment: 9 moments, on -2..2 twice their mean.
        double buyActual = 2 * (1.4 + 1.5 + 1.0 / 3 + comment) / 9;
        JsonNode buyEmotion = buy.get("emotion");
        assertThat(buyEmotion.get("moments").asLong()).isEqualTo(9);
        assertThat(buyEmotion.get("designed").asInt()).isZero();
        assertThat(buyEmotion.get("actual").asDouble()).isCloseTo(buyActual, within(1e-9));
        assertThat(buyEmotion.get("gap").asDouble()).isCloseTo(buyActual, within(1e-9));
        // support: CSAT 1 is -1, and the two chats; designed -2.
        double supportActual = 2 * (-1 + chat1 + chat2) / 3;
        JsonNode supportEmotion = support.get("emotion");
        assertThat(supportEmotion.get("actual").asDouble()).isCloseTo(supportActual, within(1e-9));
        assertThat(supportEmotion.get("gap").asDouble()).isCloseTo(supportActual + 2, within(1e-9));
        // browse: nothing said there.
        assertThat(stages.get(0).get("emotion").get("actual").isNull()).isTrue();
        assertThat(stages.get(0).get("emotion").get("designed").asInt()).isEqualTo(1);
        assertThat(stages.get(0).get("emotion").get("gap").isNull()).isTrue();

        // The negative topics of the support stage are those the analysis found negative in its texts.
        List<String> expected = jdbc.sql("""
                        SELECT topic_key FROM text_result_topic WHERE source = 'event' AND source_id IN (:ids) GROUP BY topic_key
                        HAVING SUM(CASE WHEN sentiment = 'negative' THEN 1 ELSE 0 END) > 0
                        ORDER BY SUM(CASE WHEN sentiment = 'negative' THEN 1 ELSE 0 END) DESC, COUNT(*) DESC, topic_key""")
                .param("ids", List.of(data.angryEvent1, data.angryEvent2)).query(String.class).list();
        List<String> topics = new ArrayList<>();
        support.get("negativeTopics").forEach(t -> topics.add(t.get("key").asString()));
        assertThat(expected).as("the chats mention payment and support").isNotEmpty();
        assertThat(topics).isEqualTo(expected.subList(0, Math.min(expected.size(), 5)));
    }

    @Test
    void painPointsFlagTheWorstStageOfEachKind() {
        JsonNode answer = overlay("");

        // drop-off rates: browse 0.4, buy 0.5.
        JsonNode dropOff = flag(answer, "drop_off");
        assertThat(dropOff.get("stageId").asString()).isEqualTo("buy");
        assertThat(dropOff.get("value").asDouble()).isEqualTo(0.5);
        assertThat(dropOff.get("count").asLong()).isEqualTo(2);
        // sentiment: only support is negative.
        assertThat(flag(answer, "sentiment").get("stageId").asString()).isEqualTo("support");
        assertThat(flag(answer, "repeat_contacts").get("stageId").asString()).isEqualTo("support");
        assertThat(flag(answer, "repeat_contacts").get("count").asLong()).isEqualTo(1);
        // SLA breaches: buy 2, support 1.
        assertThat(flag(answer, "sla_breaches").get("stageId").asString()).isEqualTo("buy");
        assertThat(flag(answer, "sla_breaches").get("value").asDouble()).isEqualTo(2.0);
    }

    @Test
    void aSegmentCountsOnlyItsCustomersAndThePersonaSegmentIsUsedWhenAskedFor() {
        JsonNode tagged = overlay("&segment=" + data.segment);

        assertThat(tagged.get("segment").get("tag").asString()).isEqualTo(data.segment);
        assertThat(tagged.get("segment").get("source").asString()).isEqualTo("request");
        JsonNode stages = tagged.get("stages");
        // A B E only. browse: A and B, both on (3600 s, 7200 s).
        assertThat(stages.get(0).get("customers").asLong()).isEqualTo(2);
        assertThat(stages.get(0).get("conversionToNext").asDouble()).isEqualTo(1.0);
        assertThat(stages.get(0).get("medianSecondsToNext").asDouble()).isEqualTo(5400.0);
        // buy: A B E, A and E on.
        assertThat(stages.get(1).get("customers").asLong()).isEqualTo(3);
        assertThat(stages.get(1).get("conversionToNext").asDouble()).isCloseTo(2.0 / 3, within(1e-9));
        // NPS of A 10, B 6, E 3: 1 promoter and 2 detractors of 3.
        assertThat(stages.get(1).get("feedback").get("nps").get("value").asDouble()).isCloseTo(-100.0 / 3, within(1e-9));
        assertThat(stages.get(1).get("cases").get("opened").asLong()).isEqualTo(2);
        // browse lost nobody: the drop-off flag is on buy.
        assertThat(flag(tagged, "drop_off").get("stageId").asString()).isEqualTo("buy");

        JsonNode persona = overlay("&personaSegment=true");
        assertThat(persona.get("segment").get("tag").asString()).isEqualTo(data.segment);
        assertThat(persona.get("segment").get("source").asString()).isEqualTo("persona");
        assertThat(persona.get("stages").get(1).get("customers").asLong()).isEqualTo(3);
        JsonNode everyone = overlay("&personaSegment=false");
        assertThat(everyone.get("segment").isNull()).isTrue();
        assertThat(everyone.get("stages").get(1).get("customers").asLong()).isEqualTo(4);
    }

    @Test
    void anUnknownMapOrVersionIs404() {
        Api.Reply map = api.get("/api/v1/journeys/987654321/overlay", HamsafarTest.ADMIN_KEY);
        assertThat(map.status()).isEqualTo(404);
        assertThat(map.contentType()).startsWith("application/problem+json");
        assertThat(api.get("/api/v1/journeys/" + data.mapId + "/overlay?version=9", HamsafarTest.ADMIN_KEY).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/journeys/" + data.mapId + "/overlay?version=1&from=" + OverlayFixture.FROM + "&to="
                + OverlayFixture.TO, HamsafarTest.ADMIN_KEY).status()).isEqualTo(200);
    }

    @Test
    void aBadPeriodWindowOrSegmentIs422NamingTheParameter() {
        assertProblem("from=2026-03-08&to=2026-03-01", "from");
        assertProblem("from=2026-13-01", "from");
        assertProblem("to=yesterday", "to");
        assertProblem("from=2020-01-01&to=2026-01-01", "from");
        assertProblem("window=0d", "window");
        assertProblem("window=91d", "window");
        assertProblem("window=soon", "window");
        assertProblem("segment=Not%20a%20tag", "segment");
        assertProblem("personaSegment=maybe", "personaSegment");
        assertProblem("version=0", "version");
    }

    private void assertProblem(String query, String field) {
        Api.Reply reply = api.get("/api/v1/journeys/" + data.mapId + "/overlay?" + query, HamsafarTest.ADMIN_KEY);
        assertThat(reply.status()).as(query + ": " + reply.body()).isEqualTo(422);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        List<String> fields = new ArrayList<>();
        reply.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
        assertThat(fields).as(query).contains(field);
    }
}
