package org.hamsafar.text;

/**
 * Decides the sentiment of a read text, given what the lexicon found in it. The built-in model
 * blends the lexicon with a linear classifier; organisations can train their own, and an external
 * ONNX model can stand in.
 */
interface SentimentModel {

    /** Names the model and its version; stored with every result so results can be re-run after a change. */
    String version();

    Sentiment sentiment(ReadText text, LexiconScore lexicon);

    /**
     * The model that should read this text: itself, or, for a model that routes by language, the
     * one active for {@code hint} (when the caller named the language) or for the detected one.
     */
    default SentimentModel modelFor(ReadText text, Language hint) {
        return this;
    }
}
