/**
 * Teams that own cases, and the routing that gives a new case its team and assignee: an ordered
 * list of routing rules (first match wins) and a round-robin over each team's active members.
 * Other parts of the actions module use {@link org.hamsafar.actions.teams.Teams} and
 * {@link org.hamsafar.actions.teams.CaseRouting}.
 */
package org.hamsafar.actions.teams;
