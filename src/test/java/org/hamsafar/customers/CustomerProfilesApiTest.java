package org.hamsafar.customers;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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

/** Profiles by upsert, search, the 360 facts and the cross-channel timeline. */
@Tag("store")
@HamsafarTest
class CustomerProfilesApiTest {
    @LocalServerPort
    int port;
    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    private Api.Reply upsert(Object body) {
        return api.send("/api/v1/customers", HamsafarTest.ADMIN_KEY, "PUT", "application/json", Api.json(body).getBytes(StandardCharsets.UTF_8));
    }

    private JsonNode search(String q) {
        return api.get("/api/v1/customers?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8), HamsafarTest.ADMIN_KEY).json().get("items");
    }

    @Test
    void upsertCreatesThenUpdatesTheSameProfile() {
        Api.Reply created = upsert(Map.of("identities", Map.of("externalId", "UP-1", "phone", "۰۹۱۲۳۴۵۶۷۸۹"),
                "attributes", Map.of("firstName", "سارا", "country", "ir", "language", "FA", "gender", "Female"),
                "psychographics", Map.of("interests", List.of("Travel", "books"), "values", List.of("family"), "lifestyle", List.of("urban")),
                "consent", List.of(Map.of("channel", "sms", "purpose", "marketing", "granted", true, "at", "2026-01-01T10:00:00+03:30"))));
        Api.Reply updated = upsert(Map.of("identities", Map.of("phone", "+989123456789"),
                "consent", List.of(Map.of("channel", "sms", "purpose", "marketing", "granted", false))));

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(updated.status()).isEqualTo(200);
        JsonNode profile = updated.json();
        assertThat(profile.get("id").asLong()).isEqualTo(created.json().get("id").asLong());
        assertThat(profile.get("identities").get("phones").get(0).asString()).isEqualTo("+989123456789");
        assertThat(profile.get("attributes").get("country").asString()).isEqualTo("IR");
        assertThat(profile.get("attributes").get("language").asString()).isEqualTo("fa");
        assertThat(profile.get("attributes").get("gender").asString()).isEqualTo("female");
        assertThat(profile.get("psychographics").get("interests").valueStream().map(JsonNode::asString).toList()).containsExactly("travel", "books");
        assertThat(profile.get("consent").get(0).get("granted").asBoolean()).isFalse();
    }

    @Test
    void invalidUpsertNamesEveryBadField() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("identities", Map.of("email", "nope", "phone", "12"));
        body.put("attributes", Map.of("birthYear", 1800, "country", "Iran", "custom", Map.of("9bad", "x")));
        body.put("consent", List.of(Map.of("channel", "pigeon", "purpose", "marketing")));

        Api.Reply reply = upsert(body);

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.json().get("errors").valueStream().map(e -> e.get("field").asString()).toList()).contains(
                "identities.email", "identities.phone", "attributes.birthYear", "attributes.country", "attributes.custom.9bad",
                "consent[0].channel", "consent[0].granted");
        assertThat(search("nope").size()).isZero();
    }

    @Test
    void upsertWithoutIdentityIsRefused() {
        Api.Reply reply = upsert(Map.of("attributes", Map.of("firstName", "Nobody")));

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.json().get("errors").get(0).get("field").asString()).isEqualTo("identities");
    }

    @Test
    void searchFindsByNameInEitherArabicOrPersianLettersByEmailPhoneAndId() {
        long id = upsert(Map.of("identities", Map.of("email", "kian.search@example.com", "phone", "09125550101", "externalId", "SRCH-9"),
                "attributes", Map.of("firstName", "کیان", "lastName", "یزدانی"))).json().get("id").asLong();

        assertThat(search("كيان").get(0).get("id").asLong()).isEqualTo(id);
        assertThat(search("یزدانی").get(0).get("id").asLong()).isEqualTo(id);
        assertThat(search("KIAN.SEARCH@example.com").get(0).get("id").asLong()).isEqualTo(id);
        assertThat(search("0912 555 0101").get(0).get("id").asLong()).isEqualTo(id);
        assertThat(search("SRCH-9").get(0).get("id").asLong()).isEqualTo(id);
        assertThat(search(Long.toString(id)).get(0).get("id").asLong()).isEqualTo(id);
        assertThat(search("no such person at all").size()).isZero();
    }

    @Test
    void theTimelineIsOneStreamNewestFirstPagedAndFilteredByChannel() {
        List<Object> events = new ArrayList<>();
        String[] channels = {"web", "app", "phone", "email", "chat", "store", "sms"};
        for (int i = 0; i < 7; i++) {
            Map<String, Object> event = new LinkedHashMap<>();
            event.put("id", "tl-" + i);
            event.put("type", "touch_" + i);
            // Two events share a time, to check that paging neither repeats nor skips at a tie.
            event.put("occurredAt", "2026-06-0" + (i == 6 ? 5 : i + 1) + "T10:00:00Z");
            event.put("channel", channels[i]);
            event.put("customer", Map.of("externalId", "TL-1"));
            events.add(event);
        }
        api.post("/api/v1/events", HamsafarTest.ADMIN_KEY, Api.json(events));
        long id = search("TL-1").get(0).get("id").asLong();

        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            JsonNode page = api.get("/api/v1/customers/" + id + "/timeline?limit=3" + (cursor == null ? "" : "&cursor=" + cursor),
                    HamsafarTest.ADMIN_KEY).json();
            page.get("items").forEach(e -> seen.add(e.get("details").get("clientId").asString()));
            cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asString();
            pages++;
        } while (cursor != null && pages < 10);
        JsonNode phoneOnly = api.get("/api/v1/customers/" + id + "/timeline?channel=phone", HamsafarTest.ADMIN_KEY).json().get("items");

        assertThat(pages).isEqualTo(3);
        assertThat(seen).hasSize(7).doesNotHaveDuplicates();
        assertThat(seen.get(0)).isEqualTo("tl-5");
        assertThat(seen.subList(1, 3)).containsExactlyInAnyOrder("tl-4", "tl-6");
        assertThat(seen.subList(3, 7)).containsExactly("tl-3", "tl-2", "tl-1", "tl-0");
        assertThat(phoneOnly.size()).isEqualTo(1);
        assertThat(phoneOnly.get(0).get("channel").asString()).isEqualTo("phone");
        assertThat(api.get("/api/v1/customers/" + id + "/timeline?channel=fax", HamsafarTest.ADMIN_KEY).status()).isEqualTo(422);
    }

    @Test
    void theProfileCarriesFactsComputedFromItsEvents() {
        List<Object> events = List.of(
                Map.of("id", "facts-1", "type", "purchase", "occurredAt", "2026-02-01T10:00:00Z", "channel", "web",
                        "customer", Map.of("email", "facts@example.com"), "value", 100.25, "currency", "EUR"),
                Map.of("id", "facts-2", "type", "purchase", "occurredAt", "2026-03-01T10:00:00Z", "channel", "store",
                        "customer", Map.of("email", "facts@example.com"), "value", 50, "currency", "EUR"),
                Map.of("id", "facts-3", "type", "call_ended", "occurredAt", "2026-03-05T10:00:00Z", "channel", "phone",
                        "customer", Map.of("email", "facts@example.com")));
        api.post("/api/v1/events", HamsafarTest.ADMIN_KEY, Api.json(events));
        long id = search("facts@example.com").get(0).get("id").asLong();

        JsonNode facts = api.get("/api/v1/customers/" + id, HamsafarTest.ADMIN_KEY).json().get("facts");

        assertThat(facts.get("firstSeen").asString()).isEqualTo("2026-02-01T10:00:00Z");
        assertThat(facts.get("lastSeen").asString()).isEqualTo("2026-03-05T10:00:00Z");
        assertThat(facts.get("interactions").asLong()).isEqualTo(3);
        assertThat(facts.get("purchases").asLong()).isEqualTo(2);
        assertThat(facts.get("totalValue").asString()).isEqualTo("150.25");
        assertThat(facts.get("currency").asString()).isEqualTo("EUR");
        assertThat(facts.get("channels").get("web").asLong()).isEqualTo(1);
        assertThat(facts.get("channels").size()).isEqualTo(3);
    }

    @Test
    void anUnknownCustomerIs404() {
        assertThat(api.get("/api/v1/customers/99999999", HamsafarTest.ADMIN_KEY).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/customers/99999999/timeline", HamsafarTest.ADMIN_KEY).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/customers/99999999/export", HamsafarTest.ADMIN_KEY).status()).isEqualTo(404);
    }
}
