package org.hamsafar.feedback;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A public form answered part of the way: the answers of the pages sent so far (checked values, see
 * {@link CheckedAnswers}), the page to show next, and the version, language, personal link and
 * touchpoint they belong to. {@code submittedAt} is set once the last page was sent.
 */
record SurveyDraft(String id, long surveyId, int surveyVersion, Long invitationId, String language, String touchpoint,
                   int page, Map<String, Object> answers, Instant startedAt, Instant updatedAt, Instant submittedAt) {

    SurveyDraft {
        answers = Collections.unmodifiableMap(new LinkedHashMap<>(answers));
    }

    boolean submitted() {
        return submittedAt != null;
    }

    SurveyDraft movedTo(int nextPage, Map<String, Object> values, String nextLanguage, Instant now) {
        return new SurveyDraft(id, surveyId, surveyVersion, invitationId, nextLanguage, touchpoint, nextPage, values, startedAt,
                now, submittedAt);
    }

    SurveyDraft sent(Map<String, Object> values, Instant now) {
        return new SurveyDraft(id, surveyId, surveyVersion, invitationId, language, touchpoint, page, values, startedAt, now, now);
    }
}
