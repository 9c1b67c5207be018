package org.hamsafar.actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The case state machine, move by move, against the table of allowed moves. */
class CaseStateTest {

    private static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");

    @ParameterizedTest(name = "{0} → {1}: {2}")
    @CsvSource({
            "new,acknowledged,true", "new,in_progress,true", "new,closed,true", "new,resolved,false",
            "acknowledged,in_progress,true", "acknowledged,closed,true", "acknowledged,resolved,false", "acknowledged,new,false",
            "in_progress,resolved,true", "in_progress,closed,false", "in_progress,acknowledged,false", "in_progress,new,false",
            "resolved,closed,true", "resolved,in_progress,true", "resolved,new,false", "resolved,acknowledged,false",
            "closed,in_progress,true", "closed,resolved,false", "closed,new,false", "closed,acknowledged,false"})
    void movesFollowTheTable(String from, String to, boolean allowed) {
        assertThat(CaseState.fromKey(from).orElseThrow().canMoveTo(CaseState.fromKey(to).orElseThrow())).isEqualTo(allowed);
    }

    private static CxCase fresh() {
        return new CxCase(1, 7L, "Late delivery", null, CaseState.NEW, CasePriority.HIGH, "support", null, "api", null, null, null, null,
                T0, "user:admin", T0, null, null, null);
    }

    @Test
    void theTimesOfALifeCycleAreKept() {
        CxCase acknowledged = fresh().moveTo(CaseState.ACKNOWLEDGED, T0.plusSeconds(600));
        CxCase working = acknowledged.moveTo(CaseState.IN_PROGRESS, T0.plusSeconds(1200));
        CxCase resolved = working.moveTo(CaseState.RESOLVED, T0.plusSeconds(3600));
        CxCase reopened = resolved.moveTo(CaseState.IN_PROGRESS, T0.plusSeconds(7200));
        CxCase closed = reopened.moveTo(CaseState.RESOLVED, T0.plusSeconds(9000)).moveTo(CaseState.CLOSED, T0.plusSeconds(9600));

        assertThat(acknowledged.firstResponseAt()).as("first response: the first move out of new").isEqualTo(T0.plusSeconds(600));
        assertThat(resolved.firstResponseAt()).isEqualTo(T0.plusSeconds(600));
        assertThat(resolved.resolvedAt()).isEqualTo(T0.plusSeconds(3600));
        assertThat(reopened.resolvedAt()).as("reopened: not resolved any more").isNull();
        assertThat(closed.resolvedAt()).isEqualTo(T0.plusSeconds(9000));
        assertThat(closed.closedAt()).isEqualTo(T0.plusSeconds(9600));
        assertThat(closed.updatedAt()).isEqualTo(T0.plusSeconds(9600));
    }

    @Test
    void closingANewCaseIsNoResponse() {
        assertThat(fresh().moveTo(CaseState.CLOSED, T0.plusSeconds(60)).firstResponseAt()).isNull();
    }

    @Test
    void aRefusedMoveNamesTheAllowedOnes() {
        assertThatThrownBy(() -> fresh().moveTo(CaseState.RESOLVED, T0))
                .isInstanceOfSatisfying(CxCase.TransitionRefused.class, e -> {
                    assertThat(e.allowed()).containsExactly("acknowledged", "in_progress", "closed");
                    assertThat(e.getMessage()).isEqualTo("A new case cannot move to resolved; it can move to acknowledged, in_progress, closed.");
                });
    }
}
