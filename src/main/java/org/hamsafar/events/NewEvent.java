package org.hamsafar.events;

import java.math.BigDecimal;
import java.time.Instant;
import org.hamsafar.shared.Channel;

/**
 * An interaction to store, already resolved to a customer. {@code id} makes storage idempotent: an
 * event whose id is already stored is a duplicate and is not stored again. {@code sourceIdentity}
 * is the identity the event named its customer by ("kind:value"); {@code propertiesJson} a JSON
 * object as text, or null.
 */
public record NewEvent(String id, long customerId, String sourceIdentity, String type, Channel channel, String touchpoint,
                       Instant occurredAt, String sessionId, BigDecimal value, String currency, String text,
                       String propertiesJson) {
    public NewEvent {
        if (id == null || type == null || channel == null || occurredAt == null) {
            throw new IllegalArgumentException("An event needs an id, a type, a channel and a time");
        }
    }
}
