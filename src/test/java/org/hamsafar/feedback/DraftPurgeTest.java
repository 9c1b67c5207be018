package org.hamsafar.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.hamsafar.support.HamsafarTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@Tag("store")
@HamsafarTest
class DraftPurgeTest {
    @Autowired
    SurveyDraftRepository drafts;
    @Autowired
    DraftPurge purge;

    private String draft(Instant updated, Instant submitted) {
        String id = UUID.randomUUID().toString().replace("-", "").substring(0, 22);
        drafts.save(new SurveyDraft(id, 77_000_001L, 1, null, "fa", null, 1, Map.of("nps", 5), updated, updated, submitted));
        return id;
    }

    @Test
    void unfinishedDraftsGoAfterThirtyDaysAndFinishedOnesAfterADay() {
        Instant now = Instant.parse("2031-06-01T12:00:00Z");
        String fresh = draft(now.minus(Duration.ofDays(29)), null);
        String abandoned = draft(now.minus(Duration.ofDays(31)), null);
        String justSent = draft(now.minus(Duration.ofHours(2)), now.minus(Duration.ofHours(2)));
        String sentLongAgo = draft(now.minus(Duration.ofDays(3)), now.minus(Duration.ofDays(2)));

        purge.purge(now);

        assertThat(drafts.find(fresh)).isPresent();
        assertThat(drafts.find(justSent)).isPresent();
        assertThat(drafts.find(abandoned)).isEmpty();
        assertThat(drafts.find(sentLongAgo)).isEmpty();
    }
}
