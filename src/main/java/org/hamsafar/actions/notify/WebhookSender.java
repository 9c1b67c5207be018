package org.hamsafar.actions.notify;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Posts one webhook delivery: the stored JSON body with the {@code Hamsafar-*} headers and its
 * signature. Redirects are not followed (a redirect could lead past the address check); any
 * answer other than 2xx, a timeout or a refused connection is a failed attempt. Timeouts:
 * {@code hamsafar.webhooks.connect-timeout} (PT5S) and {@code hamsafar.webhooks.request-timeout}
 * (PT10S, the whole exchange).
 */
@Component
class WebhookSender {
    private static final int ANSWER_EXCERPT = 300;
    private final HttpClient client;
    private final Duration requestTimeout;
    private final WebhookUrlPolicy urls;

    WebhookSender(WebhookUrlPolicy urls, @Value("${hamsafar.webhooks.connect-timeout:PT5S}") Duration connectTimeout,
                  @Value("${hamsafar.webhooks.request-timeout:PT10S}") Duration requestTimeout) {
        this.urls = urls;
        this.requestTimeout = requestTimeout;
        this.client = HttpClient.newBuilder().connectTimeout(connectTimeout).followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1).build();
    }

    /** The longest one attempt can take. */
    Duration longestAttempt() {
        return requestTimeout.plus(client.connectTimeout().orElse(Duration.ZERO));
    }

    AttemptOutcome send(WebhookEndpoint endpoint, Delivery delivery, int attempt, Instant now) {
        URI uri;
        try {
            uri = URI.create(endpoint.url());
        } catch (IllegalArgumentException e) {
            return AttemptOutcome.givenUp("url is not valid: " + e.getMessage());
        }
        // Checked again now: the name may resolve elsewhere than when the endpoint was saved.
        Optional<String> refused = urls.addressProblem(uri.getHost());
        if (refused.isPresent()) {
            return AttemptOutcome.failure(null, "url " + refused.get());
        }
        long timestamp = now.getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(requestTimeout)
                .header("Content-Type", "application/json; charset=utf-8")
                .header("User-Agent", "Hamsafar-Webhooks/1")
                .header("Hamsafar-Event", delivery.eventType())
                .header("Hamsafar-Delivery", delivery.id().toString())
                .header("Hamsafar-Timestamp", Long.toString(timestamp))
                .header("Hamsafar-Attempt", Integer.toString(attempt))
                .header("Hamsafar-Signature", WebhookSignature.sign(endpoint.secret(), timestamp, delivery.body()))
                .POST(HttpRequest.BodyPublishers.ofString(delivery.body(), StandardCharsets.UTF_8))
                .build();
        try {
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            String excerpt = excerpt(response.body());
            int status = response.statusCode();
            if (status >= 200 && status < 300) {
                return AttemptOutcome.success(status);
            }
            if (status >= 300 && status < 400) {
                return AttemptOutcome.failure(status, "HTTP " + status + ": redirects are not followed (to "
                        + response.headers().firstValue("Location").orElse("?") + ")");
            }
            return AttemptOutcome.failure(status, "HTTP " + status + (excerpt.isEmpty() ? "" : ": " + excerpt));
        } catch (HttpTimeoutException e) {
            return AttemptOutcome.failure(null, "timed out: " + e.getMessage());
        } catch (IOException e) {
            return AttemptOutcome.failure(null, "connection failed: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return AttemptOutcome.failure(null, "interrupted (the server is stopping)");
        }
    }

    /** The start of the answer, for the delivery's last error; the rest is not read. */
    private static String excerpt(InputStream body) throws IOException {
        try (body) {
            byte[] start = body.readNBytes(ANSWER_EXCERPT);
            return new String(start, StandardCharsets.UTF_8).replaceAll("\\s+", " ").strip();
        }
    }
}
