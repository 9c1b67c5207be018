package org.hamsafar.customers;

import java.util.List;

/** A module that contributes entries to the customer's cross-channel timeline. */
public interface TimelineSource {
    /** Unique short name, also the tie-breaker between sources at the same instant. */
    String name();

    List<TimelineEntry> newestFirst(long customerId, TimelineWindow window);
}
