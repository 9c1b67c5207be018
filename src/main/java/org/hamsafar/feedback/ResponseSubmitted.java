package org.hamsafar.feedback;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Published once a new response is committed, for other modules to react to (text analytics reads
 * the text answers, case rules look at scores). {@code answers} holds the checked values by question
 * key; {@code types} the type of each of those questions. {@code invitationId} is the personal
 * invitation whose link the response was given through (null for an anonymous link, the API or the
 * widget): a module that asked for an invitation (a case follow-up) recognises its answer by it.
 */
public record ResponseSubmitted(UUID responseId, long surveyId, int surveyVersion, String surveyName, Long customerId,
                                String channel, String touchpoint, String language, Instant submittedAt,
                                Map<String, Object> answers, Map<String, QuestionType> types, Long invitationId) {

    /** A response given without a personal invitation. */
    public ResponseSubmitted(UUID responseId, long surveyId, int surveyVersion, String surveyName, Long customerId,
                             String channel, String touchpoint, String language, Instant submittedAt,
                             Map<String, Object> answers, Map<String, QuestionType> types) {
        this(responseId, surveyId, surveyVersion, surveyName, customerId, channel, touchpoint, language, submittedAt, answers, types,
                null);
    }

    /** The first answer to a question of {@code type} that is a score (nps, csat, ces, rating). */
    public Optional<Integer> score(QuestionType type) {
        return answers.entrySet().stream()
                .filter(a -> types.get(a.getKey()) == type && a.getValue() instanceof Integer)
                .map(a -> (Integer) a.getValue())
                .findFirst();
    }

    /** The text answers by question key. */
    public Map<String, String> texts() {
        Map<String, String> texts = new java.util.LinkedHashMap<>();
        answers.forEach((key, value) -> {
            if (types.get(key) == QuestionType.TEXT && value instanceof String text && !text.isBlank()) {
                texts.put(key, text);
            }
        });
        return texts;
    }
}
