package org.hamsafar.text;

import java.util.List;

/**
 * Turns a read text into hashed features for the linear sentiment model: words, word pairs
 * within a sentence, character 3- to 5-grams of every word (they catch inflections and
 * misspellings a word list misses: {@code خوشمزه‌ترین}, {@code awsome}), emoji, and the lexicon's
 * verdict. English words after a negator up to the next punctuation are marked as negated
 * ({@code not good} → {@code NOT good}), the usual trick that lets a bag of words see negation;
 * Persian marks negation on the verb itself. The text part is scaled to unit length; the lexicon
 * features are added after, unscaled. Thread-safe.
 */
final class TextFeatures {

    static final int BITS = 18;
    static final int DIMENSION = 1 << BITS;

    private static final int WORD = 0x1000193;
    private static final int PAIR = 0x2000193;
    private static final int CHARS = 0x3000193;
    private static final int NEGATED = 0x4000193;
    private static final float LEXICON_WEIGHT = 2.0f;

    private final PhraseDictionary<Modifier> modifiers;

    TextFeatures(PhraseDictionary<Modifier> modifiers) {
        this.modifiers = modifiers;
    }

    SparseVector of(ReadText text, LexiconScore lexicon) {
        SparseVector vector = new SparseVector();
        List<WordReading> words = text.words();
        for (Sentence sentence : text.tokens().sentences()) {
            boolean negating = false;
            int previous = 0;
            for (int i = sentence.firstToken(); i < sentence.endToken(); i++) {
                WordReading word = words.get(i);
                Token token = word.token();
                if (token.type() == TokenType.PUNCTUATION) {
                    negating = false;
                    previous = 0;
                    continue;
                }
                int h = hash(token.text(), negating ? NEGATED : WORD);
                vector.add(bucket(h), 1f);
                if (previous != 0) {
                    vector.add(bucket(previous * 31 + h ^ PAIR), 1f);
                }
                previous = h;
                if (token.type() == TokenType.WORD) {
                    addCharacterGrams(vector, token.text());
                    if (!word.persian() && isNegator(word)) {
                        negating = true;
                    }
                }
            }
        }
        vector.normalize(0);
        if (lexicon.evidence() == 0) {
            vector.add(bucket(NEGATED * 7), LEXICON_WEIGHT / 2);
        } else {
            vector.add(bucket(NEGATED * 11), (float) Math.max(lexicon.compound(), 0) * LEXICON_WEIGHT);
            vector.add(bucket(NEGATED * 13), (float) Math.max(-lexicon.compound(), 0) * LEXICON_WEIGHT);
        }
        return vector;
    }

    private boolean isNegator(WordReading word) {
        for (int f = 0; f < word.formCount(); f++) {
            Modifier m = modifiers.get(word.form(f));
            if (m != null) {
                return m.kind() == Modifier.Kind.NEGATOR;
            }
        }
        return false;
    }

    /** Character 3- to 5-grams of {@code ^word$}. */
    private static void addCharacterGrams(SparseVector vector, String word) {
        int length = word.length() + 2;
        if (length > 40) {
            return;
        }
        for (int n = 3; n <= 5; n++) {
            for (int start = 0; start + n <= length; start++) {
                int h = CHARS ^ n;
                for (int k = start; k < start + n; k++) {
                    char c = k == 0 ? '^' : k == length - 1 ? '$' : word.charAt(k - 1);
                    h = (h ^ c) * 0x01000193;
                }
                vector.add(bucket(h), 0.5f);
            }
        }
    }

    /** FNV-1a over the chars, seeded per feature kind. */
    private static int hash(String s, int seed) {
        int h = seed;
        for (int i = 0; i < s.length(); i++) {
            h = (h ^ s.charAt(i)) * 0x01000193;
        }
        return h;
    }

    /** Murmur3's finaliser spreads the hash before it is cut to the dimension. */
    private static int bucket(int h) {
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        h ^= h >>> 16;
        return h & (DIMENSION - 1);
    }
}
