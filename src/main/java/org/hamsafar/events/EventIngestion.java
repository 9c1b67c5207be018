package org.hamsafar.events;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hamsafar.customers.CustomerDirectory;
import org.hamsafar.customers.IdentityClaim;
import org.hamsafar.shared.FieldProblem;
import org.hamsafar.shared.store.WriteTransactions;
import org.springframework.stereotype.Service;

/**
 * Stores validated events: resolves each to its customer profile (creating, stitching and merging
 * profiles as needed) and appends the events, all in one transaction. A reply that an event was
 * accepted means it is committed. Events with a client id are idempotent: sent again, they are
 * counted as duplicates and stored once.
 */
@Service
public class EventIngestion {
    private final CustomerDirectory customers;
    private final EventRepository repository;
    private final WriteTransactions writes;
    private final Clock clock;

    EventIngestion(CustomerDirectory customers, EventRepository repository, WriteTransactions writes, Clock clock) {
        this.customers = customers;
        this.repository = repository;
        this.writes = writes;
        this.clock = clock;
    }

    /**
     * Stores {@code events}; {@code indexes} gives each event's position in the caller's batch, for
     * the report. Returns the stored and duplicate counts and the events whose profile id was unknown.
     */
    public IngestReport ingest(List<EventInput> events, List<Long> indexes) {
        if (events.isEmpty()) {
            return new IngestReport(0, 0, List.of());
        }
        List<IdentityClaim> claims = events.stream().map(EventInput::customer).toList();
        return writes.run(() -> {
            CustomerDirectory.Resolved resolved = customers.resolve(claims);
            List<NewEvent> rows = new ArrayList<>(events.size());
            List<IngestReport.Rejection> rejected = new ArrayList<>();
            for (int i = 0; i < events.size(); i++) {
                Long customerId = resolved.customerIds().get(i);
                EventInput e = events.get(i);
                if (customerId == null) {
                    rejected.add(new IngestReport.Rejection(indexes.get(i),
                            List.of(new FieldProblem("customer.customerId", "no customer has this id"))));
                    continue;
                }
                rows.add(new NewEvent(e.id() == null ? UUID.randomUUID().toString() : e.id(), customerId,
                        e.customer().strongestIdentity(), e.type(), e.channel(), e.touchpoint(), e.occurredAt(), e.sessionId(),
                        e.value(), e.currency(), e.text(), e.propertiesJson()));
            }
            int inserted = repository.insertNew(rows, clock.instant());
            return new IngestReport(inserted, rows.size() - inserted, rejected);
        });
    }
}
