package org.hamsafar.actions.sla;

import java.util.Locale;

/**
 * Where one target of a case stands: {@code pending} (not reached, not yet due), {@code met}
 * (reached on time), {@code breached} (reached late, or not reached and overdue) or
 * {@code cancelled} (the case was closed, on time, without this step, e.g. a duplicate closed
 * unanswered). Cancelled targets count neither as met nor as breached in rates.
 */
public enum SlaState {
    PENDING, MET, BREACHED, CANCELLED;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
