package org.hamsafar.text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

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
    private final Map<String, WordReading> readings = new ConcurrentHashMap<>();
    private static final int MAX_CACHED = 200_000;
    /**
     * Every word some dictionary holds. A word's stripped forms are kept only when they are in it
     * (the word as written always is): most forms of most words are in no dictionary, and each
     * kept form costs a look-up in every dictionary. Null keeps every form.
     */
    private final Set<String> vocabulary;

    TextReader(Map<String, String> persianStandardSpelling, Map<String, String> englishStandardSpelling) {
        this(persianStandardSpelling, englishStandardSpelling, null);
    }

    private TextReader(Map<String, String> persianStandardSpelling, Map<String, String> englishStandardSpelling, Set<String> vocabulary) {
        this.persian = new PersianWordForms(persianStandardSpelling);
        this.english = new EnglishWordForms(englishStandardSpelling);
        this.vocabulary = vocabulary;
    }

    /**
     * Adds dictionary words to the vocabulary (a taxonomy edited with new terms); readings made
     * before are forgotten when anything was new. No effect on a reader that keeps every form.
     */
    void learn(Collection<String> words) {
        if (vocabulary != null && vocabulary.addAll(words)) {
            readings.clear();
        }
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
        return new TextReader(Map.copyOf(informal), Map.of(), ConcurrentHashMap.newKeySet());
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
        if (vocabulary != null) {
            reading = reading.keeping(vocabulary);
        }
        if (readings.size() >= MAX_CACHED) {
            readings.clear(); // crude, but the words that matter come back at once and memory stays bounded
        }
        readings.put(token.text(), reading);
        return reading;
    }
}
