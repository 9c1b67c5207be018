package org.hamsafar.text;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.hamsafar.shared.NotFoundException;
import org.hamsafar.shared.store.WriteTransactions;
import org.springframework.stereotype.Service;

/**
 * The text module's facade: the analyser with the organisation's taxonomy, the taxonomy itself
 * (seeded with the shipped default the first time it is read), and re-analysis of stored texts.
 */
@Service
public class TextAnalysisService {

    private final TopicRepository topics;
    private final PendingTextRepository pending;
    private final TextResultRepository results;
    private final WriteTransactions writes;
    private final Clock clock;
    private volatile TextAnalyzer analyzer;

    TextAnalysisService(TopicRepository topics, PendingTextRepository pending, TextResultRepository results,
                        WriteTransactions writes, Clock clock) {
        this.topics = topics;
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
                    analyzer = TextAnalyzer.shipped().withTaxonomy(new TopicTaxonomy(currentTopics()));
                }
                current = analyzer;
            }
        }
        return current;
    }

    public List<Topic> topics() {
        return analyzer().taxonomy().topics();
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

    /** Queues every stored text for analysis again (after a taxonomy or model change); returns how many. */
    public int reanalyzeAll() {
        return writes.run(() -> pending.requeueAll(clock.instant()));
    }

    /** Stored results per model version, and texts still waiting. */
    public Map<String, Object> status() {
        return Map.of("model", analyzer().modelVersion(), "resultsByModel", results.countByModel(), "pending", pending.count());
    }

    private synchronized void reload() {
        analyzer = TextAnalyzer.shipped().withTaxonomy(new TopicTaxonomy(currentTopics()));
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
