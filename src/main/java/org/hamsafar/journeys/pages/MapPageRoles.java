package org.hamsafar.journeys.pages;

import java.util.Set;
import org.hamsafar.identity.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;

/**
 * Who may change journey maps and personas on these pages: admins and analysts (who build
 * journeys); agents and viewers read them. A change posted by anyone else is refused (403).
 */
final class MapPageRoles {
    private static final Set<String> EDITORS = Set.of("ROLE_" + Role.ADMIN.name(), "ROLE_" + Role.ANALYST.name());

    private MapPageRoles() {
    }

    static boolean canEdit(Authentication user) {
        return user != null && user.getAuthorities().stream().anyMatch(a -> EDITORS.contains(a.getAuthority()));
    }

    static void requireEditor(Authentication user) {
        if (!canEdit(user)) {
            throw new AccessDeniedException("Only admins and analysts may change journey maps and personas");
        }
    }
}
