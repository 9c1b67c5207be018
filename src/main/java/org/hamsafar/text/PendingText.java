package org.hamsafar.text;

import java.time.Instant;
import java.util.UUID;

/**
 * A stored text waiting for analysis, with where it came from and the dimensions results are
 * grouped by. {@code source} is {@code survey_answer}, {@code event} or {@code case_note};
 * {@code sourceId} names the text within its source; {@code live} whether it was stored as it happened
 * (not loaded as history or queued again for a re-analysis).
 */
record PendingText(UUID id, String source, String sourceId, Long customerId, String sourceIdentity, Long surveyId,
                   String questionKey, String channel, String touchpoint, Instant occurredAt, String text, boolean live) {

    static final String SURVEY_ANSWER = "survey_answer";
    static final String EVENT = "event";
    static final String CASE_NOTE = "case_note";
}
