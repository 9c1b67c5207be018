package org.hamsafar.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
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
import org.springframework.test.context.TestPropertySource;

/** Bad input of every kind gets a clear 4xx problem+json, and nothing is half-written. */
@Tag("store")
@HamsafarTest
@TestPropertySource(properties = "hamsafar.api.max-request-bytes=20000")
class ApiProblemResponsesTest {
    private static final String KEYS = "/api/v1/api-keys";
    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    private long keyCount() {
        return jdbc.sql("SELECT COUNT(*) FROM api_key").query(Long.class).single();
    }

    private static void assertProblem(Api.Reply reply, int status) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().get("status").asInt()).isEqualTo(status);
        assertThat(reply.json().get("title").asString()).isNotBlank();
        assertThat(reply.json().get("detail").asString()).isNotBlank();
        assertThat(reply.body()).doesNotContain("Exception", "at org.", "at java.");
    }

    @Test
    void malformedJsonIs400() {
        long before = keyCount();
        Api.Reply reply = api.post(KEYS, HamsafarTest.ADMIN_KEY, "{\"name\": \"x\", \"scopes\": [\"read\"");

        assertProblem(reply, 400);
        assertThat(reply.json().get("type").asString()).isEqualTo("/problems/malformed-json");
        assertThat(reply.json().get("detail").asString()).contains("line 1");
        assertThat(keyCount()).isEqualTo(before);
    }

    @Test
    void wrongContentTypeIs415() {
        Api.Reply reply = api.send(KEYS, HamsafarTest.ADMIN_KEY, "POST", "text/plain", "name=x".getBytes(StandardCharsets.UTF_8));

        assertProblem(reply, 415);
        assertThat(reply.json().get("detail").asString()).contains("application/json");
    }

    @Test
    void oversizedBodyIs413AndNothingIsStored() {
        long before = keyCount();
        String huge = Api.json(Map.of("name", "x".repeat(30_000), "scopes", List.of("read")));

        Api.Reply reply = api.post(KEYS, HamsafarTest.ADMIN_KEY, huge);

        assertProblem(reply, 413);
        assertThat(keyCount()).isEqualTo(before);
    }

    @Test
    void chunkedOversizedBodyIs413() {
        byte[] body = ("{\"name\":\"" + "y".repeat(30_000) + "\",\"scopes\":[\"read\"]}").getBytes(StandardCharsets.UTF_8);
        java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + port + KEYS))
                .header("Authorization", "Bearer " + HamsafarTest.ADMIN_KEY).header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body)))
                .build();

        int status;
        try {
            status = java.net.http.HttpClient.newHttpClient().send(request, java.net.http.HttpResponse.BodyHandlers.ofString()).statusCode();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }

        assertThat(status).isEqualTo(413);
    }

    @Test
    void fieldOfTheWrongTypeIs400NamingTheField() {
        Api.Reply reply = api.post(KEYS, HamsafarTest.ADMIN_KEY, "{\"name\": 42, \"scopes\": [\"read\"]}");

        assertProblem(reply, 400);
        assertThat(reply.json().get("errors").get(0).get("field").asString()).isEqualTo("name");
        assertThat(reply.json().get("errors").get(0).get("message").asString()).isEqualTo("must be a string");
    }

    @Test
    void nestedFieldOfTheWrongTypeNamesItsPath() {
        Api.Reply reply = api.post(KEYS, HamsafarTest.ADMIN_KEY, "{\"name\": \"x\", \"scopes\": [\"read\", {\"a\": 1}]}");

        assertProblem(reply, 400);
        assertThat(reply.json().get("errors").get(0).get("field").asString()).isEqualTo("scopes[1]");
    }

    @Test
    void unknownFieldIs400NamingTheField() {
        Api.Reply reply = api.post(KEYS, HamsafarTest.ADMIN_KEY, "{\"name\": \"x\", \"scopes\": [\"read\"], \"expires\": 7}");

        assertProblem(reply, 400);
        assertThat(reply.json().get("errors").get(0).get("field").asString()).isEqualTo("expires");
    }

    @Test
    void nonUtf8BytesAre400() {
        byte[] latin1 = "{\"name\": \"caf\u00e9\", \"scopes\": [\"read\"]}".getBytes(StandardCharsets.ISO_8859_1);

        Api.Reply reply = api.send(KEYS, HamsafarTest.ADMIN_KEY, "POST", "application/json", latin1);

        assertProblem(reply, 400);
        assertThat(reply.json().get("detail").asString()).contains("UTF-8");
    }

    @Test
    void unknownRouteIs404Problem() {
        Api.Reply reply = api.get("/api/v1/no-such-thing", HamsafarTest.ADMIN_KEY);

        assertProblem(reply, 404);
        assertThat(reply.json().get("instance").asString()).isEqualTo("/api/v1/no-such-thing");
    }

    @Test
    void wrongMethodIs405Problem() {
        Api.Reply reply = api.send("/api/v1/audit", HamsafarTest.ADMIN_KEY, "PUT", "application/json", "{}".getBytes(StandardCharsets.UTF_8));

        assertProblem(reply, 405);
    }

    @Test
    void malformedPathParameterIs400Problem() {
        Api.Reply reply = api.delete(KEYS + "/not-a-uuid", HamsafarTest.ADMIN_KEY);

        assertProblem(reply, 400);
        assertThat(reply.json().get("errors").get(0).get("field").asString()).isEqualTo("id");
    }

    @Test
    void emptyBodyIs400() {
        Api.Reply reply = api.send(KEYS, HamsafarTest.ADMIN_KEY, "POST", "application/json", new byte[0]);

        assertProblem(reply, 400);
    }
}
