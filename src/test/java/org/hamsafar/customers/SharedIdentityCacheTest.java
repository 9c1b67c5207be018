package org.hamsafar.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hamsafar.shared.store.SqlDialect;
import org.hamsafar.support.Api;
import org.hamsafar.support.HamsafarTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * On PostgreSQL several instances may write, so cached owners of identities are only used while
 * the store's ownership version is the one they were cached for; another instance's merge raises it.
 */
@Tag("store")
@HamsafarTest
class SharedIdentityCacheTest {
    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SqlDialect dialect;
    @Autowired
    IdentityCache cache;
    @Autowired
    IdentityOwnershipVersion version;

    private void send(Api api, String id, Map<String, Object> customer) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("id", id);
        event.put("type", "page_view");
        event.put("occurredAt", "2026-05-02T10:00:00Z");
        event.put("channel", "web");
        event.put("customer", customer);
        Api.Reply reply = api.post("/api/v1/events", HamsafarTest.ADMIN_KEY, Api.json(List.of(event)));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.json().get("accepted").asLong()).isEqualTo(1);
    }

    private long ownerOfEvent(String clientId) {
        return jdbc.sql("SELECT customer_id FROM interaction_event WHERE client_id = :id").param("id", clientId).query(Long.class).single();
    }

    @Test
    void anotherInstancesChangeOfOwnersEmptiesTheCacheAndOwnMergesKeepIt() {
        assumeTrue(dialect == SqlDialect.POSTGRESQL, "the embedded store has one writing process");
        Api api = new Api(port);
        send(api, "shared-cache-1", Map.of("externalId", "SHARED-CACHE-X"));
        send(api, "shared-cache-b", Map.of("externalId", "SHARED-CACHE-B"));
        long first = ownerOfEvent("shared-cache-1");
        long other = ownerOfEvent("shared-cache-b");

        // Another instance gives the identity to the other profile...
        jdbc.sql("UPDATE customer_identity SET customer_id = :other WHERE kind = 'external_id' AND value = 'SHARED-CACHE-X'")
                .param("other", other).update();
        send(api, "shared-cache-2", Map.of("externalId", "SHARED-CACHE-X"));
        // ...this one still answers from its cache until that instance raises the version, as its merges do.
        jdbc.sql("UPDATE identity_ownership_version SET version = version + 1 WHERE id = 1").update();
        send(api, "shared-cache-3", Map.of("externalId", "SHARED-CACHE-X"));

        assertThat(ownerOfEvent("shared-cache-2")).isEqualTo(first);
        assertThat(ownerOfEvent("shared-cache-3")).isEqualTo(other);

        // This instance's own merge raises the version too, without emptying its own cache.
        long before = version.current();
        send(api, "shared-cache-c", Map.of("externalId", "SHARED-CACHE-C"));
        Api.Reply merge = api.post("/api/v1/customers/merges", HamsafarTest.ADMIN_KEY,
                Api.json(Map.of("survivorId", other, "mergedId", ownerOfEvent("shared-cache-c"))));
        assertThat(merge.status()).as(merge.body()).isIn(200, 201);
        assertThat(version.current()).isEqualTo(before + 1);
        assertThat(cache.validFor()).isEqualTo(before + 1);
    }
}
