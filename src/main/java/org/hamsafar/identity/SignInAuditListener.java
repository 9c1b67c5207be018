package org.hamsafar.identity;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/** Writes every dashboard sign-in and failed sign-in to the audit log. */
@Component
class SignInAuditListener {
    private final AuditLog auditLog;

    SignInAuditListener(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @EventListener
    void signedIn(AuthenticationSuccessEvent event) {
        if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken token) {
            auditLog.recordAs("user:" + token.getName(), "sign_in", "user:" + token.getName(), null);
        }
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        String attempted = String.valueOf(event.getAuthentication().getName());
        auditLog.recordAs("user:" + attempted, "sign_in_failed", "user:" + attempted,
                event.getException().getClass().getSimpleName());
    }
}
