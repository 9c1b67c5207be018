package org.hamsafar.identity;

import java.util.Locale;

/**
 * What a dashboard user may do. ADMIN manages users, keys and settings; ANALYST builds surveys,
 * journeys and analyses; AGENT works cases; VIEWER only reads.
 */
public enum Role {
    ADMIN, ANALYST, AGENT, VIEWER;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Role fromKey(String key) {
        for (Role role : values()) {
            if (role.key().equalsIgnoreCase(key)) {
                return role;
            }
        }
        throw new IllegalArgumentException("unknown role " + key);
    }
}
