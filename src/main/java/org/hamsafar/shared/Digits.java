package org.hamsafar.shared;

/**
 * Persian (U+06F0..U+06F9) and Arabic-Indic (U+0660..U+0669) digits as Latin ones: Iranian users
 * type numbers, phones and dates with any of the three, and every parser here reads Latin digits;
 * and Latin digits as Persian ones for text shown in Persian.
 */
public final class Digits {

    private Digits() {
    }

    /** The Latin digit for a Persian or Arabic-Indic one; any other character as it is. */
    public static char latin(char c) {
        if (c >= '\u06F0' && c <= '\u06F9') {
            return (char) ('0' + (c - '\u06F0'));
        }
        if (c >= '\u0660' && c <= '\u0669') {
            return (char) ('0' + (c - '\u0660'));
        }
        return c;
    }

    /** {@code text} with its Persian and Arabic-Indic digits as Latin ones. */
    public static String latin(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            out.append(latin(text.charAt(i)));
        }
        return out.toString();
    }

    /** {@code text} with its Latin digits as Persian ones. */
    public static String persian(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c >= '0' && c <= '9' ? (char) ('\u06F0' + (c - '0')) : c);
        }
        return out.toString();
    }
}
