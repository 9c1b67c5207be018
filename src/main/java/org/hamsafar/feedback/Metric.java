package org.hamsafar.feedback;

import java.util.Locale;
import java.util.Optional;

/**
 * The customer-experience scores computed from survey answers, each from the answers of one
 * question type (NPS 0-10, CSAT 1-5, CES 1-7; stored answers outside the range are not counted).
 */
public enum Metric {
    /** Net Promoter Score, -100..100: per cent promoters (9-10) minus per cent detractors (0-6). */
    NPS(QuestionType.NPS),
    /** Customer satisfaction, 0..100: per cent of answers 4 or 5 on the 1-5 scale. */
    CSAT(QuestionType.CSAT),
    /** Customer effort score: the mean answer on the 1-7 scale (7 = very easy). */
    CES(QuestionType.CES);

    private final QuestionType questionType;

    Metric(QuestionType questionType) {
        this.questionType = questionType;
    }

    /** The key used in URLs and JSON. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The question type whose answers the metric reads. */
    public QuestionType questionType() {
        return questionType;
    }

    public static Optional<Metric> fromKey(String key) {
        for (Metric metric : values()) {
            if (metric.key().equals(key)) {
                return Optional.of(metric);
            }
        }
        return Optional.empty();
    }
}
