package org.hamsafar.customers;

import java.time.Instant;

/**
 * A tag a customer carries (a key such as {@code vip}), with when it was first added and by whom
 * ({@code rule:<id>}, {@code key:<name> (<prefix>)}, {@code user:<name>}).
 */
public record CustomerTag(String tag, Instant addedAt, String source) {
}
