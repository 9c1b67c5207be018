package org.hamsafar.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.hamsafar.support.Api;
import org.hamsafar.support.HamsafarTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Health is open; metrics need a key; the OpenAPI document and its UI are at /api/docs. */
@HamsafarTest
class OperationsEndpointsTest {
    @LocalServerPort
    int port;
    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    @Test
    void healthIsOpenAndUp() {
        Api.Reply reply = api.get("/actuator/health", null);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("status").asString()).isEqualTo("UP");
    }

    @Test
    void prometheusNeedsAReadKey() {
        String reader = api.post("/api/v1/api-keys", HamsafarTest.ADMIN_KEY,
                Api.json(Map.of("name", "metrics scraper", "scopes", List.of("read")))).json().get("secret").asString();

        Api.Reply anonymous = api.get("/actuator/prometheus", null);
        Api.Reply withKey = api.getText("/actuator/prometheus", reader);

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.contentType()).startsWith("application/problem+json");
        assertThat(withKey.status()).isEqualTo(200);
        assertThat(withKey.body()).contains("jvm_memory_used_bytes", "hikaricp_connections");
    }

    @Test
    void openApiDocumentDescribesTheApi() {
        Api.Reply reply = api.get("/api/docs/openapi.json", null);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("paths").has("/api/v1/api-keys")).isTrue();
        assertThat(reply.json().get("paths").has("/api/v1/audit")).isTrue();
        assertThat(reply.json().get("paths").has("/api/v1/users")).isTrue();
        assertThat(reply.json().get("components").get("securitySchemes").has("apiKey")).isTrue();
    }

    @Test
    void apiDocsUiIsServedWithoutSignIn() {
        Api.Reply entry = api.get("/api/docs", null);
        String location = entry.header("Location");
        Api.Reply ui = api.get(location.replaceFirst("^https?://[^/]+", ""), null);

        assertThat(entry.status()).isEqualTo(302);
        assertThat(ui.status()).isEqualTo(200);
        assertThat(ui.body()).contains("swagger-ui");
    }
}
