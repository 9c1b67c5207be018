package org.hamsafar.text;

import java.time.Clock;
import java.time.Duration;
import org.hamsafar.shared.store.WriteTransactions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Applies {@code hamsafar.retention.texts} to the copies of texts kept with their analysis: once
 * a day the text, its keywords and topic spans of results older than the period are cleared; the
 * scores, which quote nothing, stay for trends.
 */
@Component
class TextRetention {

    private static final Logger log = LoggerFactory.getLogger(TextRetention.class);
    private final TextResultRepository results;
    private final WriteTransactions writes;
    private final Clock clock;
    private final Duration keepTexts;

    TextRetention(TextResultRepository results, WriteTransactions writes, Clock clock,
                  @Value("${hamsafar.retention.texts:}") Duration keepTexts) {
        this.results = results;
        this.writes = writes;
        this.clock = clock;
        this.keepTexts = keepTexts;
    }

    @Scheduled(cron = "${hamsafar.retention.cron:0 30 3 * * *}", zone = "UTC")
    int purge() {
        if (keepTexts == null) {
            return 0;
        }
        int cleared = writes.run(() -> results.clearTextsBefore(clock.instant().minus(keepTexts)));
        if (cleared > 0) {
            log.info("Retention purge: {} analysed texts cleared", cleared);
        }
        return cleared;
    }
}
