package org.hamsafar.events;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.hamsafar.identity.Actors;
import org.hamsafar.identity.AuditLog;
import org.hamsafar.shared.store.WriteTransactions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes data older than its retention period, once a day (and on demand): events after
 * {@code hamsafar.retention.events}, the free text of events after {@code hamsafar.retention.texts}.
 * A period that is not set keeps that data forever. Each purge is written to the audit log.
 */
@Component
public class EventRetention {
    private static final Logger log = LoggerFactory.getLogger(EventRetention.class);
    private final EventRepository events;
    private final WriteTransactions writes;
    private final AuditLog auditLog;
    private final Clock clock;
    private final Duration keepEvents;
    private final Duration keepTexts;

    EventRetention(EventRepository events, WriteTransactions writes, AuditLog auditLog, Clock clock,
                   @Value("${hamsafar.retention.events:}") Duration keepEvents,
                   @Value("${hamsafar.retention.texts:}") Duration keepTexts) {
        this.events = events;
        this.writes = writes;
        this.auditLog = auditLog;
        this.clock = clock;
        this.keepEvents = keepEvents;
        this.keepTexts = keepTexts;
    }

    /** What a purge removed. */
    public record Purge(int eventsDeleted, int textsCleared) {
    }

    @Scheduled(cron = "${hamsafar.retention.cron:0 30 3 * * *}", zone = "UTC")
    public Purge purge() {
        if (keepEvents == null && keepTexts == null) {
            return new Purge(0, 0);
        }
        Instant now = clock.instant();
        Purge purge = writes.run(() -> new Purge(
                keepEvents == null ? 0 : events.deleteOccurredBefore(now.minus(keepEvents)),
                keepTexts == null ? 0 : events.clearTextBefore(now.minus(keepTexts))));
        if (purge.eventsDeleted() > 0 || purge.textsCleared() > 0) {
            auditLog.recordAs(Actors.SYSTEM, "retention_purge", "events",
                    "events deleted=" + purge.eventsDeleted() + " (older than " + keepEvents + "), texts cleared="
                            + purge.textsCleared() + " (older than " + keepTexts + ")");
            log.info("Retention purge: {} events deleted, {} texts cleared", purge.eventsDeleted(), purge.textsCleared());
        }
        return purge;
    }
}
