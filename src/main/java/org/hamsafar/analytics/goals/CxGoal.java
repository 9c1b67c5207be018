package org.hamsafar.analytics.goals;

import java.time.Instant;

/** A stored goal. */
public record CxGoal(long id, GoalDraft draft, Instant createdAt, String createdBy, Instant updatedAt) {
}
