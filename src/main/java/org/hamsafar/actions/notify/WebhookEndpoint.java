package org.hamsafar.actions.notify;

import java.time.Instant;
import java.util.List;

/** Where webhooks go: a URL, the event types it subscribes to, and the secret that signs what it receives. */
record WebhookEndpoint(long id, String url, List<String> events, String description, boolean enabled, String secret,
                       Instant createdAt, String createdBy, Instant updatedAt, String updatedBy) {

    WebhookEndpoint {
        events = List.copyOf(events);
    }

    boolean subscribesTo(String eventType) {
        return events.contains(eventType);
    }

    WebhookEndpoint changed(String newUrl, List<String> newEvents, String newDescription, boolean newEnabled, Instant now, String actor) {
        return new WebhookEndpoint(id, newUrl, newEvents, newDescription, newEnabled, secret, createdAt, createdBy, now, actor);
    }

    WebhookEndpoint withSecret(String newSecret, Instant now, String actor) {
        return new WebhookEndpoint(id, url, events, description, enabled, newSecret, createdAt, createdBy, now, actor);
    }
}
