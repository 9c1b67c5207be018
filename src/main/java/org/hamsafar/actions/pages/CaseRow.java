package org.hamsafar.actions.pages;

import java.time.Instant;

/**
 * One line of the inbox. {@code age} is how long the case has been open; {@code slaTarget}
 * ({@code first_response} or {@code resolution}) the running target that falls due at {@code slaDue}
 * (null when none runs); {@code breached} whether either target was missed.
 */
public record CaseRow(long id, String title, Long customerId, String customerName, String priority, String state, String team,
                      String teamName, String assignee, String assigneeName, CaseAge age, Instant createdAt, String slaTarget,
                      Instant slaDue, Long slaMinutesLeft, boolean breached, boolean hasSla) {
}
