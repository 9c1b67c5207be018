package org.hamsafar.actions;

/** Which cases to list; null fields do not filter. */
public record CaseFilter(Long customerId, CaseState state, String team, String assignee, CasePriority priority) {
}
