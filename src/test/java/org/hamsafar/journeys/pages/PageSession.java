package org.hamsafar.journeys.pages;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A signed-in dashboard session without JavaScript that can also send what htmx sends (the
 * {@code HX-Request} header), repeat a field (touchpoint rows) and upload a file. Redirects are
 * not followed, so that tests see them; response headers are kept (htmx's {@code HX-Trigger}).
 */
final class PageSession {
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    static final Map<String, String> HTMX = Map.of("HX-Request", "true");
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;

    private PageSession(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    record Page(int status, String body, String location, java.net.http.HttpHeaders headers) {
        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    /** Signs in and switches the dashboard to {@code language} (remembered with the account). */
    static PageSession signedIn(int port, String username, String password, String language) {
        PageSession session = new PageSession(port);
        Page signIn = session.post("/login", fields("username", username, "password", password), "/login");
        if (signIn.status() != 302 || signIn.location().contains("error")) {
            throw new IllegalStateException("Sign-in of " + username + " failed: " + signIn.location());
        }
        session.post("/preferences/language", fields("lang", language, "back", "/"), "/");
        return session;
    }

    static List<Map.Entry<String, String>> fields(String... namesAndValues) {
        List<Map.Entry<String, String>> out = new ArrayList<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            out.add(Map.entry(namesAndValues[i], namesAndValues[i + 1]));
        }
        return out;
    }

    Page get(String path) {
        return get(path, Map.of());
    }

    Page get(String path, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html").GET();
        headers.forEach(request::header);
        return send(request.build());
    }

    Page post(String path, List<Map.Entry<String, String>> fields, String formPage) {
        return post(path, fields, formPage, Map.of());
    }

    /** Posts a form with the CSRF token read from {@code formPage} and extra headers. */
    Page post(String path, List<Map.Entry<String, String>> fields, String formPage, Map<String, String> headers) {
        List<Map.Entry<String, String>> all = new ArrayList<>(fields);
        all.add(Map.entry("_csrf", csrf(formPage)));
        String form = all.stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue())).collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form));
        headers.forEach(request::header);
        return send(request.build());
    }

    /** Uploads {@code content} as the file field {@code file} of a multipart form. */
    Page upload(String path, String fileName, byte[] content, String formPage) {
        String boundary = "----hamsafar" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf(formPage) + "\r\n");
        write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/json\r\n\r\n");
        body.writeBytes(content);
        write(body, "\r\n--" + boundary + "--\r\n");
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
    }

    private String csrf(String formPage) {
        Matcher matcher = CSRF.matcher(get(formPage).body());
        if (!matcher.find()) {
            throw new IllegalStateException("No CSRF token on " + formPage);
        }
        return matcher.group(1);
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    private Page send(HttpRequest request) {
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Page(response.statusCode(), response.body(), response.headers().firstValue("Location").orElse(null), response.headers());
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
