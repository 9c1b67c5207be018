package org.hamsafar.text;

/**
 * What the lexicon found in a text.
 *
 * @param valence          the weighted sum of all sentiment in the text (unbounded)
 * @param compound         {@code valence} squashed into -1..1
 * @param evidence         how many sentiment-bearing words, phrases and emoji were counted
 * @param sentenceValences the weighted sum per sentence, in order
 */
record LexiconScore(double valence, double compound, int evidence, double[] sentenceValences) {

    /** The squashing of a valence sum into -1..1: {@code x / sqrt(x² + alpha)}, alpha 15. */
    static double squash(double valence) {
        return valence / Math.sqrt(valence * valence + 15);
    }
}
