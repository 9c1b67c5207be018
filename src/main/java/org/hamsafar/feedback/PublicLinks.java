package org.hamsafar.feedback;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Absolute links to public survey pages, for messages that leave the platform (e-mail, SMS, links
 * handed out by the API). The base is {@code hamsafar.public-url} (the address customers reach the
 * server at, e.g. https://cx.example.com); without it, http://localhost on the server's port, which
 * only works on the same machine.
 */
@Component
class PublicLinks {
    private final Environment environment;

    PublicLinks(Environment environment) {
        this.environment = environment;
    }

    /** {@code {base}/s/{surveyKey}?t={token}}; the token is URL-safe base64 and needs no escaping. */
    String invitation(String surveyKey, String token) {
        return base() + "/s/" + surveyKey + "?t=" + token;
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
