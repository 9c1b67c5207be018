package org.hamsafar.text;

/**
 * How many texts were positive, neutral and negative, and the sum of their scores (each -1..1),
 * so that tallies of days add up into weeks and months.
 */
public record SentimentTally(long positive, long neutral, long negative, double scoreSum) {
    public static final SentimentTally EMPTY = new SentimentTally(0, 0, 0, 0);

    public SentimentTally plus(SentimentTally other) {
        return new SentimentTally(positive + other.positive, neutral + other.neutral, negative + other.negative,
                scoreSum + other.scoreSum);
    }

    public long texts() {
        return positive + neutral + negative;
    }

    /** The mean score, or null without texts. */
    public Double averageScore() {
        return texts() == 0 ? null : scoreSum / texts();
    }

    /** The share of {@code count} in all texts, 0..1 (0 without texts). */
    public double share(long count) {
        return texts() == 0 ? 0 : (double) count / texts();
    }
}
