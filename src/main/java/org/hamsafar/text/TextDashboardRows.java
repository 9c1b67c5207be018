package org.hamsafar.text;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The dashboard's numbers as its tables show them: shares in per cent, scores to 2 decimals,
 * topics by their label in the page's language (the key for a topic no longer in the taxonomy).
 */
final class TextDashboardRows {
    static final List<SentimentLabel> ORDER = List.of(SentimentLabel.POSITIVE, SentimentLabel.NEUTRAL, SentimentLabel.NEGATIVE);

    private TextDashboardRows() {
    }

    /** How many texts or mentions had one sentiment, and their share in per cent (1 decimal). */
    public record Share(String sentiment, long count, BigDecimal percent) {
    }

    public record TopicRow(String key, String label, long mentions, List<Share> shares, BigDecimal averageScore) {
    }

    public record NegativeRow(String touchpoint, String topic, String label, long negative, long mentions, BigDecimal percent) {
    }

    static List<Share> shares(SentimentTally total) {
        return ORDER.stream().map(s -> share(s, count(s, total.positive(), total.neutral(), total.negative()), total.texts())).toList();
    }

    static BigDecimal averageScore(SentimentTally total) {
        return total.averageScore() == null ? null : scale(total.averageScore(), 2);
    }

    static List<TopicRow> topics(List<TopicVolume> topics, Function<String, String> label) {
        return topics.stream().map(t -> new TopicRow(t.key(), name(t.key(), label), t.mentions(),
                ORDER.stream().map(s -> share(s, count(s, t.positive(), t.neutral(), t.negative()), t.mentions())).toList(),
                scale(t.averageScore(), 2))).toList();
    }

    static List<NegativeRow> negative(List<TouchpointTopic> rows, Function<String, String> label) {
        return rows.stream().map(r -> new NegativeRow(r.touchpoint(), r.topic(), name(r.topic(), label), r.negative(), r.mentions(),
                scale(r.share() * 100, 0))).toList();
    }

    private static Share share(SentimentLabel sentiment, long count, long all) {
        return new Share(sentiment.code(), count, all == 0 ? BigDecimal.ZERO : scale(100.0 * count / all, 1));
    }

    private static long count(SentimentLabel sentiment, long positive, long neutral, long negative) {
        return switch (sentiment) {
            case POSITIVE -> positive;
            case NEUTRAL -> neutral;
            case NEGATIVE -> negative;
        };
    }

    private static String name(String key, Function<String, String> label) {
        return Optional.ofNullable(label.apply(key)).orElse(key);
    }

    private static BigDecimal scale(double value, int decimals) {
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP);
    }
}
