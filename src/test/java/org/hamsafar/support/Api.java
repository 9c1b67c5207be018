package org.hamsafar.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small real HTTP client for API tests: JSON in, status + headers + parsed JSON out. */
public final class Api {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    public Api(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    public record Reply(int status, String contentType, String body, HttpResponse<byte[]> raw) {
        public JsonNode json() {
            return JSON.readTree(body);
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }
    }

    public Reply get(String path, String key) {
        return send(builder(path, key).GET().build());
    }

    /** A GET that accepts plain text, for endpoints such as the Prometheus scrape. */
    public Reply getText(String path, String key) {
        return send(builder(path, key).setHeader("Accept", "text/plain").GET().build());
    }

    public Reply delete(String path, String key) {
        return send(builder(path, key).DELETE().build());
    }

    public Reply post(String path, String key, String json) {
        return send(path, key, "POST", "application/json", json.getBytes(StandardCharsets.UTF_8));
    }

    public Reply patch(String path, String key, String json) {
        return send(path, key, "PATCH", "application/json", json.getBytes(StandardCharsets.UTF_8));
    }

    public Reply send(String path, String key, String method, String contentType, byte[] body) {
        return send(path, key, method, contentType, body, java.util.Map.of());
    }

    /** A request with extra headers, e.g. the Origin a browser would send. */
    public Reply send(String path, String key, String method, String contentType, byte[] body, java.util.Map<String, String> headers) {
        HttpRequest.Builder builder = builder(path, key).method(method, HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        headers.forEach(builder::header);
        return send(builder.build());
    }

    /** Gives the customer with external id {@code externalId} the tag {@code tag} (a segment's members carry its key). */
    public void tag(String externalId, String tag, String key) {
        Reply tagged = send("/api/v1/customers/" + customerId(externalId, key) + "/tags/" + tag, key, "PUT", null, new byte[0]);
        if (tagged.status() < 200 || tagged.status() > 204) {
            throw new AssertionError("tagging " + externalId + " with " + tag + ": " + tagged.status() + " " + tagged.body());
        }
    }

    /** The id of the customer whose external id is exactly {@code externalId} (the search also finds longer ids that start with it). */
    public long customerId(String externalId, String key) {
        for (JsonNode item : get("/api/v1/customers?limit=50&q=" + externalId, key).json().get("items")) {
            if (externalId.equals(item.get("externalId").asString())) {
                return item.get("id").asLong();
            }
        }
        throw new AssertionError("no customer " + externalId);
    }

        public static String json(Object value) {
        return JSON.writeValueAsString(value);
    }

    private HttpRequest.Builder builder(String path, String key) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json");
        if (key != null) {
            builder.header("Authorization", "Bearer " + key);
        }
        return builder;
    }

    private Reply send(HttpRequest request) {
        try {
            HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    new String(response.body(), StandardCharsets.UTF_8), response);
        } catch (IOException e) {
            throw new IllegalStateException("HTTP " + request.method() + " " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
