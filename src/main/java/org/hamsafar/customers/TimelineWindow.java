package org.hamsafar.customers;

import java.time.Instant;

/**
 * Which entries a timeline source should return, newest first: at most {@code limit}, optionally
 * only on {@code channel}, and strictly after the previous page in (time desc, id desc) order:
 * with {@code before} null there is no bound; otherwise entries older than {@code before}, plus,
 * at exactly {@code before}, those with an id below {@code beforeId} (all of them when
 * {@code allAtBefore}).
 */
public record TimelineWindow(String channel, Instant before, String beforeId, boolean allAtBefore, int limit) {
}
