package org.hamsafar.text;

import java.time.Instant;

/**
 * A text another module stores and wants analysed, with the dimensions results are grouped by:
 * {@code source} names its kind ({@code case_note}), {@code sourceId} the text within it; the
 * other fields may be null.
 */
public record TextToAnalyse(String source, String sourceId, Long customerId, String channel, String touchpoint, Instant occurredAt,
                            String text) {
}
