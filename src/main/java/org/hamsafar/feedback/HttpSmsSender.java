package org.hamsafar.feedback;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends SMS through a gateway that takes an HTTP POST: JSON {@code {"to", "text"[, "from"]}} or the
 * same as form fields, with an optional {@code Authorization} header. Any status but 2xx is a
 * failure naming the status. Configured by {@code hamsafar.sms.http.*} (see {@link SmsConfiguration}).
 */
class HttpSmsSender implements SmsSender {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(HttpSmsSender.class);
    enum Format { JSON, FORM }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration TIMEOUT = Duration.ofSeconds(15);
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final URI url;
    private final String authorization;
    private final String from;
    private final Format format;

    HttpSmsSender(URI url, String authorization, String from, Format format) {
        if (url == null || !("http".equals(url.getScheme()) || "https".equals(url.getScheme()))) {
            throw new IllegalArgumentException("hamsafar.sms.http.url must be an http(s) URL, not " + url);
        }
        this.url = url;
        this.authorization = authorization == null || authorization.isBlank() ? null : authorization;
        this.from = from == null || from.isBlank() ? null : from;
        this.format = format;
    }

    @Override
    public void send(String e164Phone, String text) throws SmsException {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("to", e164Phone);
        fields.put("text", text);
        if (from != null) {
            fields.put("from", from);
        }
        String body;
        String contentType;
        if (format == Format.JSON) {
            body = JSON.writeValueAsString(fields);
            contentType = "application/json";
        } else {
            body = fields.entrySet().stream()
                    .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            contentType = "application/x-www-form-urlencoded";
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(TIMEOUT)
                .header("Content-Type", contentType + "; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        HttpResponse<String> response;
        try {
            response = client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new SmsException("SMS gateway unreachable: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SmsException("interrupted while sending the SMS", e);
        }
        if (response.statusCode() / 100 != 2) {
            // The gateway's body is logged, not kept: it may echo the message, whose link is a secret,
            // and the reason is shown in invitation lists.
            LOG.warn("SMS gateway answered HTTP {}: {}", response.statusCode(), response.body());
            throw new SmsException("SMS gateway answered HTTP " + response.statusCode());
        }
    }
}
