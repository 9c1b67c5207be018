package org.hamsafar.actions;

import java.time.Instant;

/**
 * A case as stored. Verbs return the changed case: {@link #moveTo} enforces the allowed moves
 * and keeps the times that SLAs and measures read (first response: the first move out of new;
 * resolved and closed: set on the move, cleared when the case is reopened).
 */
public record CxCase(long id, Long customerId, String title, String description, CaseState state, CasePriority priority,
                     String team, String assignee, String origin, String originRef, Long ruleId, String rootCause, String resolution,
                     Instant createdAt, String createdBy, Instant updatedAt, Instant firstResponseAt, Instant resolvedAt,
                     Instant closedAt) {

    /** A move the state machine does not allow; {@code allowed} lists the moves that are. */
    public static final class TransitionRefused extends RuntimeException {
        private final transient CaseState from;

        TransitionRefused(CaseState from, CaseState to) {
            super("A " + from.key() + " case cannot move to " + to.key() + "; it can move to "
                    + String.join(", ", CaseState.keys(from.next())) + ".");
            this.from = from;
        }

        public java.util.List<String> allowed() {
            return CaseState.keys(from.next());
        }
    }

    CxCase moveTo(CaseState target, Instant now) {
        if (!state.canMoveTo(target)) {
            throw new TransitionRefused(state, target);
        }
        Instant firstResponse = firstResponseAt == null && target.responded() && target != CaseState.CLOSED ? now : firstResponseAt;
        Instant resolved = target == CaseState.RESOLVED ? now : target == CaseState.IN_PROGRESS ? null : resolvedAt;
        Instant closed = target == CaseState.CLOSED ? now : target == CaseState.IN_PROGRESS ? null : closedAt;
        return new CxCase(id, customerId, title, description, target, priority, team, assignee, origin, originRef, ruleId, rootCause,
                resolution, createdAt, createdBy, now, firstResponse, resolved, closed);
    }

    CxCase assignTo(String newAssignee, Instant now) {
        return new CxCase(id, customerId, title, description, state, priority, team, newAssignee, origin, originRef, ruleId, rootCause,
                resolution, createdAt, createdBy, now, firstResponseAt, resolvedAt, closedAt);
    }

    CxCase withTeam(String newTeam, Instant now) {
        return new CxCase(id, customerId, title, description, state, priority, newTeam, assignee, origin, originRef, ruleId, rootCause,
                resolution, createdAt, createdBy, now, firstResponseAt, resolvedAt, closedAt);
    }

    CxCase withPriority(CasePriority newPriority, Instant now) {
        return new CxCase(id, customerId, title, description, state, newPriority, team, assignee, origin, originRef, ruleId, rootCause,
                resolution, createdAt, createdBy, now, firstResponseAt, resolvedAt, closedAt);
    }

    CxCase withOutcome(String newRootCause, String newResolution, Instant now) {
        return new CxCase(id, customerId, title, description, state, priority, team, assignee, origin, originRef, ruleId, newRootCause,
                newResolution, createdAt, createdBy, now, firstResponseAt, resolvedAt, closedAt);
    }
}
