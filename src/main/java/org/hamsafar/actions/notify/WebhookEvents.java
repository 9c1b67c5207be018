package org.hamsafar.actions.notify;

import java.util.List;

/** The event types an endpoint can subscribe to, and the one it receives when tested. */
public final class WebhookEvents {
    public static final String CASE_OPENED = "case.opened";
    public static final String CASE_CHANGED = "case.changed";
    public static final String CASE_ESCALATED = "case.escalated";
    /** An alert rule matched (sent by the rules' webhook action). */
    public static final String ALERT_TRIGGERED = "alert.triggered";
    /** Sent by {@code POST /api/v1/webhooks/{id}/ping} whatever the endpoint subscribes to. */
    public static final String PING = "ping";

    /** The types an endpoint may subscribe to. */
    public static final List<String> SUBSCRIBABLE = List.of(CASE_OPENED, CASE_CHANGED, CASE_ESCALATED, ALERT_TRIGGERED);

    private WebhookEvents() {
    }

    public static boolean known(String eventType) {
        return SUBSCRIBABLE.contains(eventType) || PING.equals(eventType);
    }
}
