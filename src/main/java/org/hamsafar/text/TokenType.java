package org.hamsafar.text;

/** What a {@link Token} is. */
public enum TokenType {
    /** Letters of any script, with Latin digits allowed inside ({@code mp3}). */
    WORD,
    /** Digits, with inner decimal and thousands separators ({@code 3.5}, {@code 1,000}). */
    NUMBER,
    /** One emoji with its modifiers: skin tone, variation selector, zero-width-joined parts, flags, keycaps. */
    EMOJI,
    /** A run of sentence-ending ({@code . ! ? ؟ …}) or a clause punctuation mark ({@code , ، ; ؛ :}). */
    PUNCTUATION
}
