package org.hamsafar.actions.rules;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** What a condition may need beyond the item itself, looked up only when a rule asks. */
interface ItemFacts {

    List<String> customerTags(long customerId);

    Optional<Object> customerAttribute(long customerId, String key);

    /** The customer's events with {@code from <= occurredAt <= to} that match the keys given (null: any). */
    long countEvents(long customerId, Instant from, Instant to, String type, String channel, String touchpoint);
}
