package org.hamsafar.actions.rules;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.hamsafar.shared.store.UtcTimes;
import org.hamsafar.shared.store.WriteTransactions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Once a day is over (in the display time zone), puts its metrics into the alert inbox for the
 * enabled metric rules, marking the day in the same transaction, so each day is evaluated once
 * however often this runs and on however many instances. Runs every
 * {@code hamsafar.actions.rules.metric-check-interval} (default hourly).
 */
@Component
class MetricWatch {
    private final AlertRules rules;
    private final DailyMetrics metrics;
    private final AlertInboxRepository inbox;
    private final AlertWorker worker;
    private final WriteTransactions writes;
    private final JdbcClient jdbc;
    private final Clock clock;

    MetricWatch(AlertRules rules, DailyMetrics metrics, AlertInboxRepository inbox, AlertWorker worker, WriteTransactions writes,
                JdbcClient jdbc, Clock clock) {
        this.rules = rules;
        this.metrics = metrics;
        this.inbox = inbox;
        this.worker = worker;
        this.writes = writes;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${hamsafar.actions.rules.metric-check-interval:PT1H}", initialDelayString = "PT1M")
    void check() {
        queue(LocalDate.ofInstant(clock.instant(), metrics.zone()).minusDays(1));
    }

    /** Queues the day's metrics unless they were queued before or no metric rule is on; answers whether it queued them. */
    boolean queue(LocalDate day) {
        if (rules.enabled(RuleSubject.METRIC).isEmpty()) {
            return false;
        }
        RuleItem item = metrics.of(day);
        boolean queued = writes.run(() -> {
            boolean seen = jdbc.sql("SELECT COUNT(*) FROM alert_metric_day WHERE day = :day").param("day", day)
                    .query(Long.class).single() > 0;
            if (seen) {
                return false;
            }
            jdbc.sql("INSERT INTO alert_metric_day (day, queued_at) VALUES (:day, :at)").param("day", day)
                    .param("at", UtcTimes.toDb(clock.instant())).update();
            inbox.insert(List.of(item), clock.instant());
            return true;
        });
        if (queued) {
            worker.wake();
        }
        return queued;
    }
}
