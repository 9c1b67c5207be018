package org.hamsafar.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Analyses Persian, English and mixed texts: language, sentiment, topics with their own
 * sentiment, emotions and keywords. Plain Java, usable without the application (the
 * {@code text-eval} command runs it directly). Thread-safe and never throws for any string;
 * texts over {@link #MAX_CHARS} chars are analysed on their first {@link #MAX_CHARS} chars.
 */
public final class TextAnalyzer {

    public static final int MAX_CHARS = 20_000;
    static final int KEYWORDS = 8;

    private final TextResources resources;
    private final SentimentModel model;
    private final TopicMatcher topics;

    TextAnalyzer(TextResources resources, SentimentModel model, TopicMatcher topics) {
        this.resources = resources;
        this.model = model;
        this.topics = topics;
    }

    /** The analyser with the shipped lexicons, the built-in model and the default taxonomy (loaded once per JVM). */
    public static TextAnalyzer shipped() {
        return Shipped.ANALYZER;
    }

    /** The same analyser matching another taxonomy. */
    public TextAnalyzer withTaxonomy(TopicTaxonomy taxonomy) {
        return new TextAnalyzer(resources, model, new TopicMatcher(taxonomy, resources.reader()));
    }

    TextAnalyzer withModel(SentimentModel other) {
        return new TextAnalyzer(resources, other, topics);
    }

    SentimentModel model() {
        return model;
    }

    public String modelVersion() {
        return model.version();
    }

    public TopicTaxonomy taxonomy() {
        return topics.taxonomy();
    }

    TextResources resources() {
        return resources;
    }

    /** Analyses one text; {@code null} counts as empty. */
    public TextAnalysis analyze(String raw) {
        return analyze(raw, null);
    }

    /** Analyses one text whose language the caller knows ({@code null}: detect it); the language picks the sentiment model. */
    public TextAnalysis analyze(String raw, Language hint) {
        String text = raw == null ? "" : raw.length() > MAX_CHARS ? raw.substring(0, MAX_CHARS) : raw;
        ReadText read = resources.reader().read(text);
        LexiconScore lexicon = resources.scorer().score(read);
        SentimentModel model = this.model.modelFor(read, hint);
        Sentiment sentiment = model.sentiment(read, lexicon);
        Language language = read.language().language();
        List<TopicMention> mentions = new ArrayList<>();
        List<TopicMatcher.Found> found = topics.find(read);
        if (!found.isEmpty()) {
            List<Clauses.Clause> clauses = Clauses.of(read, resources.lexicon().modifiers());
            Map<Integer, Sentiment> byClause = new HashMap<>();
            for (TopicMatcher.Found topic : found) {
                List<Sentiment> sentiments = new ArrayList<>();
                List<Integer> seen = new ArrayList<>();
                for (int token : topic.firstTokens()) {
                    int c = Clauses.indexOf(clauses, token);
                    if (!seen.contains(c)) {
                        seen.add(c);
                        sentiments.add(byClause.computeIfAbsent(c, i -> clauseSentiment(model, read, clauses, i, sentiment)));
                    }
                }
                List<Span> spans = topic.mentions().stream().map(read.tokens()::originalSpan).toList();
                mentions.add(new TopicMention(topic.topic().key(), topic.topic().label(language), mean(sentiments), spans));
            }
        }
        return new TextAnalysis(read.language(), sentiment, mentions, resources.emotions().score(read),
                resources.keywords().keywords(read, KEYWORDS), model.version());
    }

    /** Only the sentiment of a text (what the evaluation needs). */
    public Sentiment sentiment(String raw) {
        String text = raw == null ? "" : raw.length() > MAX_CHARS ? raw.substring(0, MAX_CHARS) : raw;
        ReadText read = resources.reader().read(text);
        return model.modelFor(read, null).sentiment(read, resources.scorer().score(read));
    }

    /**
     * The sentiment of one clause on its own; a text of one clause is its own clause. A clause
     * the analysis finds no sentiment in ("the delivery", "و پیک") takes the whole text's.
     */
    private Sentiment clauseSentiment(SentimentModel model, ReadText read, List<Clauses.Clause> clauses, int c, Sentiment whole) {
        if (clauses.size() <= 1 || c < 0) {
            return whole;
        }
        Clauses.Clause clause = clauses.get(c);
        ReadText part = read.slice(clause.first(), clause.end());
        LexiconScore lexicon = resources.scorer().score(part);
        return lexicon.evidence() == 0 ? whole : model.sentiment(part, lexicon);
    }

    private static Sentiment mean(List<Sentiment> sentiments) {
        if (sentiments.size() == 1) {
            return sentiments.get(0);
        }
        double score = sentiments.stream().mapToDouble(Sentiment::score).average().orElse(0);
        double confidence = sentiments.stream().mapToDouble(Sentiment::confidence).average().orElse(0);
        SentimentLabel label = score > 0.1 ? SentimentLabel.POSITIVE : score < -0.1 ? SentimentLabel.NEGATIVE : SentimentLabel.NEUTRAL;
        return new Sentiment(label, Math.round(score * 1000) / 1000.0, Math.round(confidence * 1000) / 1000.0);
    }

    private static final class Shipped {
        static final TextAnalyzer ANALYZER = load();

        private static TextAnalyzer load() {
            TextResources resources = TextResources.shipped();
            BlendedSentimentModel model = BuiltInModel.train(resources.reader(), resources.scorer(), resources.features());
            return new TextAnalyzer(resources, model, new TopicMatcher(TopicTaxonomy.shipped(), resources.reader()));
        }
    }
}
