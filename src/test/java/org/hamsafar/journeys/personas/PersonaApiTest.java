package org.hamsafar.journeys.personas;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
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

@Tag("store")
@HamsafarTest
class PersonaApiTest {
    private static final String PERSONAS = "/api/v1/personas";
    @LocalServerPort
    int port;
    Api api;
    String unique;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        unique = UUID.randomUUID().toString().substring(0, 8);
    }

    private Map<String, Object> persona(String name) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("demographics", Map.of("ageRange", "۲۵ - ۳۴", "gender", "زن", "occupation", arabic("برنامه\u200Cنویس"), "location", "تهران"));
        body.put("psychographics", Map.of("goals", List.of(arabic("خرید سریع"), "  Pay in one tap  "), "frustrations", List.of("پرداخت ناموفق"),
                "preferredChannels", List.of("app", "chat")));
        body.put("quote", "وقتم برام مهمه");
        body.put("segment", "vip");
        return body;
    }

    /** The text as typed on an Arabic keyboard layout: Arabic yeh and kaf instead of the Persian letters. */
    private static String arabic(String persian) {
        return persian.replace('\u06CC', '\u064A').replace('\u06A9', '\u0643');
    }

    private Api.Reply put(String path, String key, Object body) {
        return api.send(path, key, "PUT", "application/json", Api.json(body).getBytes(StandardCharsets.UTF_8));
    }

    private long create(Object body) {
        Api.Reply created = api.post(PERSONAS, HamsafarTest.ADMIN_KEY, Api.json(body));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    @Test
    void aPersonaIsCreatedReadReplacedAndDeletedWithItsTextsFoldedAndAPhotoDerived() {
        Api.Reply created = api.post(PERSONAS, HamsafarTest.ADMIN_KEY, Api.json(persona(arabic("سارا کریمی ") + unique)));

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        assertThat(created.header("Location")).isEqualTo("/api/v1/personas/" + id);
        JsonNode read = api.get(PERSONAS + "/" + id, HamsafarTest.ADMIN_KEY).json();
        // Arabic yeh and kaf are stored as the Persian letters; digits and the range are normalised.
        assertThat(read.get("name").asString()).isEqualTo("سارا کریمی " + unique);
        assertThat(read.at("/demographics/ageRange").asString()).isEqualTo("25-34");
        assertThat(read.at("/demographics/occupation").asString()).isEqualTo("برنامه\u200Cنویس");
        assertThat(read.at("/psychographics/goals").valueStream().map(JsonNode::asString).toList())
                .containsExactly("خرید سریع", "Pay in one tap");
        assertThat(read.at("/psychographics/preferredChannels").valueStream().map(JsonNode::asString).toList()).containsExactly("app", "chat");
        assertThat(read.at("/photo/initials").asString()).isEqualTo("س\u200Cک");
        assertThat(PersonaPhoto.PALETTE).contains(read.at("/photo/color").asString());
        assertThat(read.get("segment").asString()).isEqualTo("vip");
        assertThat(read.get("createdBy").asString()).startsWith("key:");
        assertThat(read.get("journeyMaps").isEmpty()).isTrue();

        Map<String, Object> changed = persona("Sara Karimi " + unique);
        changed.put("photo", Map.of("initials", "SK", "color", "#0f766e"));
        changed.put("id", id);
        changed.put("createdAt", read.get("createdAt").asString());
        Api.Reply replaced = put(PERSONAS + "/" + id, HamsafarTest.ADMIN_KEY, changed);
        assertThat(replaced.status()).as(replaced.body()).isEqualTo(200);
        JsonNode again = api.get(PERSONAS + "/" + id, HamsafarTest.ADMIN_KEY).json();
        assertThat(again.get("name").asString()).isEqualTo("Sara Karimi " + unique);
        assertThat(again.at("/photo/initials").asString()).isEqualTo("SK");
        assertThat(again.at("/photo/color").asString()).isEqualTo("#0F766E");
        assertThat(again.get("createdAt").asString()).isEqualTo(read.get("createdAt").asString());

        JsonNode listed = api.get(PERSONAS + "?q=" + unique, HamsafarTest.ADMIN_KEY).json();
        assertThat(listed.get("items").valueStream().map(p -> p.get("id").asLong()).toList()).containsExactly(id);

        assertThat(api.delete(PERSONAS + "/" + id, HamsafarTest.ADMIN_KEY).status()).isEqualTo(204);
        assertThat(api.get(PERSONAS + "/" + id, HamsafarTest.ADMIN_KEY).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/audit?action=persona_deleted", HamsafarTest.ADMIN_KEY).body()).contains("persona:" + id);
    }

    @Test
    void everyBadFieldIsNamedAndNothingIsSaved() {
        Map<String, Object> bad = new LinkedHashMap<>();
        bad.put("name", " ");
        bad.put("photo", Map.of("color", "#123456"));
        bad.put("demographics", Map.of("ageRange", "40-30"));
        bad.put("psychographics", Map.of("preferredChannels", List.of("app", "fax", "app"), "needs", List.of("x".repeat(501))));
        bad.put("segment", "Not A Key");
        bad.put("hobbies", List.of());

        int before = api.get(PERSONAS + "?limit=200", HamsafarTest.ADMIN_KEY).json().get("items").size();

        Api.Reply reply = api.post(PERSONAS, HamsafarTest.ADMIN_KEY, Api.json(bad));

        assertThat(reply.status()).as(reply.body()).isEqualTo(422);
        assertThat(reply.json().get("errors").valueStream().map(e -> e.get("field").asString()).toList())
                .containsExactlyInAnyOrder("hobbies", "name", "photo.color", "demographics.ageRange",
                        "psychographics.preferredChannels[1]", "psychographics.preferredChannels[2]", "psychographics.needs[0]", "segment");
        assertThat(api.get(PERSONAS + "?limit=200", HamsafarTest.ADMIN_KEY).json().get("items").size()).isEqualTo(before);
    }

    @Test
    void aPersonaThatMapsLinkToIsOnlyDeletedWithForceWhichUnlinksThem() {
        long persona = create(persona("Linked persona " + unique));
        Map<String, Object> map = Map.of("name", "Linked map " + unique, "type", "current_state", "personaId", persona,
                "stages", List.of(Map.of("id", "browse", "name", "Browse")));
        Api.Reply created = api.post("/api/v1/journeys", HamsafarTest.ADMIN_KEY, Api.json(map));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long mapId = created.json().get("id").asLong();

        Api.Reply refused = api.delete(PERSONAS + "/" + persona, HamsafarTest.ADMIN_KEY);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("detail").asString()).contains(mapId + " (Linked map " + unique + ")").contains("force=true");
        assertThat(api.get(PERSONAS + "/" + persona, HamsafarTest.ADMIN_KEY).json().at("/journeyMaps/0/id").asLong()).isEqualTo(mapId);

        assertThat(api.delete(PERSONAS + "/" + persona + "?force=true", HamsafarTest.ADMIN_KEY).status()).isEqualTo(204);

        JsonNode unlinked = api.get("/api/v1/journeys/" + mapId, HamsafarTest.ADMIN_KEY).json();
        assertThat(unlinked.get("personaId").isNull()).isTrue();
        assertThat(unlinked.get("version").asInt()).isEqualTo(2);
        assertThat(unlinked.get("change").asString()).isEqualTo("persona_unlinked");
        assertThat(api.get("/api/v1/journeys/" + mapId + "/versions/1", HamsafarTest.ADMIN_KEY).json().get("personaId").asLong())
                .isEqualTo(persona);
    }

    @Test
    void aReadKeyReadsPersonasButCannotChangeThem() {
        long id = create(persona("Read only " + unique));
        String readKey = api.post("/api/v1/api-keys", HamsafarTest.ADMIN_KEY,
                Api.json(Map.of("name", "persona reader " + unique, "scopes", List.of("read")))).json().get("secret").asString();

        assertThat(api.get(PERSONAS + "/" + id, readKey).status()).isEqualTo(200);
        assertThat(put(PERSONAS + "/" + id, readKey, persona("Changed")).status()).isEqualTo(403);
        assertThat(api.post(PERSONAS, readKey, Api.json(persona("New"))).status()).isEqualTo(403);
        assertThat(api.delete(PERSONAS + "/" + id, readKey).status()).isEqualTo(403);
    }

    @Test
    void initialsComeFromTheFirstTwoWords() {
        assertThat(PersonaPhoto.initialsOf("sara ahmadi")).isEqualTo("SA");
        assertThat(PersonaPhoto.initialsOf("  مهدی   رضایی نیک")).isEqualTo("م\u200Cر");
        assertThat(PersonaPhoto.initialsOf("Negar")).isEqualTo("N");
        assertThat(PersonaPhoto.initialsOf("42")).isEqualTo("4");
        assertThat(PersonaPhoto.colorOf(arabic("سارا کریمی"))).isEqualTo(PersonaPhoto.colorOf("سارا کریمی"));
    }
}
