package org.hamsafar.text;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.hamsafar.shared.NotFoundException;
import org.hamsafar.shared.store.WriteTransactions;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;

/**
 * The text module's facade: the analyser with the organisation's taxonomy, the taxonomy itself
 * (seeded with the shipped default the first time it is read), and re-analysis of stored texts.
 */
@Service
public class TextAnalysisService {

    private final TopicRepository topics;
    private final TextModelRepository models;
    private final OnnxModels onnx;
    private final TextPendingListener listener;
    private final PendingTextRepository pending;
    private final TextResultRepository results;
    private final WriteTransactions writes;
    private final Clock clock;
    private volatile TextAnalyzer analyzer;

    TextAnalysisService(TopicRepository topics, TextModelRepository models, OnnxModels onnx, @Lazy TextPendingListener listener,
                        PendingTextRepository pending, TextResultRepository results, WriteTransactions writes, Clock clock) {
        this.listener = listener;
        this.topics = topics;
        this.models = models;
        this.onnx = onnx;
        this.pending = pending;
        this.results = results;
        this.writes = writes;
        this.clock = clock;
    }

    /** The analyser in use: the built-in model with the current taxonomy. */
    public TextAnalyzer analyzer() {
        TextAnalyzer current = analyzer;
        if (current == null) {
            synchronized (this) {
                if (analyzer == null) {
                    analyzer = build();
                }
                current = analyzer;
            }
        }
        return current;
    }

    /** The taxonomy; read from the store until the analyser is built, so listing topics never waits for the model's training. */
    public List<Topic> topics() {
        TextAnalyzer current = analyzer;
        return current != null ? current.taxonomy().topics() : currentTopics();
    }

    /** Adds or replaces a topic; texts analysed from now on use it ({@link #reanalyzeAll()} applies it to the past). */
    public synchronized void saveTopic(Topic topic) {
        writes.run(() -> topics.save(topic, clock.instant()));
        reload();
    }

    public synchronized void deleteTopic(String key) {
        if (!writes.run(() -> topics.delete(key))) {
            throw new NotFoundException("No topic " + key);
        }
        reload();
    }

    /** Puts the shipped default taxonomy back in place of the current one. */
    public synchronized void resetTopics() {
        writes.run(() -> {
            topics.deleteAll();
            TopicTaxonomy.shipped().topics().forEach(t -> topics.save(t, clock.instant()));
        });
        reload();
    }

    /**
     * Queues texts for analysis in the caller's transaction (call it inside the transaction that
     * stores them, so both commit or neither does); results appear within seconds.
     */
    public void queue(List<TextToAnalyse> texts) {
        listener.queueFrom(texts);
    }

    /** Queues every stored text for analysis again (after a taxonomy or model change); returns how many. */
    public int reanalyzeAll() {
        return writes.run(() -> pending.requeueAll(clock.instant()));
    }

    /** Stored results per model version, and texts still waiting. */
    public Map<String, Object> status() {
        return Map.of("model", analyzer().modelVersion(), "resultsByModel", results.countByModel(), "pending", pending.count());
    }

    /** Builds the analyser again after the taxonomy or the active models changed. */
    synchronized void reload() {
        analyzer = build();
    }

    private TextAnalyzer build() {
        TextAnalyzer shipped = TextAnalyzer.shipped();
        return shipped.withTaxonomy(new TopicTaxonomy(currentTopics())).withModel(activeModels(shipped));
    }

    /** The built-in model, with the organisation's active model for each language that has one. */
    private SentimentModel activeModels(TextAnalyzer shipped) {
        Map<Language, SentimentModel> byLanguage = new java.util.EnumMap<>(Language.class);
        models.active().forEach((code, ref) -> {
            Language language = Language.fromCode(code).orElseThrow();
            if (ref.startsWith("custom:")) {
                long id = Long.parseLong(ref.substring("custom:".length()));
                models.find(id).ifPresent(stored -> models.weights(id).ifPresent(classifier -> byLanguage.put(language,
                        new CustomModelTrainer(shipped.resources(), shipped.model()).asModel(stored.versionName(), classifier))));
            } else if (ref.startsWith("onnx:")) {
                onnx.get(ref.substring("onnx:".length())).filter(m -> m.files().language() == language)
                        .ifPresent(model -> byLanguage.put(language, model));
            }
        });
        return new LanguageRoutedModel(shipped.model(), byLanguage);
    }

    private List<Topic> currentTopics() {
        List<Topic> stored = topics.all();
        if (!stored.isEmpty()) {
            return stored;
        }
        writes.run(() -> {
            if (topics.all().isEmpty()) {
                TopicTaxonomy.shipped().topics().forEach(t -> topics.save(t, clock.instant()));
            }
        });
        return topics.all();
    }
}
