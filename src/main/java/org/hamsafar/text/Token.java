package org.hamsafar.text;

/** One token of a normalised text, with its char range {@code [start, end)} in that text. */
public record Token(String text, TokenType type, int start, int end) {

    public Span span() {
        return new Span(start, end);
    }

    /** Whether this is punctuation that ends a sentence ({@code . ! ? ؟ …}, also in runs like {@code ?!}). */
    public boolean endsSentence() {
        return type == TokenType.PUNCTUATION && Tokenizer.isSentenceEnd(text.codePointAt(0));
    }

    /** Whether this is punctuation that separates clauses within a sentence ({@code , ، ; ؛ :}). */
    public boolean separatesClauses() {
        return type == TokenType.PUNCTUATION && !endsSentence();
    }
}
