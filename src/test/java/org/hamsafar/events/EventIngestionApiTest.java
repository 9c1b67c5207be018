package org.hamsafar.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
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

@Tag("store")
@HamsafarTest
class EventIngestionApiTest {
    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    private static Map<String, Object> event(String id, String externalId) {
        Map<String, Object> event = new LinkedHashMap<>();
        if (id != null) {
            event.put("id", id);
        }
        event.put("type", "page_view");
        event.put("occurredAt", "2026-05-01T10:15:30+03:30");
        event.put("channel", "web");
        event.put("customer", Map.of("externalId", externalId));
        return event;
    }

    private long storedWithClientId(String clientId) {
        return jdbc.sql("SELECT COUNT(*) FROM interaction_event WHERE client_id = :id").param("id", clientId).query(Long.class).single();
    }

    private Api.Reply post(Object body) {
        return api.post("/api/v1/events", HamsafarTest.ADMIN_KEY, Api.json(body));
    }

    @Test
    void aSingleEventIsStoredOnANewProfile() {
        Api.Reply reply = post(event("single-1", "EXT-single"));

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.json().get("accepted").asLong()).isEqualTo(1);
        assertThat(reply.json().get("rejected").size()).isZero();
        long customerId = jdbc.sql("SELECT customer_id FROM customer_identity WHERE kind = 'external_id' AND value = 'EXT-single'")
                .query(Long.class).single();
        assertThat(jdbc.sql("SELECT customer_id FROM interaction_event WHERE client_id = 'single-1'").query(Long.class).single())
                .isEqualTo(customerId);
        assertThat(jdbc.sql("SELECT occurred_at FROM interaction_event WHERE client_id = 'single-1'")
                .query(java.time.LocalDateTime.class).single()).isEqualTo(java.time.LocalDateTime.of(2026, 5, 1, 6, 45, 30));
    }

    @Test
    void aBatchKeepsTheGoodEventsAndNamesEachBadOne() {
        Map<String, Object> badChannel = event("batch-bad-1", "EXT-batch");
        badChannel.put("channel", "fax");
        Map<String, Object> noCustomer = event("batch-bad-2", "EXT-batch");
        noCustomer.remove("customer");
        Map<String, Object> noOffset = event("batch-bad-3", "EXT-batch");
        noOffset.put("occurredAt", "2026-05-01T10:15:30");
        Map<String, Object> future = event("batch-bad-4", "EXT-batch");
        future.put("occurredAt", Instant.now().plus(3, ChronoUnit.DAYS).toString());
        Map<String, Object> wrongValue = event("batch-bad-5", "EXT-batch");
        wrongValue.put("value", "twelve");
        wrongValue.put("currency", "IRR");
        Map<String, Object> longText = event("batch-bad-6", "EXT-batch");
        longText.put("text", "x".repeat(10_001));
        Map<String, Object> badEmail = event("batch-bad-7", "EXT-batch");
        badEmail.put("customer", Map.of("email", "not-an-email"));
        List<Object> batch = List.of(event("batch-good-1", "EXT-batch"), badChannel, noCustomer, noOffset, future, wrongValue,
                longText, badEmail, event("batch-good-2", "EXT-batch"), "not an object");

        Api.Reply reply = post(batch);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("accepted").asLong()).isEqualTo(2);
        Map<Integer, String> firstField = new LinkedHashMap<>();
        reply.json().get("rejected").forEach(r -> firstField.put(r.get("index").asInt(), r.get("errors").get(0).get("field").asString()));
        assertThat(firstField).containsExactly(Map.entry(1, "channel"), Map.entry(2, "customer"), Map.entry(3, "occurredAt"),
                Map.entry(4, "occurredAt"), Map.entry(5, "value"), Map.entry(6, "text"), Map.entry(7, "customer.email"),
                Map.entry(9, "event"));
        assertThat(storedWithClientId("batch-good-1") + storedWithClientId("batch-good-2")).isEqualTo(2);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM interaction_event WHERE client_id LIKE 'batch-bad-%'").query(Long.class).single()).isZero();
    }

    @Test
    void aRepeatedIdIsADuplicateStoredOnce() {
        List<Object> batch = List.of(event("dup-1", "EXT-dup"), event("dup-2", "EXT-dup"), event("dup-1", "EXT-dup"));

        Api.Reply first = post(batch);
        Api.Reply retry = post(batch);

        assertThat(first.json().get("accepted").asLong()).isEqualTo(2);
        assertThat(first.json().get("duplicates").asLong()).isEqualTo(1);
        assertThat(retry.json().get("accepted").asLong()).isZero();
        assertThat(retry.json().get("duplicates").asLong()).isEqualTo(3);
        assertThat(storedWithClientId("dup-1")).isEqualTo(1);
    }

    @Test
    void anEventStoredWithoutPassingTheIdFilterIsStillADuplicateAndTheRestOfTheBatchIsKept() {
        assertThat(post(event("behind-0", "EXT-behind")).json().get("accepted").asLong()).isEqualTo(1);
        long customerId = jdbc.sql("SELECT customer_id FROM interaction_event WHERE client_id = 'behind-0'").query(Long.class).single();
        // Written behind the writer's back, so the embedded store's filter of stored ids has not seen it.
        jdbc.sql("""
                INSERT INTO interaction_event (id, client_id, customer_id, type, channel, occurred_at, received_at)
                VALUES (CAST(:id AS UUID), 'behind-1', :customer, 'page_view', 'web', TIMESTAMP '2026-05-01 06:45:30', TIMESTAMP '2026-05-01 06:45:31')
                """).param("id", NewEvent.idFor("behind-1").toString()).param("customer", customerId).update();

        Api.Reply reply = post(List.of(event("behind-2", "EXT-behind"), event("behind-1", "EXT-behind"), event("behind-3", "EXT-behind")));

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.json().get("accepted").asLong()).isEqualTo(2);
        assertThat(reply.json().get("duplicates").asLong()).isEqualTo(1);
        assertThat(List.of(storedWithClientId("behind-1"), storedWithClientId("behind-2"), storedWithClientId("behind-3")))
                .containsExactly(1L, 1L, 1L);
    }

    @Test
    void ndjsonIsAcceptedLineByLineAndABadLineIsRejectedAlone() {
        String body = Api.json(event("nd-1", "EXT-nd")) + "\n{not json}\n\n" + Api.json(event("nd-2", "EXT-nd")) + "\n";

        Api.Reply reply = api.send("/api/v1/events", HamsafarTest.ADMIN_KEY, "POST", "application/x-ndjson",
                body.getBytes(StandardCharsets.UTF_8));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("accepted").asLong()).isEqualTo(2);
        assertThat(reply.json().get("rejected").get(0).get("index").asInt()).isEqualTo(1);
        assertThat(reply.json().get("rejected").get(0).get("errors").get(0).get("message").asString()).startsWith("not valid JSON");
    }

    @Test
    void moneyKeepsItsExactDecimals() {
        Map<String, Object> purchase = event("money-1", "EXT-money");
        purchase.put("type", "purchase");
        purchase.put("value", new java.math.BigDecimal("1234567.8901"));
        purchase.put("currency", "IRR");

        post(purchase);

        assertThat(jdbc.sql("SELECT value FROM interaction_event WHERE client_id = 'money-1'").query(java.math.BigDecimal.class).single())
                .isEqualByComparingTo("1234567.8901");
    }

    @Test
    void propertiesAreLimitedInDepthAndSize() {
        Map<String, Object> deep = event("props-deep", "EXT-props");
        deep.put("properties", Map.of("a", Map.of("b", Map.of("c", Map.of("d", Map.of("e", Map.of("f", 1)))))));
        Map<String, Object> wide = event("props-wide", "EXT-props");
        Map<String, Object> many = new LinkedHashMap<>();
        for (int i = 0; i < 201; i++) {
            many.put("k" + i, i);
        }
        wide.put("properties", many);
        Map<String, Object> fine = event("props-fine", "EXT-props");
        fine.put("properties", Map.of("sku", "A-1", "items", 2, "tags", List.of("new", "sale")));

        Api.Reply reply = post(List.of(deep, wide, fine));

        assertThat(reply.json().get("accepted").asLong()).isEqualTo(1);
        assertThat(reply.json().get("rejected").get(0).get("errors").get(0).get("message").asString()).contains("5 levels");
        assertThat(reply.json().get("rejected").get(1).get("errors").get(0).get("message").asString()).contains("200 keys");
        String stored = jdbc.sql("SELECT properties FROM interaction_event WHERE client_id = 'props-fine'").query(String.class).single();
        assertThat(stored).contains("\"sku\":\"A-1\"", "\"items\":2");
    }

    @Test
    void aBatchWithNothingStorableIs422WithTheReasons() {
        Map<String, Object> bad = event("all-bad", "EXT-bad");
        bad.put("type", "Not A Key");

        Api.Reply reply = post(List.of(bad));

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().get("rejected").get(0).get("errors").get(0).get("field").asString()).isEqualTo("type");
    }

    @Test
    void moreThanTenThousandEventsIs413AndNothingIsStored() {
        List<Object> batch = new ArrayList<>();
        for (int i = 0; i < 10_001; i++) {
            batch.add(event("big-" + i, "EXT-big"));
        }

        Api.Reply reply = post(batch);

        assertThat(reply.status()).isEqualTo(413);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM interaction_event WHERE client_id LIKE 'big-%'").query(Long.class).single()).isZero();
    }

    @Test
    void malformedJsonIs400() {
        Api.Reply reply = api.post("/api/v1/events", HamsafarTest.ADMIN_KEY, "[{\"type\": \"x\",");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("type").asString()).isEqualTo("/problems/malformed-json");
    }

    @Test
    void anUnknownProfileIdIsRejectedWithoutStoringTheEvent() {
        Map<String, Object> unknown = event("unknown-profile", "ignored");
        unknown.put("customer", Map.of("customerId", 987_654_321L));

        Api.Reply reply = post(List.of(unknown, event("known-profile", "EXT-known")));

        assertThat(reply.json().get("accepted").asLong()).isEqualTo(1);
        assertThat(reply.json().get("rejected").get(0).get("errors").get(0).get("field").asString()).isEqualTo("customer.customerId");
        assertThat(storedWithClientId("unknown-profile")).isZero();
    }

    @Test
    void anIngestKeyMayPostEventsButNotReadThem() {
        String ingest = api.post("/api/v1/api-keys", HamsafarTest.ADMIN_KEY,
                Api.json(Map.of("name", "collector", "scopes", List.of("ingest")))).json().get("secret").asString();

        Api.Reply posted = api.post("/api/v1/events", ingest, Api.json(event("ingest-key-1", "EXT-ingest")));
        Api.Reply read = api.get("/api/v1/customers", ingest);

        assertThat(posted.status()).isEqualTo(200);
        assertThat(read.status()).isEqualTo(403);
    }

    @Test
    void aBrowserOriginMustBeAllowedByTheKey() {
        JsonNode created = api.post("/api/v1/api-keys", HamsafarTest.ADMIN_KEY, Api.json(Map.of("name", "shop site",
                "scopes", List.of("ingest"), "allowedOrigins", List.of("https://shop.example.com")))).json();
        String key = created.get("secret").asString();

        Api.Reply allowed = withOrigin("https://shop.example.com", key, event("origin-ok", "EXT-origin"));
        Api.Reply refused = withOrigin("https://evil.example.com", key, event("origin-evil", "EXT-origin"));

        assertThat(allowed.status()).isEqualTo(200);
        assertThat(allowed.header("Access-Control-Allow-Origin")).isEqualTo("https://shop.example.com");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(storedWithClientId("origin-evil")).isZero();
    }

    private Api.Reply withOrigin(String origin, String key, Object body) {
        return api.send("/api/v1/events", key, "POST", "application/json", Api.json(body).getBytes(StandardCharsets.UTF_8),
                Map.of("Origin", origin));
    }
}
