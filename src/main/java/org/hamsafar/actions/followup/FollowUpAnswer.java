package org.hamsafar.actions.followup;

import java.util.Map;
import org.hamsafar.feedback.QuestionType;

/**
 * What a follow-up response says. Read by question key in the built-in survey ({@code solved},
 * {@code csat}, {@code comment}); in another survey from its first yes/no answer, its first CSAT
 * answer and its first non-blank text answer.
 */
record FollowUpAnswer(Boolean solved, Integer csat, String comment) {

    static FollowUpAnswer of(Map<String, Object> answers, Map<String, QuestionType> types) {
        return new FollowUpAnswer(pick(answers, types, "solved", QuestionType.YES_NO, Boolean.class),
                pick(answers, types, "csat", QuestionType.CSAT, Integer.class),
                pick(answers, types, "comment", QuestionType.TEXT, String.class));
    }

    private static <T> T pick(Map<String, Object> answers, Map<String, QuestionType> types, String key, QuestionType type,
                              Class<T> kind) {
        if (types.get(key) == type && usable(answers.get(key), kind)) {
            return kind.cast(answers.get(key));
        }
        return answers.entrySet().stream()
                .filter(a -> types.get(a.getKey()) == type && usable(a.getValue(), kind))
                .map(a -> kind.cast(a.getValue()))
                .findFirst().orElse(null);
    }

    private static boolean usable(Object value, Class<?> kind) {
        return kind.isInstance(value) && !(value instanceof String text && text.isBlank());
    }

    /** As the case history stores it: a {@link FollowUpNote} code ("answered|no|2", "answered|yes", "answered|unanswered|4"). */
    String historyNote() {
        return FollowUpNote.answered(solved, csat);
    }
}
