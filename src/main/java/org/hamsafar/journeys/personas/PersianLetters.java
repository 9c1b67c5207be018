package org.hamsafar.journeys.personas;

import java.util.Locale;

/**
 * Folds the Arabic letter variants that Persian keyboards and copied texts produce into the Persian
 * letters ({@code ي} U+064A to {@code ی} U+06CC, {@code ك} U+0643 to {@code ک} U+06A9), so that a
 * persona or journey text typed either way is stored, shown and compared once. Everything else of
 * the text (zero-width non-joiners, digits, case) is kept: these are display texts, not analysis
 * input (the text module's normaliser goes much further and is not meant for stored texts).
 */
public final class PersianLetters {
    private static final char ARABIC_YEH = '\u064A';
    private static final char ARABIC_KAF = '\u0643';
    private static final char PERSIAN_YEH = '\u06CC';
    private static final char PERSIAN_KAF = '\u06A9';
    private static final char ZWNJ = '\u200C';

    private PersianLetters() {
    }

    /** {@code text} with Arabic yeh and kaf as Persian ones; null stays null. */
    public static String fold(String text) {
        return text == null ? null : text.replace(ARABIC_YEH, PERSIAN_YEH).replace(ARABIC_KAF, PERSIAN_KAF);
    }

    /**
     * A key for comparing short texts (names, list items) regardless of how they were typed: folded
     * letters, lower case, zero-width non-joiners as spaces, runs of white space as one space, trimmed.
     */
    public static String key(String text) {
        if (text == null) {
            return "";
        }
        String folded = fold(text).toLowerCase(Locale.ROOT).replace(ZWNJ, ' ');
        return folded.strip().replaceAll("\\s+", " ");
    }
}
