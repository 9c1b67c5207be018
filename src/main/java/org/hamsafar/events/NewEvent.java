package org.hamsafar.events;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.hamsafar.shared.Channel;

/**
 * An interaction to store, already resolved to a customer. {@code id} makes storage idempotent: an
 * event whose id is already stored is a duplicate and is not stored again; for an event the client
 * named ({@code clientId}) it is derived from that name ({@link #idFor}), so that a resent event
 * finds its twin. {@code sourceIdentity} is the identity the event named its customer by
 * ("kind:value"); {@code propertiesJson} a JSON object as text, or null.
 */
public record NewEvent(UUID id, String clientId, long customerId, String sourceIdentity, String type, Channel channel,
                       String touchpoint, Instant occurredAt, String sessionId, BigDecimal value, String currency,
                       String text, String propertiesJson) {
    public NewEvent {
        if (id == null || type == null || channel == null || occurredAt == null) {
            throw new IllegalArgumentException("An event needs an id, a type, a channel and a time");
        }
    }

    /** The stored id of the event a client calls {@code clientId}: a name-based (RFC 4122 version 3) UUID. */
    public static UUID idFor(String clientId) {
        return UUID.nameUUIDFromBytes(("event:" + clientId).getBytes(StandardCharsets.UTF_8));
    }
}
