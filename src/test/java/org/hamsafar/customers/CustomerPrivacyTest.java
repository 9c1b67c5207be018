package org.hamsafar.customers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hamsafar.support.Api;
import org.hamsafar.support.HamsafarTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Data portability and erasure. */
@Tag("store")
@HamsafarTest
class CustomerPrivacyTest {
    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    private long customerWithHistory(String externalId, String email) {
        Api.Reply created = api.send("/api/v1/customers", HamsafarTest.ADMIN_KEY, "PUT", "application/json", Api.json(Map.of(
                "identities", Map.of("externalId", externalId, "email", email),
                "attributes", Map.of("firstName", "Narges", "lastName", "Amini", "birthYear", 1987, "city", "Yazd",
                        "province", "Yazd", "gender", "female", "custom", Map.of("tier", "gold")),
                "psychographics", Map.of("interests", List.of("books")),
                "consent", List.of(Map.of("channel", "email", "purpose", "marketing", "granted", true, "source", "web_form"))))
                .getBytes(StandardCharsets.UTF_8));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        Map<String, Object> purchase = new LinkedHashMap<>();
        purchase.put("id", externalId + "-purchase");
        purchase.put("type", "purchase");
        purchase.put("occurredAt", "2026-04-01T12:00:00+03:30");
        purchase.put("channel", "app");
        purchase.put("customer", Map.of("externalId", externalId));
        purchase.put("value", 990000);
        purchase.put("currency", "IRR");
        purchase.put("text", "My address is 12 Golestan St.");
        purchase.put("properties", Map.of("address", "12 Golestan St."));
        assertThat(api.post("/api/v1/events", HamsafarTest.ADMIN_KEY, Api.json(List.of(purchase))).status()).isEqualTo(200);
        return created.json().get("id").asLong();
    }

    @Test
    void exportHoldsEverythingAboutTheCustomer() {
        long id = customerWithHistory("PRIV-EXPORT", "export@example.com");

        JsonNode export = api.get("/api/v1/customers/" + id + "/export", HamsafarTest.ADMIN_KEY).json();

        assertThat(export.get("profile").get("attributes").get("firstName").asString()).isEqualTo("Narges");
        assertThat(export.get("profile").get("identities").size()).isEqualTo(2);
        assertThat(export.get("consentHistory").get(0).get("source").asString()).isEqualTo("web_form");
        assertThat(export.get("attributeHistory").size()).isGreaterThanOrEqualTo(6);
        JsonNode event = export.get("event").get(0);
        assertThat(event.get("clientId").asString()).isEqualTo("PRIV-EXPORT-purchase");
        assertThat(event.get("text").asString()).contains("Golestan");
        assertThat(event.get("properties").get("address").asString()).isEqualTo("12 Golestan St.");
        assertThat(export.get("facts").get("interactions").asLong()).isEqualTo(1);
    }

    @Test
    void anonymizingRemovesPersonalDataAndKeepsDeIdentifiedFacts() {
        long id = customerWithHistory("PRIV-ANON", "anon@example.com");

        Api.Reply erased = api.delete("/api/v1/customers/" + id + "?mode=anonymize", HamsafarTest.ADMIN_KEY);

        assertThat(erased.status()).isEqualTo(204);
        JsonNode profile = api.get("/api/v1/customers/" + id, HamsafarTest.ADMIN_KEY).json();
        assertThat(profile.get("erasedAt").isNull()).isFalse();
        assertThat(profile.get("attributes").get("firstName").isNull()).isTrue();
        assertThat(profile.get("attributes").get("city").isNull()).isTrue();
        assertThat(profile.get("attributes").get("birthYear").asInt()).isEqualTo(1980);
        assertThat(profile.get("attributes").get("province").asString()).isEqualTo("Yazd");
        assertThat(profile.get("identities").size()).isZero();
        assertThat(profile.get("consent").size()).isZero();
        assertThat(profile.get("custom").size()).isZero();
        assertThat(profile.get("facts").get("interactions").asLong()).isEqualTo(1);
        assertThat(profile.get("facts").get("totalValue").asString()).isEqualTo("990000");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM interaction_event WHERE customer_id = :id AND (text IS NOT NULL OR properties IS NOT NULL)")
                .param("id", id).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM customer_attribute_change WHERE customer_id = :id").param("id", id).query(Long.class).single()).isZero();
        assertThat(api.get("/api/v1/customers?q=anon@example.com", HamsafarTest.ADMIN_KEY).json().get("items").size()).isZero();
    }

    @Test
    void deletingRemovesEverythingAndTheSameIdentityLaterStartsAFreshProfile() {
        long id = customerWithHistory("PRIV-DEL", "delete@example.com");

        Api.Reply erased = api.delete("/api/v1/customers/" + id + "?mode=delete", HamsafarTest.ADMIN_KEY);
        Api.Reply again = api.send("/api/v1/customers", HamsafarTest.ADMIN_KEY, "PUT", "application/json",
                Api.json(Map.of("identities", Map.of("email", "delete@example.com"))).getBytes(StandardCharsets.UTF_8));

        assertThat(erased.status()).isEqualTo(204);
        assertThat(api.get("/api/v1/customers/" + id, HamsafarTest.ADMIN_KEY).status()).isEqualTo(404);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM interaction_event WHERE client_id = 'PRIV-DEL-purchase'").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM customer_consent WHERE customer_id = :id").param("id", id).query(Long.class).single()).isZero();
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.json().get("id").asLong()).isNotEqualTo(id);
        assertThat(again.json().get("attributes").get("firstName").isNull()).isTrue();
        JsonNode audit = api.get("/api/v1/audit?action=customer_erased", HamsafarTest.ADMIN_KEY).json().get("items");
        assertThat(audit.valueStream().map(e -> e.get("target").asString() + " " + e.get("detail").asString()).toList())
                .contains("customer:" + id + " mode=delete profiles=1");
    }

    @Test
    void erasureReachesProfilesThatWereMergedIn() {
        long survivor = customerWithHistory("PRIV-SURV", "surv@example.com");
        long merged = customerWithHistory("PRIV-MERGED", "merged@example.com");
        api.post("/api/v1/customers/merges", HamsafarTest.ADMIN_KEY, Api.json(Map.of("survivorId", survivor, "mergedId", merged)));

        api.delete("/api/v1/customers/" + survivor + "?mode=delete", HamsafarTest.ADMIN_KEY);

        assertThat(jdbc.sql("SELECT COUNT(*) FROM customer WHERE id IN (:ids)").param("ids", List.of(survivor, merged)).query(Long.class).single())
                .isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM customer_merge WHERE survivor_id = :id").param("id", survivor).query(Long.class).single()).isZero();
    }

    @Test
    void anUnknownErasureModeIsRefused() {
        long id = customerWithHistory("PRIV-MODE", "mode@example.com");

        Api.Reply reply = api.delete("/api/v1/customers/" + id + "?mode=shred", HamsafarTest.ADMIN_KEY);

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.json().get("errors").get(0).get("field").asString()).isEqualTo("mode");
        assertThat(api.get("/api/v1/customers/" + id, HamsafarTest.ADMIN_KEY).json().get("erasedAt").isNull()).isTrue();
    }
}
