package org.hamsafar.customers;

import java.time.Instant;

/** The consent in force for a channel and purpose: the newest change. */
public record ConsentState(String channel, String purpose, boolean granted, Instant changedAt, String source) {
}
