package org.hamsafar.journeys.maps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamsafar.journeys.maps.MapFixtures.map;
import static org.hamsafar.journeys.maps.MapFixtures.stage;
import static org.hamsafar.journeys.maps.MapFixtures.touchpoint;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hamsafar.shared.InvalidInputException;
import org.hamsafar.support.Api;
import org.hamsafar.support.HamsafarTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

@Tag("store")
@HamsafarTest
class JourneyMapApiTest {
    private static final String MAPS = "/api/v1/journeys";
    @LocalServerPort
    int port;
    @Autowired
    JourneyMaps journeyMaps;
    Api api;
    String unique;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        unique = UUID.randomUUID().toString().substring(0, 8);
    }

    private Api.Reply put(String path, String key, Object body) {
        return api.send(path, key, "PUT", "application/json", Api.json(body).getBytes(StandardCharsets.UTF_8));
    }

    private JsonNode create(Object body) {
        Api.Reply created = api.post(MAPS, HamsafarTest.ADMIN_KEY, Api.json(body));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json();
    }

    private long persona(String name) {
        Api.Reply created = api.post("/api/v1/personas", HamsafarTest.ADMIN_KEY, Api.json(Map.of("name", name)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    private Map<String, Object> purchase(String name) {
        return map(name, "current_state", List.of(
                stage("browse", "Browse", "actions", List.of("Opens the app", "Searches"), "emotion", 1,
                        "touchpoints", List.of(touchpoint("app", "product_view", "product_page"))),
                stage("checkout", "Checkout", "painPoints", List.of("Payment fails in the app"), "emotion", -2,
                        "touchpoints", List.of(touchpoint("app", "payment_failed", null)),
                        "opportunities", List.of("Retry the payment in one tap"), "owners", List.of("Payments team"),
                        "kpis", List.of("Payment success rate"))));
    }

    private int count() {
        return api.get(MAPS + "?limit=200", HamsafarTest.ADMIN_KEY).json().get("items").size();
    }

    @Test
    void aMapIsCreatedReadListedAndDeleted() {
        long persona = persona("Map owner " + unique);
        Map<String, Object> body = purchase("Online purchase " + unique);
        body.put("personaId", persona);
        body.put("versionNote", "first draft");

        Api.Reply created = api.post(MAPS, HamsafarTest.ADMIN_KEY, Api.json(body));

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        assertThat(created.header("Location")).isEqualTo(MAPS + "/" + id);
        JsonNode read = api.get(MAPS + "/" + id, HamsafarTest.ADMIN_KEY).json();
        assertThat(read.get("name").asString()).isEqualTo("Online purchase " + unique);
        assertThat(read.get("type").asString()).isEqualTo("current_state");
        assertThat(read.get("version").asInt()).isEqualTo(1);
        assertThat(read.get("latestVersion").asInt()).isEqualTo(1);
        assertThat(read.get("versionNote").asString()).isEqualTo("first draft");
        assertThat(read.get("change").asString()).isEqualTo("created");
        assertThat(read.at("/persona/name").asString()).isEqualTo("Map owner " + unique);
        JsonNode checkout = read.at("/stages/1");
        assertThat(checkout.get("id").asString()).isEqualTo("checkout");
        assertThat(checkout.get("emotion").asInt()).isEqualTo(-2);
        assertThat(checkout.at("/painPoints/0").asString()).isEqualTo("Payment fails in the app");
        assertThat(checkout.at("/touchpoints/0/type").asString()).isEqualTo("payment_failed");
        // Every lane of the type is present, empty when unused; no blueprint lanes on a current-state map.
        assertThat(checkout.get("thoughts").isArray()).isTrue();
        assertThat(checkout.has("frontstage")).isFalse();

        JsonNode byPersona = api.get(MAPS + "?personaId=" + persona, HamsafarTest.ADMIN_KEY).json();
        assertThat(byPersona.get("items").size()).isEqualTo(1);
        JsonNode item = byPersona.at("/items/0");
        assertThat(item.get("stageCount").asInt()).isEqualTo(2);
        assertThat(item.get("latestVersion").asInt()).isEqualTo(1);
        assertThat(item.has("stages")).isFalse();
        assertThat(item.get("updatedBy").asString()).startsWith("key:");
        assertThat(api.get(MAPS + "?q=" + unique.toUpperCase() + "&type=current_state", HamsafarTest.ADMIN_KEY).json().get("items").size())
                .isEqualTo(1);
        assertThat(api.get(MAPS + "?q=" + unique + "&type=future_state", HamsafarTest.ADMIN_KEY).json().get("items").size()).isZero();

        assertThat(api.delete(MAPS + "/" + id, HamsafarTest.ADMIN_KEY).status()).isEqualTo(204);
        assertThat(api.get(MAPS + "/" + id, HamsafarTest.ADMIN_KEY).status()).isEqualTo(404);
        assertThat(api.get(MAPS + "/" + id + "/versions/1", HamsafarTest.ADMIN_KEY).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/audit?action=journey_map_deleted", HamsafarTest.ADMIN_KEY).body()).contains("journey_map:" + id);
    }

    @Test
    void aServiceBlueprintKeepsItsBlueprintLanes() {
        Map<String, Object> body = map("Support " + unique, "service_blueprint", List.of(
                stage("contact", "Contact", "actions", List.of("Calls support"), "evidence", List.of("IVR menu"),
                        "frontstage", List.of("Agent answers"), "backstage", List.of("Agent checks the order"),
                        "support", List.of("CRM", "Courier API"), "touchpoints", List.of(touchpoint("phone", "call_ended", "support_line")))));

        JsonNode created = create(body);

        JsonNode stage = api.get(MAPS + "/" + created.get("id").asLong(), HamsafarTest.ADMIN_KEY).json().at("/stages/0");
        assertThat(stage.at("/evidence/0").asString()).isEqualTo("IVR menu");
        assertThat(stage.at("/frontstage/0").asString()).isEqualTo("Agent answers");
        assertThat(stage.at("/backstage/0").asString()).isEqualTo("Agent checks the order");
        assertThat(stage.get("support").size()).isEqualTo(2);
        JsonNode lanes = api.get(MAPS + "/lanes", HamsafarTest.ADMIN_KEY).json().get("service_blueprint");
        assertThat(lanes.valueStream().map(l -> l.get("key").asString()).toList()).containsSubsequence("evidence", "actions", "emotion",
                "frontstage", "backstage", "support", "painPoints");
    }

    @Test
    void everySaveIsANewVersionAndAStaleBaseVersionIsRefused() {
        JsonNode created = create(purchase("Versioned " + unique));
        long id = created.get("id").asLong();
        Map<String, Object> second = purchase("Versioned " + unique + " v2");
        second.put("baseVersion", 1);
        second.put("versionNote", "renamed");

        Api.Reply saved = put(MAPS + "/" + id, HamsafarTest.ADMIN_KEY, second);

        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(saved.json().get("version").asInt()).isEqualTo(2);
        // Someone else edited version 1 as well and saves after: refused, nothing saved.
        Map<String, Object> stale = purchase("Versioned " + unique + " stale");
        stale.put("baseVersion", 1);
        Api.Reply refused = put(MAPS + "/" + id, HamsafarTest.ADMIN_KEY, stale);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("detail").asString()).contains("version 2").contains("based on version 1");
        Map<String, Object> otherId = purchase("Versioned " + unique + " other id");
        otherId.put("id", id + 1);
        Api.Reply wrongId = put(MAPS + "/" + id, HamsafarTest.ADMIN_KEY, otherId);
        assertThat(wrongId.status()).isEqualTo(422);
        assertThat(wrongId.json().at("/errors/0/field").asString()).isEqualTo("id");
        // A map read can be sent back as it is (server-set fields ignored), building on the latest.
        ObjectNode latest = (ObjectNode) api.get(MAPS + "/" + id, HamsafarTest.ADMIN_KEY).json();
        latest.put("baseVersion", 2);
        Api.Reply third = put(MAPS + "/" + id, HamsafarTest.ADMIN_KEY, latest);
        assertThat(third.status()).as(third.body()).isEqualTo(200);

        JsonNode versions = api.get(MAPS + "/" + id + "/versions", HamsafarTest.ADMIN_KEY).json();
        assertThat(versions.get("items").valueStream().map(v -> v.get("version").asInt()).toList()).containsExactly(3, 2, 1);
        assertThat(versions.at("/items/1/note").asString()).isEqualTo("renamed");
        assertThat(versions.at("/items/1/change").asString()).isEqualTo("saved");
        assertThat(versions.at("/items/2/change").asString()).isEqualTo("created");
        assertThat(api.get(MAPS + "/" + id + "/versions/1", HamsafarTest.ADMIN_KEY).json().get("name").asString())
                .isEqualTo("Versioned " + unique);
        JsonNode paged = api.get(MAPS + "/" + id + "/versions?limit=2", HamsafarTest.ADMIN_KEY).json();
        JsonNode rest = api.get(MAPS + "/" + id + "/versions?limit=2&cursor=" + paged.get("nextCursor").asString(),
                HamsafarTest.ADMIN_KEY).json();
        assertThat(rest.get("items").valueStream().map(v -> v.get("version").asInt()).toList()).containsExactly(1);
        assertThat(api.get(MAPS + "/" + id + "/versions/4", HamsafarTest.ADMIN_KEY).status()).isEqualTo(404);
    }

    @Test
    void theEditorsVerbsEachSaveAVersionOnTheLatestOnly() {
        long id = create(purchase("Verbs " + unique)).get("id").asLong();

        JourneyMap v2 = journeyMaps.updateCell(id, 1, "checkout", "painPoints", List.of("Payment fails", "Fees shown late"));
        JourneyMap v3 = journeyMaps.addStage(id, 2, "browse", null, "Cart");
        JourneyMap v4 = journeyMaps.moveStage(id, 3, "checkout", StageMove.UP);
        JourneyMap v5 = journeyMaps.renameStage(id, 4, "browse", "Discover");
        JourneyMap v6 = journeyMaps.updateEmotion(id, 5, "browse", 2);
        JourneyMap v7 = journeyMaps.deleteStage(id, 6, "stage_3");

        assertThat(v2.stage("checkout").orElseThrow().painPoints()).containsExactly("Payment fails", "Fees shown late");
        assertThat(v2.changeDetail()).isEqualTo("checkout.painPoints");
        assertThat(v3.stages().stream().map(JourneyStage::id).toList()).containsExactly("browse", "stage_3", "checkout");
        assertThat(v3.changeDetail()).isEqualTo("stage_3");
        assertThat(v4.stages().stream().map(JourneyStage::id).toList()).containsExactly("browse", "checkout", "stage_3");
        assertThat(v5.stage("browse").orElseThrow().name()).isEqualTo("Discover");
        assertThat(v6.stage("browse").orElseThrow().emotion()).isEqualTo(2);
        assertThat(v7.version()).isEqualTo(7);
        assertThat(v7.change()).isEqualTo(VersionChange.STAGE_DELETED);
        assertThat(v7.stages().stream().map(JourneyStage::id).toList()).containsExactly("browse", "checkout");
        assertThatThrownBy(() -> journeyMaps.renameStage(id, 6, "browse", "Late")).isInstanceOf(StaleVersionException.class)
                .satisfies(e -> assertThat(((StaleVersionException) e).latestVersion()).isEqualTo(7));
        assertThatThrownBy(() -> journeyMaps.updateCell(id, 7, "checkout", "frontstage", List.of("x")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("lane");
        assertThatThrownBy(() -> journeyMaps.updateEmotion(id, 7, "checkout", 3))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("stages[1].emotion");
        assertThat(journeyMaps.get(id).version()).isEqualTo(7);
    }

    @Test
    void duplicateStageIdsAreNamedByBothIndexes() {
        Map<String, Object> body = map("Dup " + unique, "current_state", List.of(stage("pay", "Pay"), stage("ship", "Ship"),
                stage("pay", "Pay again")));

        assertErrors(body, Map.of("stages[2].id", "stages[0] and stages[2]"));
    }

    @Test
    void anUnknownLaneIsNamed() {
        Map<String, Object> body = map("Unknown lane " + unique, "future_state", List.of(stage("a", "A"),
                stage("b", "B", "feelings", List.of("happy"))));

        assertErrors(body, Map.of("stages[1].feelings", "unknown lane"));
    }

    @Test
    void blueprintLanesOnAnotherTypeAreRefused() {
        Map<String, Object> body = map("Not a blueprint " + unique, "day_in_the_life", List.of(
                stage("a", "A", "backstage", List.of("Warehouse picks the order"))));

        assertErrors(body, Map.of("stages[0].backstage", "only service blueprints have backstage"));
    }

    @Test
    void anEmotionOutsideMinusTwoToTwoIsRefused() {
        Map<String, Object> body = map("Emotion " + unique, "current_state", List.of(stage("a", "A", "emotion", 3),
                stage("b", "B", "emotion", 1.5)));

        assertErrors(body, Map.of("stages[0].emotion", "-2", "stages[1].emotion", "whole number"));
    }

    @Test
    void anUnknownPersonaOrSurveyIsRefused() {
        Map<String, Object> body = purchase("Unknown persona " + unique);
        body.put("personaId", 987_654_321L);
        Map<String, Object> surveyed = touchpoint("web", "purchase", "checkout");
        surveyed.put("surveyId", 987_654_321L);
        body.put("stages", List.of(stage("a", "A", "touchpoints", List.of(surveyed))));

        assertErrors(body, Map.of("personaId", "no persona 987654321", "stages[0].touchpoints[0].surveyId", "no survey 987654321"));
    }

    @Test
    void aBadChannelOrATouchpointWithoutTypeOrTouchpointIsRefused() {
        Map<String, Object> body = map("Channels " + unique, "current_state", List.of(stage("a", "A", "touchpoints", List.of(
                touchpoint("fax", "purchase", null), touchpoint("web", null, null), touchpoint("web", "Not A Key", null)))));

        assertErrors(body, Map.of("stages[0].touchpoints[0].channel", "must be one of web, app",
                "stages[0].touchpoints[1]", "needs an event type", "stages[0].touchpoints[2].type", "must be a key"));
    }

    @Test
    void aMapNeedsANameATypeAndOneToThirtyStages() {
        List<Map<String, Object>> many = new ArrayList<>();
        for (int i = 0; i < 31; i++) {
            many.add(stage("s" + i, "Stage " + i));
        }
        Map<String, Object> body = map(" ", "journey", many);

        assertErrors(body, Map.of("name", "required", "type", "must be one of", "stages", "1 to 30"));
    }

    @Test
    void aReadKeyReadsMapsButCannotChangeThem() {
        long id = create(purchase("Read key " + unique)).get("id").asLong();
        String readKey = api.post("/api/v1/api-keys", HamsafarTest.ADMIN_KEY,
                Api.json(Map.of("name", "map reader " + unique, "scopes", List.of("read")))).json().get("secret").asString();

        assertThat(api.get(MAPS + "/" + id, readKey).status()).isEqualTo(200);
        assertThat(api.get(MAPS + "/" + id + "/export", readKey).status()).isEqualTo(200);
        assertThat(api.get(MAPS + "/compare?left=" + id + "&right=" + id, readKey).status()).isEqualTo(200);
        Api.Reply denied = put(MAPS + "/" + id, readKey, purchase("Changed"));
        assertThat(denied.status()).isEqualTo(403);
        assertThat(denied.json().get("detail").asString()).contains("admin");
        assertThat(api.delete(MAPS + "/" + id, readKey).status()).isEqualTo(403);
        assertThat(api.post(MAPS + "/import", readKey, "{}").status()).isEqualTo(403);
        assertThat(api.get(MAPS + "/" + id, HamsafarTest.ADMIN_KEY).json().get("version").asInt()).isEqualTo(1);
    }

    /** Posts {@code body}, expects 422 with exactly these fields (each message containing its text), and nothing saved. */
    private void assertErrors(Map<String, Object> body, Map<String, String> expected) {
        int before = count();

        Api.Reply reply = api.post(MAPS, HamsafarTest.ADMIN_KEY, Api.json(body));

        assertThat(reply.status()).as(reply.body()).isEqualTo(422);
        Map<String, String> errors = new LinkedHashMap<>();
        reply.json().get("errors").forEach(e -> errors.put(e.get("field").asString(), e.get("message").asString()));
        assertThat(errors.keySet()).as(reply.body()).containsExactlyInAnyOrderElementsOf(expected.keySet());
        expected.forEach((field, text) -> assertThat(errors.get(field)).as(field).contains(text));
        assertThat(count()).isEqualTo(before);
    }
}
