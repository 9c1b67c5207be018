package org.hamsafar.actions.notify;

import java.time.Instant;
import java.util.UUID;

/**
 * One row of the outbox: an e-mail to one address or a webhook event to one endpoint. {@code id}
 * is the idempotency key a webhook receiver sees on every attempt. While a worker sends it,
 * {@code claim} names that worker's claim and {@code nextAttemptAt} is when the claim lapses.
 * {@code customerId} is the customer the notification is about (null: none); {@code erasedAt} is
 * when its body was blanked because that customer was erased.
 */
record Delivery(UUID id, long seq, Channel channel, Long endpointId, String eventType, String recipient, String language,
                String subject, String body, DeliveryState state, int attempts, Instant createdAt, Instant nextAttemptAt,
                UUID claim, Instant lastAttemptAt, Integer lastStatus, String lastError, Instant deliveredAt, Instant deadAt,
                Long customerId, Instant erasedAt) {

    enum Channel {
        EMAIL, WEBHOOK;

        String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        static Channel fromKey(String key) {
            return valueOf(key.toUpperCase(java.util.Locale.ROOT));
        }
    }

    /** A new e-mail, due at once. */
    static Delivery email(UUID id, long seq, String kind, String address, String language, String subject, String text, Long customerId,
                          Instant now) {
        return new Delivery(id, seq, Channel.EMAIL, null, kind, address, language, subject, text, DeliveryState.PENDING, 0, now, now,
                null, null, null, null, null, null, customerId, null);
    }

    /** A new webhook delivery, due at once. */
    static Delivery webhook(UUID id, long seq, long endpointId, String eventType, String json, Long customerId, Instant now) {
        return new Delivery(id, seq, Channel.WEBHOOK, endpointId, eventType, null, null, null, json, DeliveryState.PENDING, 0, now,
                now, null, null, null, null, null, null, customerId, null);
    }
}
