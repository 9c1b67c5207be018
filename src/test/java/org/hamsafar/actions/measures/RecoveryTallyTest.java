package org.hamsafar.actions.measures;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hamsafar.feedback.NpsRevisit;
import org.junit.jupiter.api.Test;

/** Recovery counted once per customer, by their earliest detracting response in the scope. */
class RecoveryTallyTest {
    private final List<MeasuresQueries.TriggeringResponse> triggers = new ArrayList<>();
    private final Map<UUID, NpsRevisit> revisits = new HashMap<>();

    private void trigger(String team, Long customer, String at, int score, Integer next) {
        UUID id = UUID.randomUUID();
        triggers.add(new MeasuresQueries.TriggeringResponse(id, team));
        revisits.put(id, new NpsRevisit(id, customer, Instant.parse(at), score, next, next == null ? null : Instant.parse(at).plusSeconds(86_400)));
    }

    @Test
    void aCustomerCountsOnceByTheEarliestDetractingResponse() {
        trigger("support", 1L, "2025-03-01T00:00:00Z", 3, 4);   // earliest: next answer 4, not recovered
        trigger("support", 1L, "2025-03-05T00:00:00Z", 4, 9);   // later complaint of the same customer
        trigger("support", 2L, "2025-03-02T00:00:00Z", 6, 7);   // recovered

        LoopFigures.Recovery recovery = RecoveryTally.overall(revisits.values());

        assertThat(recovery).isEqualTo(new LoopFigures.Recovery(2, 2, 1));
        assertThat(recovery.rate()).isEqualTo(0.5);
    }

    @Test
    void passivesPromotersAndAnonymousResponsesAreNoDetractorsToRecover() {
        trigger("support", 1L, "2025-03-01T00:00:00Z", 7, 10);  // a passive whose response matched another rule
        trigger("support", 2L, "2025-03-01T00:00:00Z", 10, 0);
        trigger("support", null, "2025-03-01T00:00:00Z", 0, null);
        trigger("support", 3L, "2025-03-01T00:00:00Z", 0, null); // a detractor who never answered again

        LoopFigures.Recovery recovery = RecoveryTally.overall(revisits.values());

        assertThat(recovery).isEqualTo(new LoopFigures.Recovery(1, 0, 0));
        assertThat(recovery.rate()).isNull();
    }

    @Test
    void teamsCountTheirOwnCasesAndTheTeamlessComeLast() {
        trigger(null, 1L, "2025-03-01T00:00:00Z", 2, 8);
        trigger("billing", 2L, "2025-03-01T00:00:00Z", 5, 3);
        trigger("support", 3L, "2025-03-01T00:00:00Z", 1, 9);
        trigger("support", 4L, "2025-03-01T00:00:00Z", 1, 10);

        Map<String, LoopFigures.Recovery> byTeam = RecoveryTally.byTeam(triggers, revisits);

        assertThat(byTeam.keySet()).containsExactly("billing", "support", null);
        assertThat(byTeam.get("billing")).isEqualTo(new LoopFigures.Recovery(1, 1, 0));
        assertThat(byTeam.get("support")).isEqualTo(new LoopFigures.Recovery(2, 2, 2));
        assertThat(byTeam.get(null)).isEqualTo(new LoopFigures.Recovery(1, 1, 1));
    }
}
