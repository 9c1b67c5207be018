package org.hamsafar.feedback;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One question of a survey version. {@code key} names it in answers and results; {@code page}
 * (from 1) groups questions into pages of the public form; {@code scale} is the number of stars of
 * a rating; {@code maxLength} bounds a text answer; {@code lowLabel}/{@code highLabel} caption the
 * ends of a scale.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Question(String key, QuestionType type, LocalizedText text, boolean required, DisplayCondition showIf,
                       List<Choice> choices, Integer scale, int page, Integer maxLength,
                       LocalizedText lowLabel, LocalizedText highLabel) {
    public static final int DEFAULT_MAX_LENGTH = 5000;

    public Question {
        choices = choices == null ? List.of() : List.copyOf(choices);
    }

    public int minScore() {
        return type.min();
    }

    public int maxScore() {
        return type == QuestionType.RATING ? (scale == null ? 5 : scale) : type.max();
    }

    public int textLimit() {
        return maxLength == null ? DEFAULT_MAX_LENGTH : maxLength;
    }

    public boolean hasChoice(String id) {
        return choices.stream().anyMatch(c -> c.id().equals(id));
    }
}
