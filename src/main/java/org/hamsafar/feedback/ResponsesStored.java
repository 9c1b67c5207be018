package org.hamsafar.feedback;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The live responses one transaction just stored for the first time (never duplicates, never
 * history loaded by a backfill), with their checked answers, for modules that must act on every
 * response exactly once (alert rules).
 *
 * <p>Published synchronously <em>inside</em> the storing transaction, like {@link ResponseTextsStored}:
 * what a plain {@code @EventListener} writes commits with the responses or not at all. Listeners
 * run on the response path: they must be quick, and an exception fails the whole group.
 */
public record ResponsesStored(List<Response> responses) {

    /** One stored response; {@code answers} by question key, {@code types} the type of each of those questions. */
    public record Response(UUID responseId, long surveyId, String surveyName, Long customerId, String channel, String touchpoint,
                           String language, Long invitationId, Instant submittedAt, Map<String, Object> answers,
                           Map<String, QuestionType> types) {

        /** The first answer to a question of {@code type} that is a number (nps, csat, ces, rating). */
        public Optional<Number> score(QuestionType type) {
            return answers.entrySet().stream()
                    .filter(a -> types.get(a.getKey()) == type && a.getValue() instanceof Number)
                    .map(a -> (Number) a.getValue())
                    .findFirst();
        }
    }

    public ResponsesStored {
        responses = List.copyOf(responses);
    }

    static ResponsesStored of(List<StoredResponse> rows, Set<UUID> fresh, Map<UUID, String> surveyNames,
                              Map<ResponseRepository.VersionKey, SurveyDefinition> definitions) {
        List<Response> stored = new java.util.ArrayList<>();
        for (StoredResponse row : rows) {
            if (!fresh.contains(row.id())) {
                continue;
            }
            SurveyDefinition definition = definitions.get(ResponseRepository.VersionKey.of(row));
            Map<String, QuestionType> types = new LinkedHashMap<>();
            row.answers().keySet().forEach(key -> definition.question(key).ifPresent(q -> types.put(key, q.type())));
            stored.add(new Response(row.id(), row.surveyId(), surveyNames.get(row.id()), row.customerId(), row.channel(),
                    row.touchpoint(), row.language(), row.invitationId(), row.submittedAt(), row.answers(), types));
        }
        return new ResponsesStored(stored);
    }
}
