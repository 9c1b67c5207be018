package org.hamsafar.identity;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * An API key's public facts. The secret itself is shown once at creation and never stored; only its
 * SHA-256 hash is. {@code prefix} is the secret's first characters, to recognise a key in lists.
 */
public record ApiKey(UUID id, String name, String prefix, Set<ApiScope> scopes, List<String> allowedOrigins,
                     String createdBy, Instant createdAt, Instant revokedAt) {

    public boolean active() {
        return revokedAt == null;
    }

    public boolean allows(ApiScope scope) {
        return ApiScope.effective(scopes).contains(scope);
    }
}
