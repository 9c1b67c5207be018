package org.hamsafar.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Prepares a raw text for analysis ({@link ReadText}): normalisation, tokens and sentences,
 * language, and the dictionary forms of every word, Persian words through
 * {@link PersianWordForms} and Latin ones through {@link EnglishWordForms}, so that mixed texts
 * are read word by word in their own language. Thread-safe.
 */
final class TextReader {

    static final String INFORMAL_FA = "text/sentiment/informal-fa.tsv";

    private final Tokenizer tokenizer = new Tokenizer();
    private final LanguageDetector detector = new LanguageDetector();
    private final PersianWordForms persian;
    private final EnglishWordForms english;
    /** Readings by word: customers use a few thousand words over and over, and reading a word makes a dozen strings. */
    private final Map<String, WordReading> readings = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int MAX_CACHED = 200_000;

    TextReader(Map<String, String> persianStandardSpelling, Map<String, String> englishStandardSpelling) {
        this.persian = new PersianWordForms(persianStandardSpelling);
        this.english = new EnglishWordForms(englishStandardSpelling);
    }

    /** A reader with the shipped table of colloquial Persian spellings. */
    static TextReader withShippedSpellings() {
        Tokenizer tokenizer = new Tokenizer();
        Map<String, String> informal = new HashMap<>();
        DictionaryFile.read(INFORMAL_FA, columns -> {
            if (columns.length >= 2) {
                List<String> from = DictionaryFile.words(tokenizer, columns[0]);
                List<String> to = DictionaryFile.words(tokenizer, columns[1]);
                if (from.size() == 1 && to.size() == 1 && !from.equals(to)) {
                    informal.putIfAbsent(from.get(0), to.get(0));
                }
            }
        });
        return new TextReader(Map.copyOf(informal), Map.of());
    }

    Tokenizer tokenizer() {
        return tokenizer;
    }

    ReadText read(String raw) {
        TextTokens tokens = tokenizer.tokenize(raw);
        List<WordReading> words = new ArrayList<>(tokens.tokens().size());
        for (Token token : tokens.tokens()) {
            words.add(read(token));
        }
        return new ReadText(tokens, words, detector.detect(raw));
    }

    private WordReading read(Token token) {
        if (token.type() != TokenType.WORD) {
            return WordReading.single(token);
        }
        WordReading known = readings.get(token.text());
        if (known != null) {
            return known.at(token);
        }
        char first = token.text().charAt(0);
        WordReading reading = first >= 0x0600 && first <= 0x06FF ? persian.read(token) : english.read(token);
        if (readings.size() >= MAX_CACHED) {
            readings.clear(); // crude, but the words that matter come back at once and memory stays bounded
        }
        readings.put(token.text(), reading);
        return reading;
    }
}
