package org.hamsafar.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * One interaction that was just stored for the first time (duplicates are never reported):
 * {@code channel} and {@code touchpoint} are keys as stored ({@code touchpoint} may be null);
 * {@code sourceIdentity} is the identity the event named its customer by ("kind:value") and
 * {@code text} its free text, {@code value} its money value and {@code propertiesJson} its properties as a
 * JSON object (all may be null).
 */
public record RecordedInteraction(UUID eventId, long customerId, String type, String channel, String touchpoint,
                                  Instant occurredAt, String sourceIdentity, String text, BigDecimal value,
                                  String propertiesJson) {
}
