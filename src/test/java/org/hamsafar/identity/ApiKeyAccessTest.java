package org.hamsafar.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.hamsafar.support.Api;
import org.hamsafar.support.HamsafarTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@Tag("store")
@HamsafarTest
class ApiKeyAccessTest {
    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    private String createKey(String name, String... scopes) {
        Api.Reply reply = api.post("/api/v1/api-keys", HamsafarTest.ADMIN_KEY,
                Api.json(Map.of("name", name, "scopes", List.of(scopes))));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json().get("secret").asString();
    }

    @Test
    void requestWithoutKeyIsRefusedWith401Problem() {
        Api.Reply reply = api.get("/api/v1/audit", null);

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().get("status").asInt()).isEqualTo(401);
        assertThat(reply.json().get("detail").asString()).contains("API key");
        assertThat(reply.header("WWW-Authenticate")).startsWith("Bearer");
    }

    @Test
    void unknownKeyIsRefusedWith401Problem() {
        Api.Reply reply = api.get("/api/v1/audit", "hs_not_a_real_key_at_all_000000");

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().get("type").asString()).isEqualTo("/problems/unauthorized");
    }

    @Test
    void keyWithoutTheScopeIsRefusedWith403NamingTheScope() {
        String readKey = createKey("reader", "read");
        String ingestKey = createKey("collector", "ingest");

        Api.Reply readOnAdmin = api.get("/api/v1/audit", readKey);
        Api.Reply ingestOnRead = api.get("/api/v1/not-yet-a-resource", ingestKey);

        assertThat(readOnAdmin.status()).isEqualTo(403);
        assertThat(readOnAdmin.contentType()).startsWith("application/problem+json");
        assertThat(readOnAdmin.json().get("detail").asString()).contains("admin");
        assertThat(ingestOnRead.status()).isEqualTo(403);
        assertThat(ingestOnRead.json().get("detail").asString()).contains("read");
    }

    @Test
    void createdKeyShowsItsSecretOnceAndStoresOnlyAHash() {
        Api.Reply created = api.post("/api/v1/api-keys", HamsafarTest.ADMIN_KEY,
                Api.json(Map.of("name", "warehouse sync", "scopes", List.of("read", "ingest"),
                        "allowedOrigins", List.of("https://shop.example.com"))));
        String secret = created.json().get("secret").asString();
        String id = created.json().get("id").asString();

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("Location")).isEqualTo("/api/v1/api-keys/" + id);
        assertThat(secret).startsWith("hs_").hasSizeGreaterThan(40);
        assertThat(created.json().get("scopes").valueStream().map(JsonNode::asString).toList())
                .containsExactlyInAnyOrder("read", "ingest");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM api_key WHERE secret_hash = :s OR prefix = :s OR name = :s")
                .param("s", secret).query(Long.class).single()).isZero();
        JsonNode listed = api.get("/api/v1/api-keys", HamsafarTest.ADMIN_KEY).json();
        JsonNode mine = listed.valueStream().filter(k -> k.get("id").asString().equals(id)).findFirst().orElseThrow();
        assertThat(mine.has("secret")).isFalse();
        assertThat(mine.get("prefix").asString()).isEqualTo(secret.substring(0, 10));
        assertThat(mine.get("allowedOrigins").get(0).asString()).isEqualTo("https://shop.example.com");
        assertThat(api.get("/api/v1/not-yet-a-resource", secret).status()).isEqualTo(404);
    }

    @Test
    void revokedKeyStopsWorkingAndBothChangesAreAudited() {
        Api.Reply created = api.post("/api/v1/api-keys", HamsafarTest.ADMIN_KEY,
                Api.json(Map.of("name", "temporary admin", "scopes", List.of("admin"))));
        String secret = created.json().get("secret").asString();
        String id = created.json().get("id").asString();
        assertThat(api.get("/api/v1/audit", secret).status()).isEqualTo(200);

        Api.Reply revoked = api.delete("/api/v1/api-keys/" + id, HamsafarTest.ADMIN_KEY);

        assertThat(revoked.status()).isEqualTo(204);
        assertThat(api.get("/api/v1/audit", secret).status()).isEqualTo(401);
        JsonNode audit = api.get("/api/v1/audit?limit=100", HamsafarTest.ADMIN_KEY).json().get("items");
        List<String> targets = audit.valueStream()
                .filter(e -> e.get("target").asString("").equals("api_key:" + id))
                .map(e -> e.get("action").asString()).toList();
        assertThat(targets).containsExactly("api_key_revoked", "api_key_created");
        JsonNode revocation = audit.valueStream().filter(e -> e.get("action").asString().equals("api_key_revoked")).findFirst().orElseThrow();
        assertThat(revocation.get("actor").asString()).startsWith("key:bootstrap");
        assertThat(revocation.get("remoteAddress").asString()).isEqualTo("127.0.0.1");
    }

    @Test
    void revokingAnUnknownKeyIs404() {
        Api.Reply reply = api.delete("/api/v1/api-keys/6c6f54d8-0868-4cb9-8103-166f6c6f11d2", HamsafarTest.ADMIN_KEY);

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.contentType()).startsWith("application/problem+json");
    }

    @Test
    void invalidKeyRequestNamesEveryBadField() {
        Api.Reply reply = api.post("/api/v1/api-keys", HamsafarTest.ADMIN_KEY,
                Api.json(Map.of("name", " ", "scopes", List.of("read", "write"), "allowedOrigins", List.of("javascript:alert(1)"))));

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.json().get("errors").valueStream().map(e -> e.get("field").asString()).toList())
                .containsExactly("name", "scopes[1]", "allowedOrigins[0]");
    }

    @Test
    void auditIsPagedWithACursor() {
        for (int i = 0; i < 3; i++) {
            createKey("paging " + i, "read");
        }
        JsonNode first = api.get("/api/v1/audit?limit=2", HamsafarTest.ADMIN_KEY).json();
        String cursor = first.get("nextCursor").asString();
        JsonNode second = api.get("/api/v1/audit?limit=2&cursor=" + cursor, HamsafarTest.ADMIN_KEY).json();

        long lastOfFirst = first.get("items").get(1).get("id").asLong();
        assertThat(first.get("items").size()).isEqualTo(2);
        assertThat(second.get("items").get(0).get("id").asLong()).isLessThan(lastOfFirst);
        assertThat(api.get("/api/v1/audit?limit=0", HamsafarTest.ADMIN_KEY).status()).isEqualTo(422);
        assertThat(api.get("/api/v1/audit?cursor=%21%21", HamsafarTest.ADMIN_KEY).status()).isEqualTo(422);
    }
}
