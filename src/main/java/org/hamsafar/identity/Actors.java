package org.hamsafar.identity;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Names whoever acts on the current thread, for audit records and "created by" columns. */
public final class Actors {
    public static final String SYSTEM = "system";

    private Actors() {
    }

    public static String current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            return SYSTEM;
        }
        if (authentication instanceof ApiKeyAuthentication key) {
            return "key:" + key.apiKey().name() + " (" + key.apiKey().prefix() + ")";
        }
        return "user:" + authentication.getName();
    }
}
