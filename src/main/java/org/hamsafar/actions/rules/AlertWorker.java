package org.hamsafar.actions.rules;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hamsafar.shared.store.WriteTransactions;
import org.hamsafar.shared.work.WakeableLoop;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Evaluates the items in the alert inbox against the enabled rules and performs what matched.
 *
 * <p>Exactly once: the conditions are judged on the items still in the inbox; then one
 * transaction claims them (deleting them from the inbox), records each match in
 * {@code alert_trigger} (unique per rule and item) and performs the actions (cases, tags, queued
 * emails and webhooks). A crash anywhere before the commit rolls all of it back and
 * the items are still in the inbox for the next run; after the commit they are gone. A batch that
 * fails is retried one item per transaction, so one bad item cannot hold up the others; an item
 * that keeps failing is put off with a growing delay and, after {@link #MAX_ATTEMPTS} tries, kept
 * aside for a person to look at (see the rules' status).
 *
 * <p>Woken when items are queued, and every few seconds in case another instance queued them.
 * {@code hamsafar.actions.rules.worker.enabled=false} turns the thread off; {@link #drain()} still
 * works on call.
 */
@Component
class AlertWorker extends WakeableLoop {
    private static final Logger log = LoggerFactory.getLogger(AlertWorker.class);
    /** Small, because the batch's transaction holds the store's write lock while its rules run. */
    static final int BATCH = 20;
    static final int MAX_ATTEMPTS = 5;
    private static final long IDLE_POLL_SECONDS = 5;
    static final Duration LATE_ARRIVALS = Duration.ofHours(24);

    private final AlertInboxRepository inbox;
    private final AlertTriggerRepository triggers;
    private final AlertRules rules;
    private final RuleActionRunner runner;
    private final LiveFacts facts;
    private final WriteTransactions writes;
    private final Clock clock;
    /** Called at each step of an item's processing; tests make it fail there to play a crash. */
    private volatile StepProbe probe = step -> { };

    AlertWorker(AlertInboxRepository inbox, AlertTriggerRepository triggers, AlertRules rules, RuleActionRunner runner,
                LiveFacts facts, WriteTransactions writes, Clock clock,
                @Value("${hamsafar.actions.rules.worker.enabled:true}") boolean enabled) {
        super("alert-rules", IDLE_POLL_SECONDS, enabled);
        this.inbox = inbox;
        this.triggers = triggers;
        this.rules = rules;
        this.runner = runner;
        this.facts = facts;
        this.writes = writes;
        this.clock = clock;
    }

    /** The steps of processing one item, in order. */
    enum Step { CLAIMED, MATCHED, ACTED, RECORDED }

    interface StepProbe {
        void reached(Step step);
    }

    void probe(StepProbe newProbe) {
        this.probe = newProbe == null ? step -> { } : newProbe;
    }

    /** Processes everything due in the inbox now; answers how many items were evaluated. */
    synchronized int drain() {
        int total = 0;
        while (true) {
            List<AlertInboxRepository.QueuedItem> due = inbox.due(BATCH, MAX_ATTEMPTS, clock.instant());
            if (due.isEmpty()) {
                return total;
            }
            try {
                act(due);
            } catch (RuntimeException e) {
                log.warn("An alert batch failed ({}); its items are tried one by one", e.toString());
                due.forEach(this::actAlone);
            }
            total += due.size();
        }
    }

    /**
     * The conditions are judged first, outside the transaction (they only read), so the store's
     * write lock is held only while the items leave the inbox and the matches are acted on.
     */
    private void act(List<AlertInboxRepository.QueuedItem> items) {
        Map<UUID, List<AlertRule>> matches = new HashMap<>();
        items.forEach(q -> matches.put(q.id(), matching(q.item())));
        writes.run(() -> {
            Set<UUID> claimed = inbox.claim(items.stream().map(AlertInboxRepository.QueuedItem::id).toList());
            for (AlertInboxRepository.QueuedItem q : items) {
                if (claimed.contains(q.id())) {
                    probe.reached(Step.CLAIMED);
                    perform(q.item(), matches.get(q.id()));
                }
            }
        });
    }

    /** After a failed batch: the item in its own transaction; if it fails again it is put off with a growing delay. */
    private void actAlone(AlertInboxRepository.QueuedItem item) {
        try {
            act(List.of(item));
        } catch (RuntimeException e) {
            Instant retryAt = clock.instant().plus(backoff(item.attempts() + 1));
            writes.run(() -> inbox.recordFailure(item.id(), e.toString(), retryAt));
            log.warn("Alert rules failed on {} (try {} of {}): {}", item.item().ref(), item.attempts() + 1, MAX_ATTEMPTS, e.toString());
        }
    }

    /** 30 s, 1 min, 2 min, ... at most 1 h. */
    static Duration backoff(int attempt) {
        return Duration.ofSeconds(Math.min(3600, 30L << Math.min(attempt - 1, 10)));
    }

    /** The enabled rules of the item's kind that are in force for it and whose condition it meets. */
    private List<AlertRule> matching(RuleItem item) {
        List<AlertRule> matched = new ArrayList<>();
        for (AlertRule rule : rules.enabled(item.subject())) {
            if (inForce(rule, item) && ConditionEvaluator.holds(rule.when(), item, facts)) {
                matched.add(rule);
            }
        }
        return matched;
    }

    /** Performs the matched rules' actions on the item, in the caller's transaction; a rule acts on an item once. */
    private void perform(RuleItem item, List<AlertRule> matched) {
        Instant now = clock.instant();
        for (AlertRule rule : matched) {
            if (triggers.exists(rule.id(), item.subject().key(), item.ref())) {
                continue;
            }
            probe.reached(Step.MATCHED);
            Long caseId = runner.run(rule, item);
            probe.reached(Step.ACTED);
            triggers.insert(new AlertTriggerRepository.Trigger(rule.id(), item.subject().key(), item.ref(), item.customerId(),
                    item.occurredAt(), now, caseId));
            probe.reached(Step.RECORDED);
        }
    }

    /**
     * A rule acts on what happened since it was switched on, allowing {@link #LATE_ARRIVALS} for
     * items that reach the platform late (an app that was offline, a day's batch). Older items
     * (history loaded or imported, texts of the past analysed now) are for the dry run, not for
     * opening cases today.
     */
    static boolean inForce(AlertRule rule, RuleItem item) {
        return inForce(rule, item.occurredAt());
    }

    static boolean inForce(AlertRule rule, Instant occurredAt) {
        return rule.activeSince() != null && !occurredAt.isBefore(rule.activeSince().minus(LATE_ARRIVALS));
    }

    long waiting() {
        return inbox.waiting(MAX_ATTEMPTS);
    }

    @Override
    protected void round() {
        drain();
    }
}
