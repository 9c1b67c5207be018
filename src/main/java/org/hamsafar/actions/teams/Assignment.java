package org.hamsafar.actions.teams;

/** Where routing puts a case: a team key and a user name, either of which may be null. */
public record Assignment(String team, String assignee) {
}
