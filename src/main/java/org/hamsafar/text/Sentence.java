package org.hamsafar.text;

/**
 * A sentence of a normalised text: its char range {@code [start, end)} and the tokens
 * {@code [firstToken, endToken)} of {@link TextTokens#tokens()} it holds.
 */
public record Sentence(int start, int end, int firstToken, int endToken) {

    public Span span() {
        return new Span(start, end);
    }
}
