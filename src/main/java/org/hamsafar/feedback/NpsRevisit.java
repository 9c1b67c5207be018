package org.hamsafar.feedback;

import java.time.Instant;
import java.util.UUID;

/**
 * A response's NPS answer and the same customer's next one: {@code score} is the response's
 * answer (0-10), {@code nextScore} and {@code nextSubmittedAt} those of the customer's first
 * response submitted after it that has an NPS answer, in any survey (null: none yet, or the
 * response has no customer). A response with several NPS questions counts by its lowest score.
 */
public record NpsRevisit(UUID responseId, Long customerId, Instant submittedAt, int score, Integer nextScore, Instant nextSubmittedAt) {

    public boolean answeredAgain() {
        return nextScore != null;
    }
}
