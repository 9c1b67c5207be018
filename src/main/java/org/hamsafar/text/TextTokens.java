package org.hamsafar.text;

import java.util.List;

/** The tokens and sentences of a normalised text. */
public final class TextTokens {

    private final NormalizedText text;
    private final List<Token> tokens;
    private final List<Sentence> sentences;

    TextTokens(NormalizedText text, List<Token> tokens, List<Sentence> sentences) {
        this.text = text;
        this.tokens = List.copyOf(tokens);
        this.sentences = List.copyOf(sentences);
    }

    public NormalizedText text() {
        return text;
    }

    public List<Token> tokens() {
        return tokens;
    }

    public List<Sentence> sentences() {
        return sentences;
    }

    /** The tokens of one sentence. */
    public List<Token> tokensOf(Sentence sentence) {
        return tokens.subList(sentence.firstToken(), sentence.endToken());
    }

    /** Where a token of this text stands in the original text. */
    public Span originalSpan(Token token) {
        return text.toOriginal(token.start(), token.end());
    }

    /** Where a sentence of this text stands in the original text. */
    public Span originalSpan(Sentence sentence) {
        return text.toOriginal(sentence.start(), sentence.end());
    }
}
