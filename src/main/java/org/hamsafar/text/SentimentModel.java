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
}
