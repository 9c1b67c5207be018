package org.hamsafar.text;

/** One topic's mentions in a scope, by the sentiment of the clauses that mention it, and their mean score (-1..1). */
public record TopicVolume(String key, long mentions, long positive, long neutral, long negative, double averageScore) {

    /** The share of {@code count} in the mentions, 0..1. */
    public double share(long count) {
        return mentions == 0 ? 0 : (double) count / mentions;
    }
}
