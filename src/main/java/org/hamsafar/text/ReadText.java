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

    /**
     * The tokens {@code [first, end)} as a text of one sentence, sharing this text's normalised
     * form (offsets stay valid), without reading anything again.
     */
    ReadText slice(int first, int end) {
        List<Token> tokenSlice = tokens.tokens().subList(first, end);
        Sentence only = new Sentence(tokenSlice.get(0).start(), tokenSlice.get(tokenSlice.size() - 1).end(), 0, end - first);
        return new ReadText(new TextTokens(tokens.text(), tokenSlice, List.of(only)), words.subList(first, end), language);
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
