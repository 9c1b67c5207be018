package org.hamsafar.feedback;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of question a survey can ask. Scored kinds have a fixed range (rating's upper bound is
 * the question's scale): NPS 0-10 (Reichheld's "how likely to recommend"), CSAT 1-5, CES 1-7
 * (the CEB 2013 "effort" wording, 7 = very easy).
 */
public enum QuestionType {
    NPS(0, 10), CSAT(1, 5), CES(1, 7), RATING(1, 5), SINGLE_CHOICE(0, 0), MULTI_CHOICE(0, 0), YES_NO(0, 1), TEXT(0, 0);

    private final int min;
    private final int max;

    QuestionType(int min, int max) {
        this.min = min;
        this.max = max;
    }

    @JsonValue
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static QuestionType ofKey(String key) {
        return fromKey(key).orElseThrow(() -> new IllegalArgumentException("Unknown question type " + key));
    }

    public static Optional<QuestionType> fromKey(String key) {
        return Arrays.stream(values()).filter(t -> t.key().equals(key)).findFirst();
    }

    /** Answered with a whole number: nps, csat, ces, rating. */
    public boolean scored() {
        return this == NPS || this == CSAT || this == CES || this == RATING;
    }

    public boolean hasChoices() {
        return this == SINGLE_CHOICE || this == MULTI_CHOICE;
    }

    /** The lowest answer; for rating always 1. */
    public int min() {
        return min;
    }

    /** The highest answer of the fixed-range kinds (rating: see {@link Question#maxScore()}). */
    public int max() {
        return max;
    }

    public static String allowed() {
        return String.join(", ", Arrays.stream(values()).map(QuestionType::key).toList());
    }
}
