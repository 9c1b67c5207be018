package org.hamsafar.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.fa.PersianAnalyzer;

/**
 * The telling words of one text: words that are not stop words (Lucene's Persian and English
 * stop lists, normalised like texts, plus colloquial Persian function words), modifiers or
 * numbers, ranked by how often they occur, ties by first occurrence. Thread-safe.
 */
final class KeywordExtractor {

    private static final List<String> COLLOQUIAL_STOP_WORDS = List.of(
            "یه", "اون", "این", "رو", "هم", "دیگه", "واسه", "برا", "که", "تو", "اینو", "اونو", "ما", "من", "شما",
            "بود", "بودن", "هست", "است", "شد", "شده", "کرد", "کردم", "کردیم", "داشت", "دارم", "داره", "میشه", "نبود",
            "نیست", "نشد", "چون", "ولی", "اما", "خیلی", "بسیار", "واقعا", "اصلا", "هیچ", "باید", "بعد", "قبل", "الان",
            "دادم", "داد", "دیگر", "حتی", "فقط", "همه", "همین", "چی", "چیز", "چیزی", "i", "im", "it's", "i'm", "was", "very");

    private final Set<String> stopWords;
    private final PhraseDictionary<Modifier> modifiers;

    KeywordExtractor(Tokenizer tokenizer, PhraseDictionary<Modifier> modifiers) {
        this.modifiers = modifiers;
        Set<String> stop = new HashSet<>(COLLOQUIAL_STOP_WORDS);
        addAll(stop, PersianAnalyzer.getDefaultStopSet(), tokenizer);
        addAll(stop, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, tokenizer);
        this.stopWords = Set.copyOf(stop);
    }

    private static void addAll(Set<String> stop, CharArraySet words, Tokenizer tokenizer) {
        for (Object word : words) {
            String text = word instanceof char[] chars ? new String(chars) : word.toString();
            stop.addAll(DictionaryFile.words(tokenizer, text));
        }
    }

    List<String> keywords(ReadText text, int max) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (WordReading word : text.words()) {
            Token token = word.token();
            if (token.type() != TokenType.WORD || !telling(word)) {
                continue;
            }
            counts.merge(token.text(), 1, Integer::sum);
        }
        List<Map.Entry<String, Integer>> ranked = new ArrayList<>(counts.entrySet());
        ranked.sort((a, b) -> Integer.compare(b.getValue(), a.getValue())); // stable: ties keep first occurrence
        List<String> keywords = new ArrayList<>();
        for (int i = 0; i < ranked.size() && i < max; i++) {
            keywords.add(ranked.get(i).getKey());
        }
        return keywords;
    }

    private boolean telling(WordReading word) {
        String text = word.token().text();
        int minimum = word.persian() ? 2 : 3;
        if (text.length() < minimum || stopWords.contains(text) || modifiers.get(text) != null) {
            return false;
        }
        return text.chars().anyMatch(Character::isLetter);
    }
}
