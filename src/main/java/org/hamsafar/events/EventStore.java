package org.hamsafar.events;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.hamsafar.shared.Channel;
import org.hamsafar.shared.store.WriteTransactions;
import org.springframework.stereotype.Service;

/** Appends events already resolved to customers (bulk loads such as the demo company) and counts events. */
@Service
public class EventStore {
    private final EventRepository repository;
    private final WriteTransactions writes;
    private final Clock clock;

    EventStore(EventRepository repository, WriteTransactions writes, Clock clock) {
        this.repository = repository;
        this.writes = writes;
        this.clock = clock;
    }

    /** Stores the events in one transaction; returns how many were new (the rest were duplicates). */
    public int append(List<NewEvent> events) {
        return events.isEmpty() ? 0 : writes.run(() -> repository.insertNew(events, clock.instant()).size());
    }

    public long count() {
        return repository.count();
    }

    public Map<Channel, Long> countByChannel() {
        return repository.countByChannel();
    }
}
