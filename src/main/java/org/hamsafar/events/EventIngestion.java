package org.hamsafar.events;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.stereotype.Service;

/**
 * Stores validated events: resolves each to its customer profile (creating, stitching and merging
 * profiles as needed) and appends the events, in one transaction (shared with other batches
 * arriving at the same moment, see {@link EventWriter}). A reply that an event was accepted means
 * it is committed. Events with a client id are idempotent: sent again, they are counted as
 * duplicates and stored once.
 */
@Service
public class EventIngestion {
    private static final long MAX_WAIT_SECONDS = 120;
    private final EventWriter writer;

    EventIngestion(EventWriter writer) {
        this.writer = writer;
    }

    /**
     * Stores {@code events}; {@code indexes} gives each event's position in the caller's batch, for
     * the report of rejected items (events whose profile id does not exist).
     */
    public IngestReport ingest(List<EventInput> events, List<Long> indexes) {
        if (events.isEmpty()) {
            return new IngestReport(0, 0, List.of());
        }
        try {
            return writer.submit(events, indexes).get(MAX_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while storing events", e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("Storing the events took longer than " + MAX_WAIT_SECONDS + " s", e);
        }
    }
}
