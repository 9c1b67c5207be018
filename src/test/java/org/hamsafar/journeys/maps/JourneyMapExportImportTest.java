package org.hamsafar.journeys.maps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamsafar.journeys.maps.MapFixtures.map;
import static org.hamsafar.journeys.maps.MapFixtures.stage;
import static org.hamsafar.journeys.maps.MapFixtures.touchpoint;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hamsafar.support.Api;
import org.hamsafar.support.HamsafarTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

@Tag("store")
@HamsafarTest
class JourneyMapExportImportTest {
    private static final String MAPS = "/api/v1/journeys";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    @LocalServerPort
    int port;
    Api api;
    String unique;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        unique = UUID.randomUUID().toString().substring(0, 8);
    }

    private long survey() {
        Api.Reply reply = api.post("/api/v1/surveys", HamsafarTest.ADMIN_KEY, """
                {"name": "Support CSAT %s", "status": "active", "questions": [
                  {"key": "csat", "type": "csat", "text": {"fa": "چقدر راضی بودید؟", "en": "How satisfied were you?"}, "required": true}]}"""
                .formatted(unique));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json().get("id").asLong();
    }

    /** A blueprint with every kind of lane filled and a persona with every field. */
    private long blueprint() {
        Map<String, Object> persona = new LinkedHashMap<>();
        persona.put("name", "مهدی رضایی " + unique);
        persona.put("photo", Map.of("initials", "م‌ر", "color", "#6D28D9"));
        persona.put("demographics", Map.of("ageRange", "45-54", "occupation", "مغازه‌دار", "location", "اصفهان"));
        persona.put("psychographics", Map.of("needs", List.of("پاسخ سریع"), "preferredChannels", List.of("phone", "store")));
        persona.put("quote", "می‌خواهم با یک آدم حرف بزنم");
        persona.put("segment", "detractor");
        long personaId = api.post("/api/v1/personas", HamsafarTest.ADMIN_KEY, Api.json(persona)).json().get("id").asLong();
        Map<String, Object> surveyed = touchpoint("phone", "call_ended", "support_line");
        surveyed.put("surveyId", survey());
        surveyed.put("label", "تماس با پشتیبانی");
        Map<String, Object> body = map("پشتیبانی " + unique, "service_blueprint", List.of(
                stage("problem", "بروز مشکل", "customerGoals", List.of("سفارشم برسد"), "thoughts", List.of("چرا دیر شد؟"), "emotion", -1,
                        "touchpoints", List.of(touchpoint("other", "delivery_completed", "delivery")), "evidence", List.of("پیامک تأخیر")),
                stage("contact", "تماس", "actions", List.of("زنگ می‌زند"), "touchpoints", List.of(surveyed), "emotion", -2,
                        "frontstage", List.of("کارشناس پاسخ می‌دهد"), "backstage", List.of("بررسی سفارش"), "support", List.of("CRM"),
                        "painPoints", List.of("انتظار طولانی"), "opportunities", List.of("تماس برگشتی"), "owners", List.of("تیم پشتیبانی"),
                        "kpis", List.of("میانگین زمان انتظار"))));
        body.put("personaId", personaId);
        return api.post(MAPS, HamsafarTest.ADMIN_KEY, Api.json(body)).json().get("id").asLong();
    }

    private JsonNode export(long id) {
        Api.Reply reply = api.get(MAPS + "/" + id + "/export", HamsafarTest.ADMIN_KEY);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    @Test
    void anExportedMapImportsBackEqualToTheOriginal() {
        long id = blueprint();
        Api.Reply exported = api.get(MAPS + "/" + id + "/export", HamsafarTest.ADMIN_KEY);
        assertThat(exported.header("Content-Disposition")).startsWith("attachment").contains("journey-map-" + id + "-v1.json");
        JsonNode document = exported.json();
        assertThat(document.get("format").asString()).isEqualTo("hamsafar.journey-map");
        assertThat(document.get("formatVersion").asInt()).isEqualTo(1);
        assertThat(document.at("/persona/name").asString()).isEqualTo("مهدی رضایی " + unique);
        assertThat(document.at("/surveys/0/name").asString()).isEqualTo("Support CSAT " + unique);

        Api.Reply imported = api.post(MAPS + "/import", HamsafarTest.ADMIN_KEY, document.toString());

        assertThat(imported.status()).as(imported.body()).isEqualTo(201);
        JsonNode entry = imported.json().at("/imported/0");
        long copy = entry.get("id").asLong();
        assertThat(copy).isNotEqualTo(id);
        // The persona of the same name exists: linked, not created again.
        assertThat(entry.get("personaCreated").asBoolean()).isFalse();
        assertThat(entry.get("personaId").asLong()).isEqualTo(api.get(MAPS + "/" + id, HamsafarTest.ADMIN_KEY).json().get("personaId").asLong());
        assertThat(entry.get("warnings").isEmpty()).isTrue();
        JsonNode again = export(copy);
        assertThat(again.get("map")).isEqualTo(document.get("map"));
        assertThat(again.get("persona")).isEqualTo(document.get("persona"));
        assertThat(again.get("surveys")).isEqualTo(document.get("surveys"));
        JsonNode read = api.get(MAPS + "/" + copy, HamsafarTest.ADMIN_KEY).json();
        assertThat(read.get("change").asString()).isEqualTo("imported");
        assertThat(api.get("/api/v1/audit?action=journey_map_imported", HamsafarTest.ADMIN_KEY).body()).contains("journey_map:" + copy);
    }

    @Test
    void anImportCreatesAMissingPersonaOnceAndLeavesOutUnknownSurveys() {
        JsonNode document = export(blueprint());
        ObjectNode first = (ObjectNode) document.deepCopy();
        ((ObjectNode) first.get("persona")).put("name", "New persona " + unique);
        ((ObjectNode) first.get("map")).put("name", "Copy one " + unique);
        ((ObjectNode) first.get("surveys").get(0)).put("key", "nosuchkey123");
        ObjectNode second = first.deepCopy();
        ((ObjectNode) second.get("map")).put("name", "Copy two " + unique);
        ArrayNode both = JSON.createArrayNode().add(first).add(second);

        Api.Reply reply = api.post(MAPS + "/import", HamsafarTest.ADMIN_KEY, both.toString());

        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        JsonNode imported = reply.json().get("imported");
        assertThat(imported.at("/0/personaCreated").asBoolean()).isTrue();
        assertThat(imported.at("/1/personaCreated").asBoolean()).isFalse();
        assertThat(imported.at("/1/personaId").asLong()).isEqualTo(imported.at("/0/personaId").asLong());
        assertThat(imported.at("/0/warnings/0/field").asString()).isEqualTo("map.stages[1].touchpoints[0].surveyId");
        JsonNode copy = api.get(MAPS + "/" + imported.at("/1/id").asLong(), HamsafarTest.ADMIN_KEY).json();
        assertThat(copy.at("/stages/1/touchpoints/0").has("surveyId")).isFalse();
        assertThat(copy.at("/stages/1/touchpoints/0/label").asString()).isEqualTo("تماس با پشتیبانی");
        JsonNode persona = api.get("/api/v1/personas/" + imported.at("/0/personaId").asLong(), HamsafarTest.ADMIN_KEY).json();
        assertThat(persona.at("/photo/color").asString()).isEqualTo("#6D28D9");
        assertThat(persona.get("segment").asString()).isEqualTo("detractor");
    }

    @Test
    void aMalformedImportNamesItsPathsAndSavesNothing() {
        JsonNode document = export(blueprint());
        ObjectNode good = ((ObjectNode) document.deepCopy());
        ((ObjectNode) good.get("map")).put("name", "Would be saved " + unique);
        ((ObjectNode) good.get("persona")).put("name", "Would be created " + unique);
        ObjectNode bad = (ObjectNode) document.deepCopy();
        bad.put("formatVersion", 2);
        ObjectNode stage = (ObjectNode) bad.at("/map/stages/0");
        stage.put("emotion", 5);
        stage.putArray("feelings").add("x");
        ((ObjectNode) bad.get("persona")).putArray("hobbies");
        int maps = api.get(MAPS + "?limit=200", HamsafarTest.ADMIN_KEY).json().get("items").size();
        int personas = api.get("/api/v1/personas?limit=200", HamsafarTest.ADMIN_KEY).json().get("items").size();

        Api.Reply reply = api.post(MAPS + "/import", HamsafarTest.ADMIN_KEY, JSON.createArrayNode().add(good).add(bad).toString());

        assertThat(reply.status()).as(reply.body()).isEqualTo(422);
        List<String> fields = new ArrayList<>();
        reply.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
        assertThat(fields).containsExactlyInAnyOrder("[1].formatVersion", "[1].map.stages[0].feelings", "[1].map.stages[0].emotion",
                "[1].persona.hobbies");
        assertThat(api.get(MAPS + "?limit=200", HamsafarTest.ADMIN_KEY).json().get("items").size()).isEqualTo(maps);
        assertThat(api.get("/api/v1/personas?limit=200", HamsafarTest.ADMIN_KEY).json().get("items").size()).isEqualTo(personas);
        Api.Reply notADocument = api.post(MAPS + "/import", HamsafarTest.ADMIN_KEY, "{\"map\": {}}");
        assertThat(notADocument.status()).isEqualTo(422);
        assertThat(notADocument.body()).contains("format").contains("map.name").contains("map.stages");
    }
}
