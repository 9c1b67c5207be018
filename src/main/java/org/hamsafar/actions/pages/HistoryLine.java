package org.hamsafar.actions.pages;

import java.time.Instant;

/**
 * A case history entry as the page shows it: {@code actorKind} (user, system, customer, rule, key or
 * other) and {@code actorName} say who in words, {@code change}, {@code from} and {@code to} what.
 */
public record HistoryLine(Instant at, String actorKind, String actorName, String change, String from, String to) {
}
