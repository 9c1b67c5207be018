package org.hamsafar.text;

import java.util.List;

/**
 * A text prepared once for every analysis: normalised, split into tokens and sentences, each
 * token read as its dictionary forms, and its language detected.
 */
record ReadText(TextTokens tokens, List<WordReading> words, DetectedLanguage language) {

    List<WordReading> wordsOf(Sentence sentence) {
        return words.subList(sentence.firstToken(), sentence.endToken());
    }

    /** Whether the text has nothing to read sentiment from: no word and no emoji (empty, digits, punctuation). */
    boolean isEmpty() {
        for (WordReading word : words) {
            TokenType type = word.token().type();
            if (type == TokenType.WORD || type == TokenType.EMOJI) {
                return false;
            }
        }
        return true;
    }
}
