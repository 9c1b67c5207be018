package org.hamsafar.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A cookie-keeping HTTP client that uses the dashboard like a browser without JavaScript: reads
 * pages, takes the CSRF token from the form, posts forms. Redirects are not followed, so that tests
 * can see them.
 */
public final class Browserless {
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;

    public Browserless(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    public record Page(int status, String body, String location) {
    }

    public Page get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html").GET().build());
    }

    /** Posts a form, with the CSRF token read from {@code formPage} (pass null to post without one). */
    public Page post(String path, Map<String, String> fields, String formPage) {
        StringBuilder form = new StringBuilder(fields.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue())).collect(Collectors.joining("&")));
        if (formPage != null) {
            Matcher matcher = CSRF.matcher(get(formPage).body());
            if (!matcher.find()) {
                throw new IllegalStateException("No CSRF token on " + formPage);
            }
            form.append(form.isEmpty() ? "" : "&").append("_csrf=").append(encode(matcher.group(1)));
        }
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.toString())).build());
    }

    public Page signIn(String username, String password) {
        return post("/login", Map.of("username", username, "password", password), "/login");
    }

    private Page send(HttpRequest request) {
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            return new Page(response.statusCode(), response.body(), response.headers().firstValue("Location").orElse(null));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
