package org.hamsafar.actions;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Where a case stands. Allowed moves: new to acknowledged, in progress or closed; acknowledged to
 * in progress or closed; in progress to resolved; resolved to closed or back to in progress
 * (reopened); closed to in progress (reopened).
 */
public enum CaseState {
    NEW, ACKNOWLEDGED, IN_PROGRESS, RESOLVED, CLOSED;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<CaseState> fromKey(String key) {
        for (CaseState state : values()) {
            if (state.key().equals(key)) {
                return Optional.of(state);
            }
        }
        return Optional.empty();
    }

    /** The states this one may move to. */
    public Set<CaseState> next() {
        return switch (this) {
            case NEW -> EnumSet.of(ACKNOWLEDGED, IN_PROGRESS, CLOSED);
            case ACKNOWLEDGED -> EnumSet.of(IN_PROGRESS, CLOSED);
            case IN_PROGRESS -> EnumSet.of(RESOLVED);
            case RESOLVED -> EnumSet.of(CLOSED, IN_PROGRESS);
            case CLOSED -> EnumSet.of(IN_PROGRESS);
        };
    }

    public boolean canMoveTo(CaseState target) {
        return next().contains(target);
    }

    /** Whether someone is or was working on it (the first move out of new is the first response). */
    boolean responded() {
        return this != NEW;
    }

    static List<String> keys(Set<CaseState> states) {
        return states.stream().map(CaseState::key).toList();
    }
}
