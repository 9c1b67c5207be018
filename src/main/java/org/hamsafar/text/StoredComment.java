package org.hamsafar.text;

import java.time.Instant;
import tools.jackson.databind.JsonNode;

/**
 * One analysed text as the comment explorer shows it. {@code topics} is the stored JSON array of
 * mentions ({@code [{key, label, sentiment, spans: [[start, end], ...]}]}, spans as char offsets
 * into {@code text}); it is empty once retention or erasure cleared the text.
 */
public record StoredComment(String source, String sourceId, Long surveyId, String questionKey, String channel, String touchpoint,
                            Instant occurredAt, String text, String language, String sentiment, double score, double confidence,
                            JsonNode topics) {
}
