package org.hamsafar.analytics.goals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A goal as the API and pages show it: what it says, its live value over the last
 * {@code windowDays} days ({@code current}), and how it stands.
 *
 * @param judgedValue the value the status rests on: the live value while the goal runs; after the
 *                    due date the value measured at the due date when one was recorded
 * @param progress    per cent of the way from baseline to target (null without a value)
 * @param expected    where a straight line from baseline to target says the value should be today
 * @param history     the recorded measurements, oldest first (the latest 52)
 */
public record GoalView(long id, String title, String description, Map<String, Object> metric, int windowDays, double baselineValue,
                       LocalDate baselineDate, double targetValue, LocalDate dueDate, String owner, Current current, Double judgedValue,
                       String status, Double progress, double expected, List<GoalMeasurement> history, Instant createdAt, String createdBy,
                       Instant updatedAt) {

    /** The metric over {@code [from, to)} measured just now: its value (null: no answers or texts) and the items it rests on. */
    public record Current(Double value, long n, Instant from, Instant to) {
    }

    /** The progress for a bar, clamped to 0..100. */
    public int progressBar() {
        return progress == null ? 0 : (int) Math.round(Math.max(0, Math.min(100, progress)));
    }
}
