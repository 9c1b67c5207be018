package org.hamsafar.actions.rules;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.hamsafar.events.InteractionsRecorded;
import org.hamsafar.events.RecordedInteraction;
import org.hamsafar.feedback.ResponsesStored;
import org.hamsafar.text.TextsAnalysed;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Puts every new response, event and analysed text that an enabled rule may act on into the
 * alert inbox, inside the transaction that stores it (these events are published in that
 * transaction): an item is in the inbox exactly when it is stored. Returns at once when no
 * enabled rule reads that kind of item, so ingestion pays nothing for rules it does not have.
 */
@Component
class AlertInboxListener {
    private final AlertRules rules;
    private final AlertInboxRepository inbox;
    private final AlertWorker worker;
    private final Clock clock;

    AlertInboxListener(AlertRules rules, AlertInboxRepository inbox, AlertWorker worker, Clock clock) {
        this.rules = rules;
        this.inbox = inbox;
        this.worker = worker;
        this.clock = clock;
    }

    @EventListener
    void on(ResponsesStored stored) {
        List<AlertRule> responseRules = rules.enabled(RuleSubject.RESPONSE);
        if (responseRules.isEmpty()) {
            return;
        }
        queue(stored.responses().stream().map(RuleItems::of).filter(item -> anyInForce(responseRules, item)).toList());
    }

    @EventListener
    void on(InteractionsRecorded recorded) {
        List<AlertRule> eventRules = rules.enabled(RuleSubject.EVENT);
        if (eventRules.isEmpty()) {
            return;
        }
        List<RuleItem> items = new ArrayList<>();
        for (RecordedInteraction interaction : recorded.interactions()) {
            // Most rules name the event types they are about: other events need not wait in the inbox.
            if (eventRules.stream().anyMatch(rule -> EventTypeFilter.mayMatch(rule.when(), interaction.type())
                    && AlertWorker.inForce(rule, interaction.occurredAt()))) {
                items.add(RuleItems.of(interaction));
            }
        }
        queue(items);
    }

    @EventListener
    void on(TextsAnalysed analysed) {
        List<AlertRule> textRules = rules.enabled(RuleSubject.TEXT);
        if (textRules.isEmpty()) {
            return;
        }
        queue(analysed.texts().stream().map(RuleItems::of).filter(item -> anyInForce(textRules, item)).toList());
    }

    /** Items older than every rule's start (history sent through the API) need not wait in the inbox: no rule would act on them. */
    private static boolean anyInForce(List<AlertRule> rules, RuleItem item) {
        return rules.stream().anyMatch(rule -> AlertWorker.inForce(rule, item.occurredAt()));
    }

    private void queue(List<RuleItem> items) {
        if (items.isEmpty()) {
            return;
        }
        inbox.insert(items, clock.instant());
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    worker.wake(); // only now can the worker see the items
                }
            });
        } else {
            worker.wake();
        }
    }
}
