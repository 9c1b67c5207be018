package org.hamsafar.analytics.goals;

import java.time.LocalDate;
import java.util.Objects;
import org.hamsafar.analytics.forecast.MetricDefinition;

/**
 * What a goal says, as created or edited: the metric (with its filters) measured over the last
 * {@code windowDays} days, its value at the baseline date, the target value by the due date, and
 * who owns it (a user name or a team). Checked by {@link GoalRequestReader}.
 */
public record GoalDraft(String title, String description, MetricDefinition metric, int windowDays, double baselineValue,
                        LocalDate baselineDate, double targetValue, LocalDate dueDate, String owner) {
    public GoalDraft {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(baselineDate, "baselineDate");
        Objects.requireNonNull(dueDate, "dueDate");
        Objects.requireNonNull(owner, "owner");
        if (!dueDate.isAfter(baselineDate)) {
            throw new IllegalArgumentException("the due date comes after the baseline date");
        }
    }
}
