package org.hamsafar.text;

/**
 * The sentiment of a text or a sentence.
 *
 * @param label      the polarity
 * @param score      from -1 (most negative) to +1 (most positive); 0 is neutral
 * @param confidence from 0 to 1: how sure the model is of the label
 */
public record Sentiment(SentimentLabel label, double score, double confidence) {

    public Sentiment {
        if (label == null || !(score >= -1 && score <= 1) || !(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("sentiment " + label + " " + score + " " + confidence);
        }
    }

    /** Nothing to go on: neutral, with no confidence. */
    public static Sentiment none() {
        return new Sentiment(SentimentLabel.NEUTRAL, 0, 0);
    }
}
