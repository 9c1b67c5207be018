package org.hamsafar.identity;

import java.time.Instant;
import java.util.UUID;

/** A dashboard user as others may see it (never the password hash). */
public record UserAccount(UUID id, String username, String displayName, String email, Role role,
                          String language, boolean enabled, Instant createdAt) {
}
