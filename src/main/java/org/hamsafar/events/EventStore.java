package org.hamsafar.events;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The events module's entry point: appends interaction events and answers counts over them. */
@Service
public class EventStore {
    private final EventRepository repository;
    private final Clock clock;

    EventStore(EventRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /** Stores the events in one transaction; returns how many were new (the rest were duplicates). */
    @Transactional
    public int append(List<NewEvent> events) {
        return events.isEmpty() ? 0 : repository.insertNew(events, clock.instant());
    }

    public long count() {
        return repository.count();
    }

    public Map<Channel, Long> countByChannel() {
        return repository.countByChannel();
    }
}
