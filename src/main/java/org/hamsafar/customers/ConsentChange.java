package org.hamsafar.customers;

import java.time.Instant;
import org.hamsafar.shared.Channel;

/**
 * A customer's consent for a channel and a purpose (e.g. email + marketing), given or withdrawn at
 * {@code at}, as reported by {@code source} (e.g. web_form, call_center, import).
 */
public record ConsentChange(Channel channel, String purpose, boolean granted, Instant at, String source) {
}
