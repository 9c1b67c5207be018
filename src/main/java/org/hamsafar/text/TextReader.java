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
        char first = token.text().charAt(0);
        if (first >= 0x0600 && first <= 0x06FF) {
            return persian.read(token);
        }
        return english.read(token);
    }
}
