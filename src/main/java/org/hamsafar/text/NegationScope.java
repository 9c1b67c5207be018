package org.hamsafar.text;

import java.util.List;
import java.util.Set;

/**
 * Whether a matched phrase is negated: by a negative prefix on one of its words
 * ({@code نمی‌ترسم}), by a negator up to three words before it in the same clause
 * ({@code not happy}, {@code هیچ}), or, in Persian, by a negated verb up to three words after it
 * ({@code خوشحال نبودم}). Used where a negated word should simply not count (emotions); the
 * sentiment scorer flips instead. Thread-safe.
 */
final class NegationScope {

    /** Verbs that carry no sentiment of their own but negate their clause when negated: بود → نبود. */
    static final Set<String> AUXILIARIES = Set.of(
            "بود", "است", "هست", "شد", "شو", "داشت", "دار", "کرد", "کن", "باش", "آمد", "آ", "اومد", "خواست", "خواه");

    private final PhraseDictionary<Modifier> modifiers;

    NegationScope(PhraseDictionary<Modifier> modifiers) {
        this.modifiers = modifiers;
    }

    boolean negated(List<WordReading> words, PhraseDictionary.Match<?> match) {
        if (match.negated()) {
            return true;
        }
        for (int q = match.start() - 1; q >= 0 && q >= match.start() - 3; q--) {
            WordReading word = words.get(q);
            if (word.token().type() == TokenType.PUNCTUATION) {
                break;
            }
            if (isNegator(words, q)) {
                return true;
            }
        }
        if (!words.get(match.start()).persian()) {
            return false;
        }
        for (int q = match.end(); q < words.size() && q < match.end() + 3; q++) {
            WordReading word = words.get(q);
            if (word.token().type() == TokenType.PUNCTUATION) {
                return false;
            }
            if (isNegator(words, q) || isNegatedAuxiliary(word)) {
                return true;
            }
        }
        return false;
    }

    private boolean isNegator(List<WordReading> words, int q) {
        PhraseDictionary.Match<Modifier> m = modifiers.longestAt(words, q);
        return m != null && m.value().kind() == Modifier.Kind.NEGATOR;
    }

    static boolean isNegatedAuxiliary(WordReading word) {
        if (!word.persian()) {
            return false;
        }
        for (int f = 0; f < word.formCount(); f++) {
            String form = word.form(f);
            if ((word.negated(f) && AUXILIARIES.contains(form)) || form.equals("نیست")) {
                return true;
            }
        }
        return false;
    }
}
