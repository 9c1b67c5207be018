package org.hamsafar.actions.rules;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.hamsafar.identity.Actors;
import org.hamsafar.shared.NotFoundException;
import org.hamsafar.shared.store.WriteTransactions;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The alert rules: kept in the store, and the enabled ones in memory by subject, so that the
 * listeners on the ingestion and response paths decide at once whether anything concerns them.
 * The memory copy is renewed after every change here and every {@link #RELOAD_SECONDS} s (for
 * changes another instance made on a shared PostgreSQL).
 */
@Service
class AlertRules {
    static final long RELOAD_SECONDS = 30;
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(AlertRules.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final AlertRuleRepository rules;
    private final RuleReferences references;
    private final WriteTransactions writes;
    private final Clock clock;
    private volatile Map<RuleSubject, List<AlertRule>> enabled;
    private volatile long loadedAtNanos;

    AlertRules(AlertRuleRepository rules, RuleReferences references, WriteTransactions writes, Clock clock) {
        this.rules = rules;
        this.references = references;
        this.writes = writes;
        this.clock = clock;
    }

    AlertRule create(JsonNode body) {
        RuleDraft draft = RuleDraft.read(body);
        references.check(draft);
        String actor = Actors.current();
        return writes.run(() -> {
            long id = rules.nextId();
            rules.insert(id, draft, clock.instant(), actor);
            reloadAfterCommit();
            return get(id);
        });
    }

    AlertRule replace(long id, JsonNode body) {
        RuleDraft draft = RuleDraft.read(body);
        references.check(draft);
        String actor = Actors.current();
        return writes.run(() -> {
            get(id);
            rules.update(id, draft, clock.instant(), actor);
            reloadAfterCommit();
            return get(id);
        });
    }

    AlertRule setEnabled(long id, boolean on) {
        String actor = Actors.current();
        return writes.run(() -> {
            get(id);
            rules.setEnabled(id, on, clock.instant(), actor);
            reloadAfterCommit();
            return get(id);
        });
    }

    void delete(long id) {
        String actor = Actors.current();
        writes.run(() -> {
            get(id);
            rules.delete(id, clock.instant(), actor);
            reloadAfterCommit();
        });
    }

    AlertRule get(long id) {
        return rules.find(id).map(AlertRules::read).orElseThrow(() -> new NotFoundException("No alert rule " + id));
    }

    List<AlertRule> all() {
        return rules.all().stream().map(AlertRules::read).toList();
    }

    /** The enabled rules that read {@code subject}, from memory. */
    List<AlertRule> enabled(RuleSubject subject) {
        Map<RuleSubject, List<AlertRule>> current = enabled;
        if (current == null || System.nanoTime() - loadedAtNanos > RELOAD_SECONDS * 1_000_000_000L) {
            current = reload();
        }
        return current.getOrDefault(subject, List.of());
    }

    synchronized Map<RuleSubject, List<AlertRule>> reload() {
        Map<RuleSubject, List<AlertRule>> bySubject = new EnumMap<>(RuleSubject.class);
        for (AlertRuleRepository.StoredRule stored : rules.enabled()) {
            try {
                AlertRule rule = read(stored);
                bySubject.computeIfAbsent(rule.subject(), s -> new ArrayList<>()).add(rule);
            } catch (RuntimeException e) {
                // A rule this version can no longer read (e.g. a field renamed by an upgrade) must not stop
                // the responses, events and texts whose storing transactions consult these rules.
                log.error("Alert rule {} ({}) cannot be read and is left out until it is saved again: {}", stored.id(), stored.name(),
                        e.getMessage());
            }
        }
        bySubject.replaceAll((subject, list) -> List.copyOf(list));
        enabled = bySubject;
        loadedAtNanos = System.nanoTime();
        return bySubject;
    }

    private void reloadAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    reload();
                }
            });
        } else {
            reload();
        }
    }

    /** A stored rule read back into conditions and actions (it was checked when it was saved). */
    static AlertRule read(AlertRuleRepository.StoredRule stored) {
        ObjectNode body = (ObjectNode) JSON.readTree(stored.definition());
        body.put("name", stored.name());
        body.put("enabled", stored.enabled());
        RuleDraft draft = RuleDraft.read(body);
        return new AlertRule(stored.id(), stored.name(), stored.enabled(), draft.subject(), draft.when(), draft.actions(),
                stored.definition(), stored.activeSince(), stored.createdAt(), stored.createdBy(), stored.updatedAt(), stored.updatedBy());
    }

    Instant now() {
        return clock.instant();
    }
}
