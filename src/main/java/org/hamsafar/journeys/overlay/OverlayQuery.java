package org.hamsafar.journeys.overlay;

import java.time.Duration;
import java.time.Instant;

/**
 * What to lay over a map: the map and its version (null: the latest), the period {@code [from, to)},
 * the window within which the next stage and a repeat contact count, and whose data: customers with
 * the tag {@code segment}, or with the linked persona's segment when {@code personaSegment} (and no
 * segment is given), or everyone.
 */
record OverlayQuery(long mapId, Integer version, Instant from, Instant to, Duration window, String segment, boolean personaSegment) {
}
