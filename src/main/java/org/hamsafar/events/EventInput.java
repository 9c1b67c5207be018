package org.hamsafar.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.hamsafar.customers.IdentityClaim;
import org.hamsafar.shared.Channel;

/**
 * A validated incoming event, before its customer is resolved. {@code id} is the client's id
 * (null when it sent none); {@code storedId} the key it is stored under (derived from the client's
 * id, or random); {@code propertiesJson} a compact JSON object or null.
 */
public record EventInput(String id, String type, Instant occurredAt, Channel channel, String touchpoint,
                         IdentityClaim customer, String sessionId, BigDecimal value, String currency, String text,
                         String propertiesJson, UUID storedId) {

    /** The same event, its customer claim marked as coming from a source anyone may imitate. */
    public EventInput untrusted() {
        return new EventInput(id, type, occurredAt, channel, touchpoint, customer.untrusted(), sessionId, value, currency,
                text, propertiesJson, storedId);
    }
}
