package org.hamsafar.actions;

/**
 * Which cases to list; null fields do not filter. {@code breached}: true for cases with a recorded
 * SLA breach (the SLA check records overdue ones within its interval), false for cases without.
 * {@code assigned}: true for cases someone owns, false for cases nobody owns (the inbox's unassigned tab).
 */
public record CaseFilter(Long customerId, CaseState state, String team, String assignee, CasePriority priority, Boolean breached,
                         Boolean assigned) {

    public CaseFilter(Long customerId, CaseState state, String team, String assignee, CasePriority priority, Boolean breached) {
        this(customerId, state, team, assignee, priority, breached, null);
    }

    public CaseFilter(Long customerId, CaseState state, String team, String assignee, CasePriority priority) {
        this(customerId, state, team, assignee, priority, null, null);
    }
}
