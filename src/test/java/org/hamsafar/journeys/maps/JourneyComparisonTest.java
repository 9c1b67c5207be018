package org.hamsafar.journeys.maps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamsafar.journeys.maps.MapFixtures.map;
import static org.hamsafar.journeys.maps.MapFixtures.stage;
import static org.hamsafar.journeys.maps.MapFixtures.touchpoint;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hamsafar.support.Api;
import org.hamsafar.support.HamsafarTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * A current state and a future state built by hand, with the expected differences worked out here:
 *
 * <pre>
 * left (current)                               right (future)
 * discover "Discover"  pains P1, P2; opps O1;  discover "Discover"  pains P2; opps O1, O2; e 1;
 *                      e 0; web/page_view/home                      web/page_view/home, app/app_opened/home
 * checkout "Checkout"  pains "Slow payment";   pay "  checkout " (same name, other id) opps "One-click"; e 1
 *                      e -2
 * legacy "Call centre" pains P3 (left only)    track "Live tracking" opps O3; e 2 (right only, between)
 *                                              review "Review" (right only, at the end)
 * </pre>
 * Rows: discover (by id), track (right only, before the pair it precedes), checkout↔pay (by name),
 * legacy (left only), review (right only). Resolved pains: P1, Slow payment, P3 (P2 stays) = 3; new
 * opportunities: O2, One-click, O3 = 3. Emotions: left mean (0 - 2) / 2 = -1, right mean
 * (1 + 1 + 2) / 3 = 4/3, delta 7/3; aligned deltas +1 and +3, sum 4, both better.
 */
@Tag("store")
@HamsafarTest
class JourneyComparisonTest {
    @LocalServerPort
    int port;

    @Test
    void aCurrentAndAFutureStateDifferAsWorkedOutByHand() {
        Api api = new Api(port);
        String unique = UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> left = map("Current " + unique, "current_state", List.of(
                stage("discover", "Discover", "painPoints", List.of("P1", "P2"), "opportunities", List.of("O1"), "emotion", 0,
                        "touchpoints", List.of(touchpoint("web", "page_view", "home"))),
                stage("checkout", "Checkout", "painPoints", List.of("Slow payment"), "emotion", -2),
                stage("legacy", "Call centre", "painPoints", List.of("P3"))));
        Map<String, Object> right = map("Future " + unique, "future_state", List.of(
                stage("discover", "Discover", "painPoints", List.of("p2 "), "opportunities", List.of("O1", "O2"), "emotion", 1,
                        "touchpoints", List.of(touchpoint("web", "page_view", "home"), touchpoint("app", "app_opened", "home"))),
                stage("track", "Live tracking", "opportunities", List.of("O3"), "emotion", 2),
                stage("pay", "  checkout ", "opportunities", List.of("One-click"), "emotion", 1),
                stage("review", "Review")));
        long leftId = api.post("/api/v1/journeys", HamsafarTest.ADMIN_KEY, Api.json(left)).json().get("id").asLong();
        long rightId = api.post("/api/v1/journeys", HamsafarTest.ADMIN_KEY, Api.json(right)).json().get("id").asLong();

        Api.Reply reply = api.get("/api/v1/journeys/compare?left=" + leftId + "&right=" + rightId, HamsafarTest.ADMIN_KEY);

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonNode compared = reply.json();
        assertThat(compared.at("/left/type").asString()).isEqualTo("current_state");
        assertThat(compared.at("/right/version").asInt()).isEqualTo(1);
        JsonNode rows = compared.get("stages");
        assertThat(rows.valueStream().map(r -> r.get("alignment").asString() + ":" + r.get("leftStageId").asString("-") + ":"
                + r.get("rightStageId").asString("-")).toList()).containsExactly("id:discover:discover", "right_only:-:track",
                "name:checkout:pay", "left_only:legacy:-", "right_only:-:review");

        JsonNode discover = rows.get(0);
        assertThat(discover.get("changed").asBoolean()).isTrue();
        assertThat(discover.get("renamed").asBoolean()).isFalse();
        assertThat(lane(discover, "painPoints")).isEqualTo("+[] -[P1]");
        assertThat(lane(discover, "opportunities")).isEqualTo("+[O2] -[]");
        assertThat(discover.get("lanes").size()).isEqualTo(2);
        assertThat(discover.at("/emotion/delta").asInt()).isEqualTo(1);
        assertThat(discover.at("/touchpointsAdded/0/type").asString()).isEqualTo("app_opened");
        assertThat(discover.get("touchpointsRemoved").isEmpty()).isTrue();

        JsonNode checkout = rows.get(2);
        assertThat(checkout.get("renamed").asBoolean()).isFalse();
        assertThat(lane(checkout, "painPoints")).isEqualTo("+[] -[Slow payment]");
        assertThat(lane(checkout, "opportunities")).isEqualTo("+[One-click] -[]");
        assertThat(checkout.at("/emotion/left").asInt()).isEqualTo(-2);
        assertThat(checkout.at("/emotion/delta").asInt()).isEqualTo(3);
        assertThat(lane(rows.get(3), "painPoints")).isEqualTo("+[] -[P3]");
        assertThat(rows.get(4).get("lanes").isEmpty()).isTrue();

        JsonNode totals = compared.get("totals");
        assertThat(totals.get("alignedStages").asInt()).isEqualTo(2);
        assertThat(totals.get("changedStages").asInt()).isEqualTo(2);
        assertThat(totals.get("leftOnlyStages").asInt()).isEqualTo(1);
        assertThat(totals.get("rightOnlyStages").asInt()).isEqualTo(2);
        assertThat(totals.get("painPointsResolved").asInt()).isEqualTo(3);
        assertThat(totals.get("resolvedPainPoints").valueStream().map(JsonNode::asString).toList())
                .containsExactly("P1", "Slow payment", "P3");
        assertThat(totals.get("painPointsAdded").asInt()).isZero();
        assertThat(totals.get("opportunitiesAdded").asInt()).isEqualTo(3);
        assertThat(totals.get("newOpportunities").valueStream().map(JsonNode::asString).toList())
                .containsExactly("O2", "O3", "One-click");
        assertThat(totals.get("leftAverageEmotion").asDouble()).isCloseTo(-1.0, within(1e-9));
        assertThat(totals.get("rightAverageEmotion").asDouble()).isCloseTo(4.0 / 3, within(1e-9));
        assertThat(totals.get("averageEmotionDelta").asDouble()).isCloseTo(7.0 / 3, within(1e-9));
        assertThat(totals.get("emotionDeltaSum").asInt()).isEqualTo(4);
        assertThat(totals.get("stagesFeelingBetter").asInt()).isEqualTo(2);
        assertThat(totals.get("stagesFeelingWorse").asInt()).isZero();
    }

    @Test
    void twoVersionsOfOneMapCompareAndMissingSidesAreNamed() {
        Api api = new Api(port);
        Map<String, Object> body = map("Versions " + UUID.randomUUID(), "current_state", List.of(stage("a", "A", "emotion", -1)));
        long id = api.post("/api/v1/journeys", HamsafarTest.ADMIN_KEY, Api.json(body)).json().get("id").asLong();
        body.put("stages", List.of(stage("a", "A renamed", "emotion", -1)));
        api.send("/api/v1/journeys/" + id, HamsafarTest.ADMIN_KEY, "PUT", "application/json",
                Api.json(body).getBytes(java.nio.charset.StandardCharsets.UTF_8));

        JsonNode compared = api.get("/api/v1/journeys/compare?left=" + id + "&leftVersion=1&right=" + id, HamsafarTest.ADMIN_KEY).json();

        assertThat(compared.at("/left/version").asInt()).isEqualTo(1);
        assertThat(compared.at("/right/version").asInt()).isEqualTo(2);
        assertThat(compared.at("/stages/0/renamed").asBoolean()).isTrue();
        assertThat(compared.at("/stages/0/emotion/delta").asInt()).isZero();
        Api.Reply missing = api.get("/api/v1/journeys/compare?left=" + id, HamsafarTest.ADMIN_KEY);
        assertThat(missing.status()).isEqualTo(422);
        assertThat(missing.json().at("/errors/0/field").asString()).isEqualTo("right");
        assertThat(api.get("/api/v1/journeys/compare?left=" + id + "&right=" + id + "&rightVersion=9", HamsafarTest.ADMIN_KEY).status())
                .isEqualTo(404);
    }

    /** A lane diff as "+[added] -[removed]" ("+[] -[]" when the lane is not among the differences). */
    private static String lane(JsonNode row, String lane) {
        for (JsonNode diff : row.get("lanes")) {
            if (diff.get("lane").asString().equals(lane)) {
                return "+" + diff.get("added").valueStream().map(JsonNode::asString).toList() + " -"
                        + diff.get("removed").valueStream().map(JsonNode::asString).toList();
            }
        }
        return "+[] -[]";
    }
}
