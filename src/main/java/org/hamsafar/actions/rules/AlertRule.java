package org.hamsafar.actions.rules;

import java.time.Instant;
import java.util.List;

/**
 * An alert rule as stored: {@code definition} is the JSON the API accepted ({when, actions}),
 * {@code when} and {@code actions} what it was read into; {@code activeSince} when it was last switched
 * on (null while off).
 */
record AlertRule(long id, String name, boolean enabled, RuleSubject subject, Condition when, List<RuleAction> actions,
                 String definition, Instant activeSince, Instant createdAt, String createdBy, Instant updatedAt, String updatedBy) {
}
