package org.hamsafar.actions;

import java.time.Instant;

/**
 * A case missed an SLA target and was escalated: {@code breach} is {@code first_response} or
 * {@code resolution}, {@code due} the target it missed. Published inside the transaction that
 * records the escalation, like {@link CaseOpened}; notifications tell the team's manager.
 */
public record CaseEscalated(CxCase escalated, String breach, Instant due) {
}
