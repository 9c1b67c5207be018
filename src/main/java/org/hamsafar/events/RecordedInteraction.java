package org.hamsafar.events;

import java.time.Instant;
import java.util.UUID;

/**
 * One interaction that was just stored for the first time (duplicates are never reported):
 * {@code channel} and {@code touchpoint} are keys as stored ({@code touchpoint} may be null).
 */
public record RecordedInteraction(UUID eventId, long customerId, String type, String channel, String touchpoint,
                                  Instant occurredAt) {
}
