package org.hamsafar.actions.pages;

import java.util.Locale;
import java.util.Optional;

/** The inbox's views of the cases: the user's own, their teams', nobody's, those past an SLA target, and every case. */
public enum InboxTab {
    MINE, TEAMS, UNASSIGNED, BREACHED, ALL;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<InboxTab> fromKey(String key) {
        for (InboxTab tab : values()) {
            if (tab.key().equals(key)) {
                return Optional.of(tab);
            }
        }
        return Optional.empty();
    }
}
