package org.hamsafar.text;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Emotions from the shipped emotion lexicons ({@code text/emotions/}): every matched word,
 * phrase or emoji adds its weight to its emotions, unless it is negated ({@code not angry},
 * {@code نگران نیستم}); an intensifier right before it multiplies. A sum {@code s} becomes the
 * strength {@code 1 - e^-s}: one clear word gives about 0.5, several make it approach 1, none
 * leaves 0. Thread-safe.
 */
final class EmotionScorer {

    static final String[] FILES = {"text/emotions/emotions-fa.tsv", "text/emotions/emotions-en.tsv"};

    record Weight(Emotion emotion, double weight) {
    }

    private final PhraseDictionary<List<Weight>> words;
    private final Map<String, List<Weight>> emoji;
    private final PhraseDictionary<Modifier> modifiers;
    private final NegationScope negation;

    EmotionScorer(PhraseDictionary<List<Weight>> words, Map<String, List<Weight>> emoji, PhraseDictionary<Modifier> modifiers) {
        this.words = words;
        this.emoji = emoji;
        this.modifiers = modifiers;
        this.negation = new NegationScope(modifiers);
    }

    static EmotionScorer shipped(Tokenizer tokenizer, PhraseDictionary<Modifier> modifiers) {
        Map<List<String>, List<Weight>> byTerm = new HashMap<>();
        Map<String, List<Weight>> emoji = new HashMap<>();
        List<List<String>> order = new ArrayList<>();
        for (String file : FILES) {
            DictionaryFile.read(file, columns -> {
                Emotion emotion = columns.length >= 3 ? Emotion.ofCode(columns[1]) : null;
                if (emotion == null) {
                    throw new IllegalArgumentException("expected term, emotion and weight");
                }
                Weight weight = new Weight(emotion, DictionaryFile.number(columns[2], 0, 1));
                if (columns[0].codePoints().anyMatch(cp -> cp > 0x2000 && !Character.isLetter(cp))) {
                    emoji.computeIfAbsent(SentimentLexicon.emojiKey(columns[0]), k -> new ArrayList<>()).add(weight);
                    return;
                }
                List<String> term = DictionaryFile.words(tokenizer, columns[0]);
                if (!term.isEmpty()) {
                    byTerm.computeIfAbsent(term, k -> {
                        order.add(k);
                        return new ArrayList<>();
                    }).add(weight);
                }
            });
        }
        PhraseDictionary.Builder<List<Weight>> words = PhraseDictionary.builder();
        order.forEach(term -> words.add(term, List.copyOf(byTerm.get(term))));
        return new EmotionScorer(words.build(), Map.copyOf(emoji), modifiers);
    }

    PhraseDictionary<List<Weight>> words() {
        return words;
    }

    Map<Emotion, Double> score(ReadText text) {
        double[] sums = new double[Emotion.values().length];
        List<WordReading> all = text.words();
        for (Sentence sentence : text.tokens().sentences()) {
            List<WordReading> sentenceWords = text.wordsOf(sentence);
            int i = 0;
            while (i < sentenceWords.size()) {
                WordReading word = sentenceWords.get(i);
                if (word.token().type() == TokenType.EMOJI) {
                    add(sums, emoji.get(SentimentLexicon.emojiKey(word.token().text())), 1);
                    i++;
                    continue;
                }
                PhraseDictionary.Match<List<Weight>> match = word.token().type() == TokenType.WORD ? words.longestAt(sentenceWords, i) : null;
                if (match == null) {
                    i++;
                    continue;
                }
                if (!negation.negated(sentenceWords, match)) {
                    add(sums, match.value(), intensity(sentenceWords, i));
                }
                i = match.end();
            }
        }
        Map<Emotion, Double> strengths = new EnumMap<>(Emotion.class);
        for (Emotion emotion : Emotion.values()) {
            strengths.put(emotion, Math.round((1 - Math.exp(-sums[emotion.ordinal()])) * 1000) / 1000.0);
        }
        return strengths;
    }

    private double intensity(List<WordReading> words, int i) {
        if (i == 0) {
            return 1;
        }
        Modifier m = modifiers.get(words.get(i - 1).token().text());
        if (m != null && (m.kind() == Modifier.Kind.INTENSIFIER || m.kind() == Modifier.Kind.DIMINISHER)) {
            return m.factor();
        }
        return 1;
    }

    private static void add(double[] sums, List<Weight> weights, double intensity) {
        if (weights != null) {
            for (Weight w : weights) {
                sums[w.emotion().ordinal()] += w.weight() * intensity;
            }
        }
    }
}
