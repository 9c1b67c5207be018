package org.hamsafar.text;

/**
 * The lexicon's verdict blended with a linear classifier's probabilities. The lexicon's compound
 * score {@code c} becomes a distribution (positive {@code 0.9·(1+c)/2}, negative
 * {@code 0.9·(1-c)/2}, neutral 0.1; with no sentiment words at all, mostly neutral); the
 * classifier gives its own; the two are mixed with weight {@code lexiconWeight} on the lexicon.
 * The label is the most probable class, the score {@code P(positive) - P(negative)} and the
 * confidence the probability of the label. Thread-safe.
 */
final class BlendedSentimentModel implements SentimentModel {

    static final int NEGATIVE = SentimentLabel.NEGATIVE.ordinal();
    static final int NEUTRAL = SentimentLabel.NEUTRAL.ordinal();
    static final int POSITIVE = SentimentLabel.POSITIVE.ordinal();

    private final String version;
    private final TextFeatures features;
    private final SoftmaxClassifier classifier;
    private final double lexiconWeight;

    BlendedSentimentModel(String version, TextFeatures features, SoftmaxClassifier classifier, double lexiconWeight) {
        if (classifier.classes() != 3) {
            throw new IllegalArgumentException("the classifier must know negative, neutral and positive");
        }
        this.version = version;
        this.features = features;
        this.classifier = classifier;
        this.lexiconWeight = lexiconWeight;
    }

    @Override
    public String version() {
        return version;
    }

    SoftmaxClassifier classifier() {
        return classifier;
    }

    @Override
    public Sentiment sentiment(ReadText text, LexiconScore lexicon) {
        if (text.isEmpty() && lexicon.evidence() == 0) { // nothing but digits, punctuation, spaces
            return Sentiment.none();
        }
        double[] model = classifier.probabilities(features.of(text, lexicon));
        double[] rules = lexiconDistribution(lexicon);
        double[] q = new double[3];
        for (int c = 0; c < 3; c++) {
            q[c] = lexiconWeight * rules[c] + (1 - lexiconWeight) * model[c];
        }
        int label = q[POSITIVE] >= q[NEGATIVE] ? POSITIVE : NEGATIVE;
        if (q[NEUTRAL] > q[label]) {
            label = NEUTRAL;
        }
        double score = Math.max(-1, Math.min(1, q[POSITIVE] - q[NEGATIVE]));
        return new Sentiment(SentimentLabel.values()[label], round(score), round(q[label]));
    }

    static double[] lexiconDistribution(LexiconScore lexicon) {
        double[] d = new double[3];
        if (lexicon.evidence() == 0) {
            d[NEUTRAL] = 0.6;
            d[POSITIVE] = 0.2;
            d[NEGATIVE] = 0.2;
            return d;
        }
        double c = lexicon.compound();
        d[POSITIVE] = 0.9 * (1 + c) / 2;
        d[NEGATIVE] = 0.9 * (1 - c) / 2;
        d[NEUTRAL] = 0.1;
        return d;
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
