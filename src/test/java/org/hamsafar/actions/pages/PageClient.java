package org.hamsafar.actions.pages;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A signed-in dashboard session without JavaScript, like the support package's Browserless, that
 * can also send the headers htmx sends and post a field more than once (form rows). Redirects are
 * not followed, so that tests see them.
 */
final class PageClient {
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;

    PageClient(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    record Page(int status, String body, String location) {
    }

    /** Signs in and switches the dashboard to {@code language}. */
    static PageClient signedIn(int port, String username, String password, String language) {
        PageClient page = new PageClient(port);
        Page signIn = page.post("/login", List.of(Map.entry("username", username), Map.entry("password", password)), "/login");
        if (signIn.status() != 302 || signIn.location().contains("error")) {
            throw new IllegalStateException("Sign-in of " + username + " failed: " + signIn.location());
        }
        page.post("/preferences/language", List.of(Map.entry("lang", language), Map.entry("back", "/")), "/");
        return page;
    }

    Page get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html").GET().build());
    }

    Page post(String path, List<Map.Entry<String, String>> fields, String formPage) {
        return post(path, fields, formPage, Map.of());
    }

    /** Posts a form with the CSRF token read from {@code formPage} (null: without one) and extra headers. */
    Page post(String path, List<Map.Entry<String, String>> fields, String formPage, Map<String, String> headers) {
        StringBuilder form = new StringBuilder(fields.stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&")));
        if (formPage != null) {
            Matcher matcher = CSRF.matcher(get(formPage).body());
            if (!matcher.find()) {
                throw new IllegalStateException("No CSRF token on " + formPage);
            }
            form.append(form.isEmpty() ? "" : "&").append("_csrf=").append(encode(matcher.group(1)));
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.toString()));
        headers.forEach(request::header);
        return send(request.build());
    }

    static List<Map.Entry<String, String>> fields(String... namesAndValues) {
        List<Map.Entry<String, String>> out = new java.util.ArrayList<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            out.add(Map.entry(namesAndValues[i], namesAndValues[i + 1]));
        }
        return out;
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
