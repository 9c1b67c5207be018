package org.hamsafar.customers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hamsafar.support.Api;
import org.hamsafar.support.HamsafarTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** One profile per person: identities stitch, merge and un-merge as the rules say. */
@Tag("store")
@HamsafarTest
class IdentityResolutionTest {
    @LocalServerPort
    int port;
    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    private JsonNode send(String id, String time, Map<String, Object> customer) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("id", id);
        event.put("type", "page_view");
        event.put("occurredAt", time);
        event.put("channel", "web");
        event.put("customer", customer);
        Api.Reply reply = api.post("/api/v1/events", HamsafarTest.ADMIN_KEY, Api.json(List.of(event)));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    private JsonNode upsert(Map<String, Object> body) {
        Api.Reply reply = api.send("/api/v1/customers", HamsafarTest.ADMIN_KEY, "PUT", "application/json",
                Api.json(body).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(reply.status()).as(reply.body()).isIn(200, 201);
        return reply.json();
    }

    private long idOf(String query) {
        JsonNode items = api.get("/api/v1/customers?q=" + java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8),
                HamsafarTest.ADMIN_KEY).json().get("items");
        assertThat(items.size()).as("customers matching " + query).isEqualTo(1);
        return items.get(0).get("id").asLong();
    }

    private JsonNode profile(long id) {
        return api.get("/api/v1/customers/" + id, HamsafarTest.ADMIN_KEY).json();
    }

    private List<String> timelineIds(long id) {
        return api.get("/api/v1/customers/" + id + "/timeline", HamsafarTest.ADMIN_KEY).json().get("items").valueStream()
                .map(e -> e.get("details").get("clientId").asString()).toList();
    }

    @Test
    void anonymousVisitsStitchToTheCustomerWhoSignsIn() {
        send("stitch-1", "2026-05-01T10:00:00Z", Map.of("anonymousId", "device-stitch"));
        send("stitch-2", "2026-05-01T10:05:00Z", Map.of("anonymousId", "device-stitch"));
        long customer = upsert(Map.of("identities", Map.of("email", "stitch@example.com"))).get("id").asLong();

        send("stitch-3", "2026-05-01T10:10:00Z", Map.of("anonymousId", "device-stitch", "email", "Stitch@Example.com"));

        long now = idOf("stitch@example.com");
        JsonNode merged = profile(now);
        assertThat(merged.get("identities").get("anonymousIds").get(0).asString()).isEqualTo("device-stitch");
        assertThat(timelineIds(now)).containsExactly("stitch-3", "stitch-2", "stitch-1");
        // The anonymous profile was older, so it survived and carries the e-mail now.
        assertThat(now).isLessThan(customer);
        assertThat(profile(customer).get("id").asLong()).isEqualTo(now);
        assertThat(api.get("/api/v1/customers/" + now + "/merges", HamsafarTest.ADMIN_KEY).json().get(0).get("reason").asString())
                .isEqualTo("anonymous_stitch");
    }

    @Test
    void anAnonymousIdNeverJoinsTwoKnownCustomers() {
        send("shared-1", "2026-05-01T10:00:00Z", Map.of("anonymousId", "family-tablet", "email", "parent@example.com"));

        send("shared-2", "2026-05-01T11:00:00Z", Map.of("anonymousId", "family-tablet", "email", "teen@example.com"));

        long parent = idOf("parent@example.com");
        long teen = idOf("teen@example.com");
        assertThat(parent).isNotEqualTo(teen);
        assertThat(timelineIds(parent)).containsExactly("shared-1");
        assertThat(timelineIds(teen)).containsExactly("shared-2");
        assertThat(profile(teen).get("identities").has("anonymousIds")).isFalse();
    }

    @Test
    void twoKnownIdentitiesOfDifferentProfilesMergeIntoTheOlder() {
        upsert(Map.of("identities", Map.of("externalId", "CRM-77"), "attributes", Map.of("firstName", "Reza", "city", "Tabriz")));
        upsert(Map.of("identities", Map.of("phone", "09121110077"), "attributes", Map.of("firstName", "Reza", "lastName", "Karimi")));
        long older = idOf("CRM-77");
        long younger = idOf("+989121110077");
        send("both-1", "2026-05-02T09:00:00Z", Map.of("phone", "09121110077"));

        send("both-2", "2026-05-02T10:00:00Z", Map.of("externalId", "CRM-77", "phone", "+98 912 111 0077"));

        JsonNode merged = profile(younger);
        assertThat(merged.get("id").asLong()).isEqualTo(older);
        assertThat(merged.get("identities").get("externalIds").get(0).asString()).isEqualTo("CRM-77");
        assertThat(merged.get("identities").get("phones").get(0).asString()).isEqualTo("+989121110077");
        assertThat(merged.get("attributes").get("city").asString()).isEqualTo("Tabriz");
        assertThat(merged.get("attributes").get("lastName").asString()).isEqualTo("Karimi");
        assertThat(timelineIds(older)).containsExactly("both-2", "both-1");
    }

    @Test
    void theNewestNonEmptyAttributeWinsAndHistoryIsKept() {
        upsert(Map.of("identities", Map.of("externalId", "HIST-1"), "attributes", Map.of("city", "Shiraz", "occupation", "teacher")));

        JsonNode after = upsert(Map.of("identities", Map.of("externalId", "HIST-1"), "attributes", Map.of("city", "Isfahan", "occupation", "")));

        assertThat(after.get("attributes").get("city").asString()).isEqualTo("Isfahan");
        assertThat(after.get("attributes").get("occupation").asString()).isEqualTo("teacher");
        JsonNode history = api.get("/api/v1/customers/" + after.get("id").asLong() + "/export", HamsafarTest.ADMIN_KEY).json()
                .get("attributeHistory");
        assertThat(history.valueStream().filter(h -> h.get("attribute").asString().equals("city"))
                .map(h -> (h.get("oldValue").isNull() ? "" : h.get("oldValue").asString()) + "->" + h.get("newValue").asString()).toList())
                .containsExactly("->Shiraz", "Shiraz->Isfahan");
    }

    @Test
    void anAdminMergesByHandAndUndoesTheMerge() {
        upsert(Map.of("identities", Map.of("email", "first.hand@example.com"), "attributes", Map.of("firstName", "Mina")));
        upsert(Map.of("identities", Map.of("email", "second.hand@example.com"), "attributes", Map.of("firstName", "Mina", "city", "Rasht"),
                "consent", List.of(Map.of("channel", "sms", "purpose", "marketing", "granted", true))));
        long survivor = idOf("first.hand@example.com");
        long merged = idOf("second.hand@example.com");
        send("hand-1", "2026-05-03T08:00:00Z", Map.of("email", "second.hand@example.com"));

        Api.Reply merge = api.post("/api/v1/customers/merges", HamsafarTest.ADMIN_KEY, Api.json(Map.of("survivorId", survivor, "mergedId", merged)));
        JsonNode together = profile(survivor);
        List<String> togetherTimeline = timelineIds(survivor);
        Api.Reply undo = api.post("/api/v1/customers/merges/" + merge.json().get("mergeId").asLong() + "/undo", HamsafarTest.ADMIN_KEY, "{}");

        assertThat(merge.status()).isEqualTo(201);
        assertThat(together.get("identities").get("emails").size()).isEqualTo(2);
        assertThat(together.get("attributes").get("city").asString()).isEqualTo("Rasht");
        assertThat(together.get("consent").size()).isEqualTo(1);
        assertThat(togetherTimeline).containsExactly("hand-1");
        assertThat(undo.status()).isEqualTo(204);
        JsonNode apart = profile(survivor);
        JsonNode restored = profile(merged);
        assertThat(apart.get("identities").get("emails").valueStream().map(JsonNode::asString).toList()).containsExactly("first.hand@example.com");
        assertThat(apart.get("attributes").get("city").isNull()).isTrue();
        assertThat(apart.get("consent").size()).isZero();
        assertThat(restored.get("id").asLong()).isEqualTo(merged);
        assertThat(restored.get("consent").size()).isEqualTo(1);
        assertThat(timelineIds(merged)).containsExactly("hand-1");
        assertThat(timelineIds(survivor)).isEmpty();
        Api.Reply again = api.post("/api/v1/customers/merges/" + merge.json().get("mergeId").asLong() + "/undo", HamsafarTest.ADMIN_KEY, "{}");
        assertThat(again.status()).isEqualTo(409);
        JsonNode audit = api.get("/api/v1/audit?limit=20", HamsafarTest.ADMIN_KEY).json().get("items");
        assertThat(audit.valueStream().map(e -> e.get("action").asString()).toList()).contains("customer_merged", "customer_merge_undone");
    }

    @Test
    void aKeyThatMayOnlyIngestCannotJoinKnownCustomersOrNameAProfileById() {
        upsert(Map.of("identities", Map.of("email", "victim@example.com")));
        upsert(Map.of("identities", Map.of("phone", "09127770000")));
        long victim = idOf("victim@example.com");
        String ingest = api.post("/api/v1/api-keys", HamsafarTest.ADMIN_KEY,
                Api.json(Map.of("name", "public site", "scopes", List.of("ingest")))).json().get("secret").asString();
        Map<String, Object> takeover = new LinkedHashMap<>(Map.of("id", "takeover-1", "type", "page_view",
                "occurredAt", "2026-05-04T10:00:00Z", "channel", "web",
                "customer", Map.of("email", "victim@example.com", "phone", "09127770000")));
        Map<String, Object> byId = new LinkedHashMap<>(takeover);
        byId.put("id", "takeover-2");
        byId.put("customer", Map.of("customerId", victim));
        Map<String, Object> stitch = new LinkedHashMap<>(takeover);
        stitch.put("id", "takeover-3");
        stitch.put("customer", Map.of("email", "victim@example.com", "anonymousId", "victims-laptop"));

        JsonNode reply = api.post("/api/v1/events", ingest, Api.json(List.of(takeover, byId, stitch))).json();

        assertThat(reply.get("accepted").asLong()).isEqualTo(1);
        assertThat(reply.get("rejected").get(0).get("errors").get(0).get("message").asString()).contains("different customers");
        assertThat(reply.get("rejected").get(1).get("errors").get(0).get("field").asString()).isEqualTo("customer.customerId");
        assertThat(idOf("+989127770000")).isNotEqualTo(victim);
        assertThat(timelineIds(victim)).containsExactly("takeover-3");
    }

    @Test
    void anErasedProfileTakesNoNewDataByItsId() {
        long id = upsert(Map.of("identities", Map.of("externalId", "ERASED-1"))).get("id").asLong();
        api.delete("/api/v1/customers/" + id + "?mode=anonymize", HamsafarTest.ADMIN_KEY);

        Api.Reply reply = api.post("/api/v1/events", HamsafarTest.ADMIN_KEY, Api.json(List.of(Map.of("id", "erased-ev",
                "type", "page_view", "occurredAt", "2026-05-04T10:00:00Z", "channel", "web",
                "customer", Map.of("customerId", id, "email", "new.person@example.com")))));

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.json().get("rejected").get(0).get("errors").get(0).get("message").asString()).isEqualTo("no customer has this id");
        assertThat(api.get("/api/v1/customers?q=new.person@example.com", HamsafarTest.ADMIN_KEY).json().get("items").size()).isZero();
    }

    @Test
    void mergingAProfileIntoItselfIsAConflict() {
        long id = upsert(Map.of("identities", Map.of("externalId", "SELF-1"))).get("id").asLong();

        Api.Reply reply = api.post("/api/v1/customers/merges", HamsafarTest.ADMIN_KEY, Api.json(Map.of("survivorId", id, "mergedId", id)));

        assertThat(reply.status()).isEqualTo(409);
    }
}
