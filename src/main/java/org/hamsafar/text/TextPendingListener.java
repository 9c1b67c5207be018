package org.hamsafar.text;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hamsafar.events.EventTextsStored;
import org.hamsafar.events.RecordedInteraction;
import org.hamsafar.feedback.ResponseTextsStored;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Queues every newly stored text for analysis: free-text survey answers and events with text.
 * Runs inside the transaction that stores them (see {@link EventTextsStored}), so a text is
 * queued exactly when it is stored; {@link TextAnalysisWorker} analyses the queue.
 */
@Component
class TextPendingListener {

    private final PendingTextRepository pending;
    private final TextAnalysisWorker worker;
    private final Clock clock;

    TextPendingListener(PendingTextRepository pending, TextAnalysisWorker worker, Clock clock) {
        this.pending = pending;
        this.worker = worker;
        this.clock = clock;
    }

    @EventListener
    void on(EventTextsStored stored) {
        List<PendingText> texts = new ArrayList<>();
        for (RecordedInteraction i : stored.interactions()) {
            texts.add(new PendingText(UUID.randomUUID(), PendingText.EVENT, i.eventId().toString(), i.customerId(), i.sourceIdentity(),
                    null, null, i.channel(), i.touchpoint(), i.occurredAt(), clip(i.text()), stored.live()));
        }
        queue(texts);
    }

    @EventListener
    void on(ResponseTextsStored stored) {
        List<PendingText> texts = new ArrayList<>();
        for (ResponseTextsStored.ResponseText t : stored.texts()) {
            texts.add(new PendingText(UUID.randomUUID(), PendingText.SURVEY_ANSWER, t.responseId() + ":" + t.questionKey(),
                    t.customerId(), t.sourceIdentity(), t.surveyId(), t.questionKey(), t.channel(), t.touchpoint(), t.submittedAt(),
                    clip(t.text()), stored.live()));
        }
        queue(texts);
    }

    /** Queues texts of modules that call the text module rather than announce their texts (cases). */
    void queueFrom(List<TextToAnalyse> texts) {
        List<PendingText> pendingTexts = new ArrayList<>();
        for (TextToAnalyse t : texts) {
            if (t.text() != null && !t.text().isBlank()) {
                pendingTexts.add(new PendingText(UUID.randomUUID(), t.source(), t.sourceId(), t.customerId(), null, null, null,
                        t.channel(), t.touchpoint(), t.occurredAt(), clip(t.text()), true));
            }
        }
        queue(pendingTexts);
    }

    private void queue(List<PendingText> texts) {
        if (!texts.isEmpty()) {
            pending.insert(texts, clock.instant());
            if (TransactionSynchronizationManager.isSynchronizationActive()) {
                TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                    @Override
                    public void afterCommit() {
                        worker.wake(); // only now can the worker see the queued rows
                    }
                });
            } else {
                worker.wake();
            }
        }
    }

    private static String clip(String text) {
        return text.length() > 10_000 ? text.substring(0, 10_000) : text;
    }
}
