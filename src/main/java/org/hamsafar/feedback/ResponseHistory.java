package org.hamsafar.feedback;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Stored responses as other modules read them after the fact: the responses of a period with
 * their answers and question types (a rule's dry run looks at them as the rule would have).
 */
@Component
public class ResponseHistory {
    private final ResponseRepository responses;
    private final SurveyRepository surveys;

    ResponseHistory(ResponseRepository responses, SurveyRepository surveys) {
        this.responses = responses;
        this.surveys = surveys;
    }

    /** Up to {@code limit} responses with {@code from <= submittedAt < to}, oldest first, as {@link ResponsesStored} reports them. */
    public List<ResponsesStored.Response> between(Instant from, Instant to, int limit) {
        List<StoredResponse> rows = responses.between(from, to, limit);
        Map<ResponseRepository.VersionKey, SurveyDefinition> definitions = new HashMap<>();
        Map<Long, Optional<Survey>> surveysById = new HashMap<>();
        Map<UUID, String> names = new HashMap<>();
        for (StoredResponse row : rows) {
            definitions.computeIfAbsent(ResponseRepository.VersionKey.of(row),
                    key -> surveys.version(key.surveyId(), key.version()).orElse(null));
            surveysById.computeIfAbsent(row.surveyId(), surveys::find).ifPresent(s -> names.put(row.id(), s.name()));
        }
        definitions.values().removeIf(java.util.Objects::isNull);
        List<StoredResponse> readable = rows.stream().filter(r -> definitions.containsKey(ResponseRepository.VersionKey.of(r))).toList();
        Set<UUID> all = readable.stream().map(StoredResponse::id).collect(Collectors.toCollection(LinkedHashSet::new));
        return ResponsesStored.of(readable, all, names, definitions).responses();
    }
}
