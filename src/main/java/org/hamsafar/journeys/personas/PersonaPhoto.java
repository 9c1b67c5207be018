package org.hamsafar.journeys.personas;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The photo placeholder of a persona (no uploads): {@code initials} (1 to {@value #MAX_INITIALS}
 * characters) on {@code color}, one of {@link #PALETTE} as {@code #rrggbb} in upper case. Both are
 * derived from the name when a persona is saved without them.
 */
public record PersonaPhoto(String initials, String color) {
    public static final int MAX_INITIALS = 4;

    /** Colours that keep white initials legible (contrast ratio at least 4.5:1, WCAG AA). */
    public static final List<String> PALETTE = List.of("#B3261E", "#C2410C", "#A16207", "#15803D", "#0F766E", "#0369A1",
            "#1D4ED8", "#6D28D9", "#A21CAF", "#BE185D", "#475569", "#7C2D12");

    private static final char ZWNJ = '\u200C';

    /** The palette colour equal to {@code color} ignoring case, or null when it is not one. */
    public static String paletteColor(String color) {
        if (color == null) {
            return null;
        }
        String upper = color.strip().toUpperCase(Locale.ROOT);
        return PALETTE.contains(upper) ? upper : null;
    }

    /** The placeholder derived from a name: its initials and a colour that is the same for the same name. */
    public static PersonaPhoto derivedFrom(String name) {
        return new PersonaPhoto(initialsOf(name), colorOf(name));
    }

    /** The colour for a name: a stable hash of its folded form picks the palette entry. */
    public static String colorOf(String name) {
        return PALETTE.get(Math.floorMod(PersianLetters.key(name).hashCode(), PALETTE.size()));
    }

    /**
     * The first letters of the first two words ({@code Sara Ahmadi} → {@code SA}); Persian letters
     * are kept apart with a zero-width non-joiner ({@code سارا احمدی} → {@code س‌ا}) so that they do
     * not join into a word. A name without letters gives its first character.
     */
    public static String initialsOf(String name) {
        String text = name == null ? "" : PersianLetters.fold(name).strip();
        List<Integer> letters = new ArrayList<>(2);
        boolean inWord = false;
        for (int i = 0; i < text.length() && letters.size() < 2; ) {
            int cp = text.codePointAt(i);
            boolean separator = Character.isWhitespace(cp) || cp == ZWNJ || cp == '-' || cp == '.' || cp == '،' || cp == ',';
            if (separator) {
                inWord = false;
            } else if (!inWord) {
                inWord = true;
                if (Character.isLetter(cp)) {
                    letters.add(cp);
                }
            }
            i += Character.charCount(cp);
        }
        if (letters.isEmpty()) {
            return text.isEmpty() ? "?" : new String(Character.toChars(text.codePointAt(0)));
        }
        StringBuilder out = new StringBuilder();
        for (int cp : letters) {
            if (!out.isEmpty() && isArabicScript(cp)) {
                out.append(ZWNJ);
            }
            out.appendCodePoint(Character.toUpperCase(cp));
        }
        return out.toString();
    }

    private static boolean isArabicScript(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.ARABIC;
    }
}
