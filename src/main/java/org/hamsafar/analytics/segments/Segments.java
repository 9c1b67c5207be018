package org.hamsafar.analytics.segments;

import java.time.Clock;
import java.util.List;
import org.hamsafar.customers.CustomerTagSets;
import org.hamsafar.identity.Actors;
import org.hamsafar.identity.AuditLog;
import org.hamsafar.shared.ConflictException;
import org.hamsafar.shared.NotFoundException;
import org.hamsafar.shared.store.WriteTransactions;
import org.springframework.stereotype.Service;

/**
 * Segments: defined, changed, deleted (each audited), previewed, and refreshed into the customer tag
 * named by the segment's key (source {@code segment:<key>}), which funnels, peak-end scores, the
 * customer list and every other tag filter then use.
 */
@Service
class Segments {
    private final SegmentRepository repository;
    private final SegmentEvaluator evaluator;
    private final CustomerTagSets tags;
    private final WriteTransactions writes;
    private final AuditLog audit;
    private final Clock clock;

    Segments(SegmentRepository repository, SegmentEvaluator evaluator, CustomerTagSets tags, WriteTransactions writes, AuditLog audit,
             Clock clock) {
        this.repository = repository;
        this.evaluator = evaluator;
        this.tags = tags;
        this.writes = writes;
        this.audit = audit;
        this.clock = clock;
    }

    /** What a refresh did to one segment's tag. */
    record Refresh(String key, int customers, int added, int removed) {
    }

    List<SegmentDefinition> all() {
        return repository.all();
    }

    SegmentDefinition get(String key) {
        return repository.find(key).orElseThrow(() -> new NotFoundException("segment " + key));
    }

    SegmentDefinition create(SegmentDefinition draft) {
        String actor = Actors.current();
        writes.run(() -> {
            if (repository.find(draft.key()).isPresent()) {
                throw new ConflictException("exists", "a segment with key " + draft.key() + " exists; replace it with PUT");
            }
            repository.insert(draft, clock.instant(), actor);
            audit.record("segment_created", "segment:" + draft.key(), "name=" + draft.nameEn());
        });
        return get(draft.key());
    }

    SegmentDefinition replace(SegmentDefinition draft) {
        String actor = Actors.current();
        writes.run(() -> {
            if (!repository.update(draft, clock.instant(), actor)) {
                throw new NotFoundException("segment " + draft.key());
            }
            audit.record("segment_changed", "segment:" + draft.key(), "name=" + draft.nameEn());
        });
        return get(draft.key());
    }

    /** Deletes the definition and takes its tag from the customers it gave it to. */
    void delete(String key) {
        SegmentDefinition segment = get(key);
        tags.replace(key, segment.tagSource(), new long[0]);
        writes.run(() -> {
            repository.delete(key);
            audit.record("segment_deleted", "segment:" + key, "name=" + segment.nameEn());
        });
    }

    /** How many live customers the definition would hold now. */
    int preview(SegmentDefinition draft) {
        return evaluator.members(draft).length;
    }

    /** Re-evaluates the segment and makes its tag exactly its members. */
    Refresh refresh(String key) {
        SegmentDefinition segment = get(key);
        long[] members = evaluator.members(segment);
        CustomerTagSets.Change change = tags.replace(key, segment.tagSource(), members);
        writes.run(() -> repository.refreshed(key, clock.instant(), change.carried()));
        return new Refresh(key, change.carried(), change.added(), change.removed());
    }
}
