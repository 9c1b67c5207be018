package org.hamsafar.feedback;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The free-text answers of responses that were just stored for the first time, live or as
 * history ({@code live} says which; text analytics reads them).
 *
 * <p>Published synchronously <em>inside</em> the transaction that stores the responses: a plain
 * {@code @EventListener} writes in that same transaction, so what it writes commits with the
 * answers or not at all. Listeners must be quick; an exception fails the store.
 */
public record ResponseTextsStored(List<ResponseText> texts, boolean live) {

    /** One text answer: {@code sourceIdentity} is the identity the response named its customer by ("kind:value"), may be null. */
    public record ResponseText(UUID responseId, long surveyId, String questionKey, Long customerId, String sourceIdentity,
                               String channel, String touchpoint, Instant submittedAt, String text) {
    }

    public ResponseTextsStored {
        texts = List.copyOf(texts);
    }

    /** The text answers of the {@code fresh} ones among {@code rows}. */
    static ResponseTextsStored of(List<StoredResponse> rows, Set<UUID> fresh,
                                  Map<ResponseRepository.VersionKey, SurveyDefinition> definitions, boolean live) {
        List<ResponseText> texts = new java.util.ArrayList<>();
        for (StoredResponse row : rows) {
            if (!fresh.contains(row.id())) {
                continue;
            }
            SurveyDefinition definition = definitions.get(ResponseRepository.VersionKey.of(row));
            row.answers().forEach((key, value) -> {
                boolean isText = definition != null && definition.question(key).map(q -> q.type() == QuestionType.TEXT).orElse(false);
                if (isText && value instanceof String text && !text.isBlank()) {
                    texts.add(new ResponseText(row.id(), row.surveyId(), key, row.customerId(), row.sourceIdentity(),
                            row.channel(), row.touchpoint(), row.submittedAt(), text));
                }
            });
        }
        return new ResponseTextsStored(texts, live);
    }
}
