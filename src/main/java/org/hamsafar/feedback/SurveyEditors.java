package org.hamsafar.feedback;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;

/** Who may change surveys: admins and analysts (see {@code Role}); agents and viewers only read. */
final class SurveyEditors {
    private SurveyEditors() {
    }

    static boolean canEdit(Authentication user) {
        return user != null && user.getAuthorities().stream()
                .anyMatch(a -> "ROLE_ADMIN".equals(a.getAuthority()) || "ROLE_ANALYST".equals(a.getAuthority()));
    }

    static void require(Authentication user) {
        if (!canEdit(user)) {
            throw new AccessDeniedException("Only admins and analysts may change surveys");
        }
    }
}
