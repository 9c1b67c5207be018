package org.hamsafar.text;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The shipped sentiment dictionaries: words and phrases with a valence from -4 to +4 (Persian and
 * English in one dictionary, since their scripts never collide), modifiers (intensifiers,
 * diminishers, negators, contrast and concessive words), emoji, and ASCII emoticons. All are the
 * project's own lists, under {@code text/sentiment/}. Immutable once loaded.
 */
final class SentimentLexicon {

    static final String[] WORD_FILES = {"text/sentiment/lexicon-fa.tsv", "text/sentiment/lexicon-en.tsv"};
    static final String[] MODIFIER_FILES = {"text/sentiment/modifiers-fa.tsv", "text/sentiment/modifiers-en.tsv"};
    static final String EMOJI_FILE = "text/sentiment/emoji.tsv";

    private final PhraseDictionary<Double> words;
    private final PhraseDictionary<Modifier> modifiers;
    private final Map<String, Double> emoji;
    private final Map<String, Double> emoticons;
    /** Emoticons by their first char, longest first: the text is scanned once, not once per emoticon. */
    private final Map<Character, List<String>> emoticonsByFirstChar;
    private final boolean[] emoticonStarts = new boolean[0x80];

    SentimentLexicon(PhraseDictionary<Double> words, PhraseDictionary<Modifier> modifiers,
                     Map<String, Double> emoji, Map<String, Double> emoticons) {
        this.words = words;
        this.modifiers = modifiers;
        this.emoji = emoji;
        this.emoticons = emoticons;
        Map<Character, List<String>> byFirst = new HashMap<>();
        emoticons.keySet().forEach(e -> byFirst.computeIfAbsent(e.charAt(0), c -> new java.util.ArrayList<>()).add(e));
        byFirst.values().forEach(list -> list.sort(java.util.Comparator.comparingInt(String::length).reversed()));
        this.emoticonsByFirstChar = Map.copyOf(byFirst);
        byFirst.keySet().forEach(c -> {
            if (c < 0x80) {
                emoticonStarts[c] = true;
            }
        });
    }

    static SentimentLexicon shipped(Tokenizer tokenizer) {
        PhraseDictionary.Builder<Double> words = PhraseDictionary.builder();
        for (String file : WORD_FILES) {
            DictionaryFile.read(file, columns -> {
                if (columns.length < 2) {
                    throw new IllegalArgumentException("expected term and valence");
                }
                words.add(DictionaryFile.words(tokenizer, columns[0]), DictionaryFile.number(columns[1], -4, 4));
            });
        }
        PhraseDictionary.Builder<Modifier> modifiers = PhraseDictionary.builder();
        for (String file : MODIFIER_FILES) {
            DictionaryFile.read(file, columns -> {
                Modifier.Kind kind = columns.length >= 3 ? Modifier.Kind.of(columns[1]) : null;
                if (kind != null) {
                    modifiers.add(DictionaryFile.words(tokenizer, columns[0]), new Modifier(kind, DictionaryFile.number(columns[2], -2, 3)));
                }
            });
        }
        Map<String, Double> emoji = new HashMap<>();
        Map<String, Double> emoticons = new HashMap<>();
        DictionaryFile.read(EMOJI_FILE, columns -> {
            double valence = DictionaryFile.number(columns[1], -4, 4);
            String symbol = columns[0];
            if (symbol.codePoints().anyMatch(cp -> cp > 0x2000)) {
                emoji.putIfAbsent(emojiKey(symbol), valence);
            } else {
                emoticons.putIfAbsent(symbol.toLowerCase(Locale.ROOT), valence);
            }
        });
        return new SentimentLexicon(words.build(), modifiers.build(), Map.copyOf(emoji), Map.copyOf(emoticons));
    }

    PhraseDictionary<Double> words() {
        return words;
    }

    PhraseDictionary<Modifier> modifiers() {
        return modifiers;
    }

    /** The valence of an emoji token, skin tone and presentation selectors ignored; 0 if unknown. */
    double emoji(String token) {
        return emoji.getOrDefault(emojiKey(token), 0.0);
    }

    /** ASCII emoticons ({@code :)}, {@code :-(}, {@code <3}) in lower case, with valence. */
    Map<String, Double> emoticons() {
        return emoticons;
    }

    /** Whether some emoticon starts with the ASCII char {@code c}. */
    boolean startsEmoticon(char c) {
        return emoticonStarts[c];
    }

    /** The emoticons starting with {@code c}, longest first, or null. */
    List<String> emoticonsStartingWith(char c) {
        return emoticonsByFirstChar.get(c);
    }

    static String emojiKey(String symbol) {
        StringBuilder key = new StringBuilder(symbol.length());
        symbol.codePoints()
                .filter(cp -> cp != 0xFE0F && cp != 0xFE0E && !(cp >= 0x1F3FB && cp <= 0x1F3FF))
                .forEach(key::appendCodePoint);
        return key.toString();
    }
}
