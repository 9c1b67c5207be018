package org.hamsafar.actions.sla;

/** The two promises an SLA makes about a case. {@link #key()} is how the API, the history and {@code CaseEscalated} name them. */
public enum SlaTarget {
    FIRST_RESPONSE("first_response"),
    RESOLUTION("resolution");

    private final String key;

    SlaTarget(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
