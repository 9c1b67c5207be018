package org.hamsafar.events;

import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Read access to stored interactions for other modules: how many of a customer's events fall in
 * a window (alert rules' "3 contacts in 7 days"), and the events of a period (a rule's dry run).
 */
@Component
public class InteractionHistory {
    private final EventRepository events;

    InteractionHistory(EventRepository events) {
        this.events = events;
    }

    /** The customer's events with {@code from <= occurredAt <= to} of the given type, channel and touchpoint (null: any). */
    public long count(long customerId, Instant from, Instant to, String type, String channel, String touchpoint) {
        return events.countInWindow(customerId, from, to, type, channel, touchpoint);
    }

    /** Up to {@code limit} events with {@code from <= occurredAt < to}, oldest first, as {@link InteractionsRecorded} reports them. */
    public List<RecordedInteraction> between(Instant from, Instant to, int limit) {
        return events.between(from, to, limit);
    }
}
