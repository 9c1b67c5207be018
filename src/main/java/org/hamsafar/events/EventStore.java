package org.hamsafar.events;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hamsafar.shared.Channel;
import org.hamsafar.shared.store.WriteTransactions;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/** Appends events already resolved to customers (bulk loads such as the demo company) and counts events. */
@Service
public class EventStore {
    private final EventRepository repository;
    private final WriteTransactions writes;
    private final Clock clock;
    private final ApplicationEventPublisher publisher;

    EventStore(EventRepository repository, WriteTransactions writes, Clock clock, ApplicationEventPublisher publisher) {
        this.publisher = publisher;
        this.repository = repository;
        this.writes = writes;
        this.clock = clock;
    }

    /**
     * Stores the events in one transaction; returns how many were new (the rest were duplicates).
     * Past events trigger nothing ({@link InteractionsRecorded} is not published), but their texts
     * are announced ({@link EventTextsStored}) so that they are analysed.
     */
    public int append(List<NewEvent> events) {
        if (events.isEmpty()) {
            return 0;
        }
        return writes.run(() -> {
            Set<UUID> inserted = repository.insertNew(events, clock.instant());
            List<RecordedInteraction> recorded = new ArrayList<>();
            for (NewEvent e : events) {
                if (e.text() != null && inserted.contains(e.id())) {
                    recorded.add(new RecordedInteraction(e.id(), e.customerId(), e.type(), e.channel().key(), e.touchpoint(),
                            e.occurredAt(), e.sourceIdentity(), e.text(), e.value(), e.propertiesJson()));
                }
            }
            EventTextsStored texts = EventTextsStored.of(recorded, false);
            if (texts != null) {
                publisher.publishEvent(texts);
            }
            return inserted.size();
        });
    }

    public long count() {
        return repository.count();
    }

    public Map<Channel, Long> countByChannel() {
        return repository.countByChannel();
    }
}
