package org.hamsafar.analytics.forecast;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What a metric series measures per period. Counts and sums are 0 in a period without data; the
 * scores (NPS, CSAT, CES, sentiment) have no value there (a gap).
 */
public enum MetricKind {
    /** events (of {@code eventType}, or all) per period */
    EVENTS(false),
    /** sum of the {@code value} of events of {@code eventType} (default purchase) per period */
    REVENUE(false),
    /** Net Promoter Score, −100..100, of the period's survey answers */
    NPS(true),
    /** customer satisfaction, 0..100 (per cent answering 4 or 5 of 5) */
    CSAT(true),
    /** customer effort score, the mean answer on 1..7 (7 = very easy) */
    CES(true),
    /** mean sentiment score, −1..1, of the period's analysed texts */
    SENTIMENT(true),
    /** cases opened per period */
    CASES(false);

    private final boolean score;

    MetricKind(boolean score) {
        this.score = score;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** A score of the period's answers or texts (a gap without any), rather than a count or sum (0 without any). */
    public boolean score() {
        return score;
    }

    public static Optional<MetricKind> fromKey(String key) {
        return Arrays.stream(values()).filter(k -> k.key().equals(key)).findFirst();
    }

    public static String keys() {
        return Arrays.stream(values()).map(MetricKind::key).collect(Collectors.joining(", "));
    }
}
