package org.hamsafar.actions.notify;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Absolute links into the dashboard for e-mails. The base is {@code hamsafar.public-url}, the address
 * people reach this server at (the one survey invitations use too); without it,
 * http://localhost on the server's port, which only works on the same machine.
 */
@Component
class DashboardLinks {
    private final Environment environment;

    DashboardLinks(Environment environment) {
        this.environment = environment;
    }

    /** {@code {base}/cases/{id}}. */
    String caseLink(String caseId) {
        return base() + "/cases/" + caseId;
    }

    String base() {
        String configured = environment.getProperty("hamsafar.public-url", "").strip();
        if (!configured.isEmpty()) {
            return configured.endsWith("/") ? configured.substring(0, configured.length() - 1) : configured;
        }
        // Read on each call: the actual port is known only once the server has started (port 0 in tests).
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        return "http://localhost:" + port;
    }
}
