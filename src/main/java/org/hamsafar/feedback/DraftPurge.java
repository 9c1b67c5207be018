package org.hamsafar.feedback;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.hamsafar.shared.store.WriteTransactions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Removes answers saved page by page that will not be used again, once a day: unfinished drafts
 * after the life of their resume cookie ({@link DraftCookies}, 30 days), finished ones after a day
 * (they only let a resent last page be recognised). Responses themselves are never touched here.
 */
@Component
class DraftPurge {
    static final Duration UNFINISHED = Duration.ofDays(30);
    static final Duration FINISHED = Duration.ofDays(1);
    private static final Logger log = LoggerFactory.getLogger(DraftPurge.class);
    private final SurveyDraftRepository drafts;
    private final WriteTransactions writes;
    private final Clock clock;

    DraftPurge(SurveyDraftRepository drafts, WriteTransactions writes, Clock clock) {
        this.drafts = drafts;
        this.writes = writes;
        this.clock = clock;
    }

    @Scheduled(cron = "${hamsafar.retention.cron:0 30 3 * * *}", zone = "UTC")
    void purge() {
        int deleted = purge(clock.instant());
        if (deleted > 0) {
            log.info("Deleted {} survey drafts", deleted);
        }
    }

    int purge(Instant now) {
        return writes.run(() -> drafts.deleteStale(now.minus(UNFINISHED), now.minus(FINISHED)));
    }
}
