package org.hamsafar.text;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hamsafar.shared.store.WriteTransactions;
import org.hamsafar.shared.work.WakeableLoop;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Analyses queued texts in the background: takes the longest-waiting batch, analyses it, and in
 * one transaction stores the results and removes the batch from the queue, so a text is analysed
 * at least once and its result stored once. Woken when texts are queued, and every few seconds in
 * case a wake-up was missed (another instance queued them). {@code hamsafar.text.worker.enabled=false}
 * turns the thread off; {@link #drain()} still works on call.
 */
@Component
class TextAnalysisWorker extends WakeableLoop {

    private static final Logger log = LoggerFactory.getLogger(TextAnalysisWorker.class);
    static final int BATCH = 1_000;
    private static final long IDLE_POLL_SECONDS = 5;

    private final PendingTextRepository pending;
    private final TextResultRepository results;
    private final TextAnalysisService service;
    private final WriteTransactions writes;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final long restMillis;

    TextAnalysisWorker(PendingTextRepository pending, TextResultRepository results, TextAnalysisService service,
                       WriteTransactions writes, Clock clock, ApplicationEventPublisher events,
                       @Value("${hamsafar.text.worker.enabled:true}") boolean enabled,
                       @Value("${hamsafar.text.worker.rest-ms:1000}") long restMillis) {
        super("text-analysis", IDLE_POLL_SECONDS, enabled);
        this.restMillis = restMillis;
        this.events = events;
        this.pending = pending;
        this.results = results;
        this.service = service;
        this.writes = writes;
        this.clock = clock;
    }

    /** Analyses everything queued now; returns how many texts that was. */
    synchronized int drain() {
        return drain(false);
    }

    /**
     * With {@code polite}, after each full batch the worker rests as long as the batch took: a
     * big import with texts then shares the machine and the store's write lock with the
     * analysis of its texts instead of waiting behind it; and a batch that is not full ends the
     * call, so that texts still arriving wait for the next round instead of being taken a few at
     * a time.
     */
    private synchronized int drain(boolean polite) {
        int total = 0;
        while (true) {
            long started = System.nanoTime();
            List<PendingText> batch = pending.oldest(BATCH);
            if (batch.isEmpty()) {
                return total;
            }
            TextAnalyzer analyzer = service.analyzer();
            Map<String, AnalysedText> latest = new LinkedHashMap<>(); // a text queued twice is stored once
            List<UUID> ids = new ArrayList<>(batch.size());
            for (PendingText text : batch) {
                latest.put(text.source() + "\u0000" + text.sourceId(), new AnalysedText(text, analyse(analyzer, text), clock.instant()));
                ids.add(text.id());
            }
            writes.run(() -> {
                Map<UUID, Long> claimed = pending.claim(ids);
                List<AnalysedText> stored = new ArrayList<>();
                for (AnalysedText result : latest.values()) {
                    if (claimed.containsKey(result.text().id())) {
                        stored.add(result.forCustomer(claimed.get(result.text().id())));
                    }
                }
                // Only live texts analysed for the first time are news: see TextsAnalysed.
                List<AnalysedText> news = results.replace(stored).stream().filter(r -> r.text().live()).toList();
                if (!news.isEmpty()) {
                    events.publishEvent(TextsAnalysed.of(news)); // in the transaction: see TextsAnalysed
                }
            });
            total += batch.size();
            if (polite && batch.size() < BATCH) {
                return total; // what was queued when this batch was read is done: the round ends (see round())
            }
            if (polite) {
                try {
                    Thread.sleep(Math.max(1, (System.nanoTime() - started) / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return total;
                }
            }
        }
    }

    /**
     * One text's analysis; should the active model fail on it (an external model's runtime error),
     * the built-in model analyses it, so that one text never holds up the queue.
     */
    private static TextAnalysis analyse(TextAnalyzer analyzer, PendingText text) {
        try {
            return analyzer.analyze(text.text());
        } catch (RuntimeException e) {
            log.warn("Analysis of {} {} failed ({}); the built-in model analyses it", text.source(), text.sourceId(), e.toString());
            return TextAnalyzer.shipped().withTaxonomy(analyzer.taxonomy()).analyze(text.text());
        }
    }

    /**
     * Drains the queue, then rests: texts that arrive meanwhile wait for the next round. A text
     * after a quiet spell is analysed at once, but under a steady stream of texts (events with
     * text arriving thousands a second) the worker stores full batches instead of a few hundred
     * texts at a time; the store's write lock, which event ingestion needs too, is then taken a
     * third as often for the same texts (measured in docs/benchmarks.md).
     */
    @Override
    protected void round() {
        if (drain(true) > 0 && restMillis > 0) {
            try {
                Thread.sleep(restMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
