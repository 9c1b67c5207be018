package org.hamsafar.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the topics of a {@link TopicTaxonomy} in a text: every term of a topic, in either
 * language, is matched as a phrase with the same word forms as sentiment ({@code پیک‌ها},
 * {@code couriers}), the longest term first. Returns per topic where it is mentioned; the caller
 * gives each topic the sentiment of the clauses that mention it. Immutable.
 */
final class TopicMatcher {

    /** The mentions of one topic in a text: each as a span of the normalised text and the index of its first token. */
    record Found(Topic topic, List<Token> mentions, List<Integer> firstTokens) {
    }

    private final TopicTaxonomy taxonomy;
    private final PhraseDictionary<List<Topic>> terms;

    TopicMatcher(TopicTaxonomy taxonomy, TextReader reader) {
        Tokenizer tokenizer = reader.tokenizer();
        this.taxonomy = taxonomy;
        Map<List<String>, List<Topic>> byTerm = new LinkedHashMap<>();
        for (Topic topic : taxonomy.topics()) {
            List<String> all = new ArrayList<>(topic.termsFa());
            all.addAll(topic.termsEn());
            for (String term : all) {
                List<String> words = DictionaryFile.words(tokenizer, term);
                if (!words.isEmpty()) {
                    List<Topic> topics = byTerm.computeIfAbsent(words, w -> new ArrayList<>());
                    if (!topics.contains(topic)) {
                        topics.add(topic);
                    }
                }
            }
        }
        PhraseDictionary.Builder<List<Topic>> builder = PhraseDictionary.builder();
        byTerm.forEach((words, topics) -> builder.add(words, List.copyOf(topics)));
        List<String> vocabulary = new ArrayList<>();
        byTerm.keySet().forEach(vocabulary::addAll);
        reader.learn(vocabulary);
        this.terms = builder.build();
    }

    TopicTaxonomy taxonomy() {
        return taxonomy;
    }

    /** Topics in order of their first mention. */
    List<Found> find(ReadText text) {
        Map<String, Found> found = new LinkedHashMap<>();
        List<Sentence> sentences = text.tokens().sentences();
        for (int k = 0; k < sentences.size(); k++) {
            List<WordReading> words = text.wordsOf(sentences.get(k));
            int i = 0;
            while (i < words.size()) {
                PhraseDictionary.Match<List<Topic>> match =
                        words.get(i).token().type() == TokenType.WORD ? terms.longestAt(words, i) : null;
                if (match == null) {
                    i++;
                    continue;
                }
                Token first = words.get(match.start()).token();
                Token last = words.get(match.end() - 1).token();
                Token span = new Token(text.tokens().text().text().substring(first.start(), last.end()), TokenType.WORD, first.start(), last.end());
                for (Topic topic : match.value()) {
                    Found f = found.computeIfAbsent(topic.key(), key -> new Found(topic, new ArrayList<>(), new ArrayList<>()));
                    f.mentions().add(span);
                    f.firstTokens().add(sentences.get(k).firstToken() + match.start());
                }
                i = match.end();
            }
        }
        return List.copyOf(found.values());
    }
}
