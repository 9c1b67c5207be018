package org.hamsafar.events;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.hamsafar.customers.CustomerDirectory;
import org.hamsafar.customers.IdentityClaim;
import org.hamsafar.shared.FieldProblem;
import org.hamsafar.shared.store.GroupCommitter;
import org.hamsafar.shared.store.WriteTransactions;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Writes event batches with group commit ({@link GroupCommitter}): the batches waiting at one
 * moment (up to {@code hamsafar.events.max-group-events} events) share one transaction, one
 * customer resolution and one append of their events, and each batch is answered with its own counts.
 *
 * <p>One thread writes by default: both stores take one writer at a time (see
 * {@code WriteTransactions}), so more threads ({@code hamsafar.events.writers}) only overlap the
 * building of one group with the writing of another.
 */
@Component
class EventWriter implements DisposableBean {
    private final CustomerDirectory customers;
    private final EventRepository repository;
    private final Clock clock;
    private final ApplicationEventPublisher publisher;
    private final GroupCommitter<Batch, IngestReport> committer;

    EventWriter(CustomerDirectory customers, EventRepository repository, WriteTransactions writes, Clock clock,
                ApplicationEventPublisher publisher, @Value("${hamsafar.events.max-group-events:20000}") int maxGroupEvents,
                @Value("${hamsafar.events.writers:1}") int writers) {
        this.customers = customers;
        this.repository = repository;
        this.clock = clock;
        this.publisher = publisher;
        this.committer = new GroupCommitter<>("event-writer", writes, this::store, batch -> batch.events().size(),
                maxGroupEvents, writers);
    }

    /** A batch of events to store; {@code indexes} are their positions in the caller's request. */
    private record Batch(List<EventInput> events, List<Long> indexes) {
    }

    CompletableFuture<IngestReport> submit(List<EventInput> events, List<Long> indexes) {
        return committer.submit(new Batch(events, indexes));
    }

    /** Stores every batch of the group in the current transaction and counts per batch. */
    private List<IngestReport> store(List<Batch> group) {
        List<IdentityClaim> claims = new ArrayList<>();
        group.forEach(batch -> batch.events().forEach(e -> claims.add(e.customer())));
        CustomerDirectory.Resolved resolved = customers.resolve(claims);
        List<Long> customerIds = resolved.customerIds();
        List<NewEvent> rows = new ArrayList<>(claims.size());
        List<List<IngestReport.Rejection>> rejections = new ArrayList<>();
        int position = 0;
        for (Batch pending : group) {
            List<IngestReport.Rejection> rejected = new ArrayList<>();
            for (int i = 0; i < pending.events().size(); i++, position++) {
                Long customerId = customerIds.get(position);
                EventInput e = pending.events().get(i);
                if (customerId == null) {
                    String problem = resolved.problems().get(position);
                    String field = e.customer().customerId() != null && !problem.startsWith("these") ? "customer.customerId" : "customer";
                    rejected.add(new IngestReport.Rejection(pending.indexes().get(i), List.of(new FieldProblem(field, problem))));
                    continue;
                }
                rows.add(new NewEvent(e.storedId(), e.id(), customerId,
                        e.customer().strongestIdentity(), e.type(), e.channel(), e.touchpoint(), e.occurredAt(), e.sessionId(),
                        e.value(), e.currency(), e.text(), e.propertiesJson()));
            }
            rejections.add(rejected);
        }
        Set<UUID> inserted = repository.insertNew(rows, clock.instant());
        List<IngestReport> reports = new ArrayList<>(group.size());
        Set<UUID> counted = new HashSet<>();
        List<RecordedInteraction> recorded = new ArrayList<>(inserted.size());
        int row = 0;
        for (int g = 0; g < group.size(); g++) {
            int stored = group.get(g).events().size() - rejections.get(g).size();
            long accepted = 0;
            for (int i = 0; i < stored; i++, row++) {
                NewEvent event = rows.get(row);
                UUID id = event.id();
                // The first occurrence of an id in the group is the one that was stored.
                if (inserted.contains(id) && counted.add(id)) {
                    accepted++;
                    recorded.add(new RecordedInteraction(id, event.customerId(), event.type(), event.channel().key(),
                            event.touchpoint(), event.occurredAt(), event.sourceIdentity(), event.text(), event.value(),
                            event.propertiesJson()));
                }
            }
            reports.add(new IngestReport(accepted, stored - accepted, rejections.get(g)));
        }
        if (!recorded.isEmpty()) {
            // Inside the transaction on purpose: listeners' writes (invitations from survey triggers)
            // commit with the events or not at all (see InteractionsRecorded).
            publisher.publishEvent(new InteractionsRecorded(Collections.unmodifiableList(recorded)));
            EventTextsStored texts = EventTextsStored.of(recorded, true);
            if (texts != null) {
                publisher.publishEvent(texts);
            }
        }
        return reports;
    }

    @Override
    public void destroy() throws InterruptedException {
        committer.close();
    }
}
