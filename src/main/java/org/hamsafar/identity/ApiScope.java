package org.hamsafar.identity;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What an API key may do. {@code ingest} only writes collected data and is safe to embed in a web
 * page; {@code read} reads; {@code admin} does everything, including the other two.
 */
public enum ApiScope {
    INGEST, READ, ADMIN;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The Spring Security authority a key with this scope holds, e.g. {@code SCOPE_read}. */
    public String authority() {
        return "SCOPE_" + key();
    }

    /** The scopes a key effectively has: admin includes read and ingest. */
    public static Set<ApiScope> effective(Set<ApiScope> granted) {
        Set<ApiScope> result = EnumSet.noneOf(ApiScope.class);
        result.addAll(granted);
        if (granted.contains(ADMIN)) {
            result.addAll(EnumSet.allOf(ApiScope.class));
        }
        return result;
    }

    public static Optional<ApiScope> fromKey(String key) {
        for (ApiScope scope : values()) {
            if (scope.key().equals(key)) {
                return Optional.of(scope);
            }
        }
        return Optional.empty();
    }
}
