package org.hamsafar.customers;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/**
 * One thing that happened with a customer, from any module: an event, a survey response, a case.
 * {@code source} names the module ("event", "response", "case"); {@code type} what happened
 * (e.g. purchase); {@code details} holds the rest as JSON-ready values.
 */
public record TimelineEntry(String source, String id, Instant occurredAt, String channel, String type,
                            String touchpoint, BigDecimal value, String currency, String text,
                            Map<String, Object> details) {
}
