package org.hamsafar.actions.teams;

import java.util.List;

/**
 * A team that owns cases: a key, its name in Persian and English, an optional manager and its
 * members in round-robin order (dashboard user names; a member may since have been disabled).
 */
public record Team(String key, String nameFa, String nameEn, String manager, List<String> members) {

    public Team {
        members = List.copyOf(members);
    }

    /** The name in the reader's language: Persian for "fa", English otherwise. */
    public String name(String language) {
        return "fa".equals(language) ? nameFa : nameEn;
    }
}
