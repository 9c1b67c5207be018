package org.hamsafar.analytics.goals;

import java.time.Instant;

/**
 * A goal's metric measured over {@code [dataFrom, dataTo)}: its value (null when the window held no
 * answers or texts) and the answers, texts, events or cases it rests on; when and by whom recorded.
 */
public record GoalMeasurement(Instant dataFrom, Instant dataTo, Double value, long n, Instant recordedAt, String recordedBy) {
}
