package org.hamsafar.actions.pages;

import java.util.Set;
import org.hamsafar.identity.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;

/** Who may do what on these pages (see {@link Role}): agents work cases, viewers only read, rules are for admins and analysts. */
final class PageRoles {
    private static final Set<String> CASE_WORKERS = Set.of(authority(Role.ADMIN), authority(Role.ANALYST), authority(Role.AGENT));
    private static final Set<String> RULE_EDITORS = Set.of(authority(Role.ADMIN), authority(Role.ANALYST));

    private PageRoles() {
    }

    static boolean canWorkCases(Authentication user) {
        return has(user, CASE_WORKERS);
    }

    static boolean canEditRules(Authentication user) {
        return has(user, RULE_EDITORS);
    }

    static void requireCaseWorker(Authentication user) {
        if (!canWorkCases(user)) {
            throw new AccessDeniedException("Only admins, analysts and agents may change cases");
        }
    }

    static void requireRuleEditor(Authentication user) {
        if (!canEditRules(user)) {
            throw new AccessDeniedException("Only admins and analysts may change alert rules");
        }
    }

    private static boolean has(Authentication user, Set<String> authorities) {
        return user != null && user.getAuthorities().stream().anyMatch(a -> authorities.contains(a.getAuthority()));
    }

    private static String authority(Role role) {
        return "ROLE_" + role.name();
    }
}
