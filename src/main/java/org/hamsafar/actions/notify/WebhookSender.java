package org.hamsafar.actions.notify;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLSocketFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Posts one webhook delivery: the stored JSON body with the {@code Hamsafar-*} headers and its
 * signature. The host is resolved and its addresses checked ({@link WebhookUrlPolicy}) right before
 * each attempt, and the request goes to exactly those addresses ({@link PinnedHttpPost}): the name
 * is not looked up a second time, so it cannot be re-pointed at an internal address in between.
 * Redirects are not followed (a redirect could lead past the address check); any answer other than
 * 2xx, a timeout or a refused connection is a failed attempt. Timeouts:
 * {@code hamsafar.webhooks.connect-timeout} (PT5S) and {@code hamsafar.webhooks.request-timeout}
 * (PT10S, the whole exchange after connecting, TLS included).
 */
@Component
class WebhookSender {
    private static final int ANSWER_EXCERPT = 300;
    private final Duration connectTimeout;
    private final Duration requestTimeout;
    private final WebhookUrlPolicy urls;
    private final PinnedHttpPost http;

    @Autowired
    WebhookSender(WebhookUrlPolicy urls, @Value("${hamsafar.webhooks.connect-timeout:PT5S}") Duration connectTimeout,
                  @Value("${hamsafar.webhooks.request-timeout:PT10S}") Duration requestTimeout) {
        this(urls, connectTimeout, requestTimeout, defaultTls());
    }

    /** With the TLS of {@code tls} (its trusted certificates): for tests. */
    WebhookSender(WebhookUrlPolicy urls, Duration connectTimeout, Duration requestTimeout, SSLSocketFactory tls) {
        this.urls = urls;
        this.connectTimeout = connectTimeout;
        this.requestTimeout = requestTimeout;
        this.http = new PinnedHttpPost(tls, connectTimeout, requestTimeout);
    }

    private static SSLSocketFactory defaultTls() {
        try {
            // The JVM's trusted certificates (javax.net.ssl.trustStore when set), as any Java HTTP client uses.
            return SSLContext.getDefault().getSocketFactory();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("TLS is not available in this Java runtime", e);
        }
    }

    /** The longest one attempt can take. */
    Duration longestAttempt() {
        return requestTimeout.plus(connectTimeout);
    }

    AttemptOutcome send(WebhookEndpoint endpoint, Delivery delivery, int attempt, Instant now) {
        URI uri;
        try {
            uri = URI.create(endpoint.url());
        } catch (IllegalArgumentException e) {
            return AttemptOutcome.givenUp("url is not valid: " + e.getMessage());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
        if (uri.getHost() == null || !("http".equals(scheme) || "https".equals(scheme))) {
            return AttemptOutcome.givenUp("url is not an http or https URL with a host");
        }
        // Checked again now (the name may resolve elsewhere than when the endpoint was saved), and
        // the addresses that passed are the ones connected to.
        WebhookUrlPolicy.Checked checked = urls.check(uri.getHost());
        if (checked.problem().isPresent()) {
            return AttemptOutcome.failure(null, "url " + checked.problem().get());
        }
        long timestamp = now.getEpochSecond();
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json; charset=utf-8");
        headers.put("User-Agent", "Hamsafar-Webhooks/1");
        headers.put("Hamsafar-Event", delivery.eventType());
        headers.put("Hamsafar-Delivery", delivery.id().toString());
        headers.put("Hamsafar-Timestamp", Long.toString(timestamp));
        headers.put("Hamsafar-Attempt", Integer.toString(attempt));
        headers.put("Hamsafar-Signature", WebhookSignature.sign(endpoint.secret(), timestamp, delivery.body()));
        try {
            PinnedHttpPost.Answer answer = http.post(uri, checked.addresses(), headers,
                    delivery.body().getBytes(StandardCharsets.UTF_8), ANSWER_EXCERPT);
            int status = answer.status();
            if (status >= 200 && status < 300) {
                return AttemptOutcome.success(status);
            }
            if (status >= 300 && status < 400) {
                return AttemptOutcome.failure(status, "HTTP " + status + ": redirects are not followed (to "
                        + answer.headers().getOrDefault("location", "?") + ")");
            }
            String excerpt = new String(answer.bodyStart(), StandardCharsets.UTF_8).replaceAll("\\s+", " ").strip();
            return AttemptOutcome.failure(status, "HTTP " + status + (excerpt.isEmpty() ? "" : ": " + excerpt));
        } catch (SocketTimeoutException e) {
            return AttemptOutcome.failure(null, "timed out: " + e.getMessage());
        } catch (SSLException e) {
            return AttemptOutcome.failure(null, "TLS failed: " + e.getMessage());
        } catch (IOException e) {
            return AttemptOutcome.failure(null, "connection failed: " + e.getMessage());
        }
    }
}
