package org.hamsafar.actions.notify;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/** The JSON shapes of webhook endpoints and deliveries in the API. */
final class DeliveryView {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private DeliveryView() {
    }

    /** An endpoint without its secret, with how many of its deliveries are in each state when given. */
    static Map<String, Object> endpoint(WebhookEndpoint e, Map<DeliveryState, Long> counts) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", e.id());
        out.put("url", e.url());
        out.put("events", e.events());
        out.put("description", e.description());
        out.put("enabled", e.enabled());
        out.put("createdAt", time(e.createdAt()));
        out.put("createdBy", e.createdBy());
        out.put("updatedAt", time(e.updatedAt()));
        out.put("updatedBy", e.updatedBy());
        if (counts != null) {
            Map<String, Object> deliveries = new LinkedHashMap<>();
            counts.forEach((state, n) -> deliveries.put(state.key(), n));
            out.put("deliveries", deliveries);
        }
        return out;
    }

    /** An endpoint with its secret: only the answers to creation and rotation. */
    static Map<String, Object> endpointWithSecret(WebhookEndpoint e) {
        Map<String, Object> out = endpoint(e, null);
        out.put("secret", e.secret());
        return out;
    }

    static Map<String, Object> delivery(Delivery d, int maxAttempts, List<DeliveryAttempt> attempts) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", d.id().toString());
        if (d.channel() == Delivery.Channel.WEBHOOK) {
            out.put("webhookId", d.endpointId());
            out.put("event", d.eventType());
        } else {
            out.put("kind", d.eventType());
            out.put("recipient", d.recipient());
            out.put("language", d.language());
            out.put("subject", d.subject());
        }
        out.put("state", d.state().key());
        out.put("attempts", d.attempts());
        out.put("maxAttempts", maxAttempts);
        out.put("createdAt", time(d.createdAt()));
        out.put("nextAttemptAt", d.state() == DeliveryState.PENDING ? time(d.nextAttemptAt()) : null);
        out.put("lastAttemptAt", time(d.lastAttemptAt()));
        out.put("lastStatus", d.lastStatus());
        out.put("lastError", d.lastError());
        out.put("deliveredAt", time(d.deliveredAt()));
        out.put("deadAt", time(d.deadAt()));
        out.put("customerId", d.customerId());
        // Set when the customer was erased: the payload or text below has been blanked.
        out.put("erasedAt", time(d.erasedAt()));
        if (d.channel() == Delivery.Channel.WEBHOOK) {
            out.put("payload", JSON.readTree(d.body()));
        } else {
            out.put("text", d.body());
        }
        if (attempts != null) {
            out.put("attemptLog", attempts.stream().map(a -> {
                Map<String, Object> attempt = new LinkedHashMap<>();
                attempt.put("attempt", a.attempt());
                attempt.put("at", time(a.attemptedAt()));
                attempt.put("durationMs", a.durationMs());
                attempt.put("status", a.status());
                attempt.put("error", a.error());
                return attempt;
            }).toList());
        }
        return out;
    }

    private static String time(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
