package org.hamsafar.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.hamsafar.actions.CaseBackfill;
import org.hamsafar.actions.CaseState;
import org.hamsafar.feedback.QuestionType;
import org.hamsafar.feedback.ResponsesStored;
import org.junit.jupiter.api.Test;

/** The demo's past detractor cases: how they are spread over teams and how their lives went. */
class DemoCaseHistoryTest {
    private static final Instant NOW = Instant.parse("2026-11-01T12:00:00Z");

    /** 240 detractors and 60 promoters over the last 60 days, at delivery, checkout and in store. */
    private static List<ResponsesStored.Response> responses() {
        String[] touchpoints = {"delivery", "checkout", "pos"};
        return IntStream.range(0, 300).mapToObj(i -> new ResponsesStored.Response(new UUID(7, i), 1, "Post-purchase NPS", 100L + i,
                        "app", touchpoints[i % 3], "fa", null, NOW.minus(Duration.ofMinutes(60L * 24 * 60 * (300 - i) / 300)),
                        Map.of("nps", i % 5 == 4 ? 9 : i % 7, "improve", "دیر رسید"),
                        Map.of("nps", QuestionType.NPS, "improve", QuestionType.TEXT)))
                .toList();
    }

    private static List<CaseBackfill.PastCase> cases(long seed) {
        return new DemoCaseHistory(seed, NOW, 5, "Detractor follow-up", DemoClosedLoop.TEAMS).cases(responses(), 300);
    }

    private static CaseState finalState(CaseBackfill.PastCase c) {
        return c.steps().stream().filter(s -> s instanceof CaseBackfill.Moved).map(s -> ((CaseBackfill.Moved) s).state())
                .reduce((a, b) -> b).orElse(CaseState.NEW);
    }

    @Test
    void everyDetractorGetsACaseOfTheRuleAndNoPromoterDoes() {
        List<CaseBackfill.PastCase> cases = cases(1404);

        assertThat(cases).hasSize(240);
        assertThat(cases).allSatisfy(c -> {
            assertThat(c.ruleId()).isEqualTo(5);
            assertThat(c.origin()).isEqualTo("rule");
            assertThat(c.originRef()).startsWith("response:");
            assertThat(c.createdBy()).isEqualTo("rule:5 (Detractor follow-up)");
            assertThat(c.createdAt()).isAfter(c.itemOccurredAt()).isBefore(c.itemOccurredAt().plusSeconds(241));
            assertThat(c.steps()).allMatch(s -> !s.at().isAfter(NOW) && !s.at().isBefore(c.createdAt()));
        });
        // Delivery answers go to the delivery team, and every team's members share the work.
        assertThat(cases.stream().filter(c -> c.description().contains("دیر رسید")).count()).isEqualTo(240);
        assertThat(cases.stream().map(CaseBackfill.PastCase::team).distinct()).containsExactlyInAnyOrder("support", "delivery", "billing");
        assertThat(cases.stream().map(CaseBackfill.PastCase::assignee).distinct()).hasSize(4);
    }

    @Test
    void mostCasesAreResolvedWithinTwoDaysAndSomeAreStillOpen() {
        List<CaseBackfill.PastCase> cases = cases(1404);
        long done = cases.stream().filter(c -> finalState(c) == CaseState.RESOLVED || finalState(c) == CaseState.CLOSED).count();
        long open = cases.stream().filter(c -> finalState(c) == CaseState.NEW || finalState(c) == CaseState.IN_PROGRESS
                || finalState(c) == CaseState.ACKNOWLEDGED).count();
        long neverPickedUp = cases.stream().filter(c -> c.steps().isEmpty()).count();
        long lateFirstResponse = cases.stream().filter(c -> !c.steps().isEmpty()
                && Duration.between(c.createdAt(), c.steps().get(0).at()).toMinutes() > 120).count();

        // 5% never picked up, 10% waiting on someone, the rest resolved (less the youngest cases still under way).
        assertThat(done).isBetween(170L, 225L);
        assertThat(open).isEqualTo(cases.size() - done).isGreaterThan(15);
        assertThat(neverPickedUp).isBetween(4L, 25L);
        assertThat(lateFirstResponse).as("first responses after the two hours a high case gets").isBetween(20L, 100L);
        assertThat(cases.stream().filter(c -> finalState(c) == CaseState.RESOLVED || finalState(c) == CaseState.CLOSED)).allSatisfy(c -> {
            CaseBackfill.Outcome outcome = c.steps().stream().filter(s -> s instanceof CaseBackfill.Outcome)
                    .map(s -> (CaseBackfill.Outcome) s).findFirst().orElseThrow();
            assertThat(outcome.rootCause()).isIn("courier_delay", "wrong_item", "refund_delay", "app_bug", "rude_agent");
            assertThat(outcome.resolution()).matches("(?s).*[\\u0600-\\u06FF].*");
            assertThat(Duration.between(c.createdAt(), outcome.at())).isLessThan(Duration.ofDays(4));
        });
    }

    @Test
    void theSameSeedGivesTheSameHistory() {
        assertThat(cases(1404)).isEqualTo(cases(1404));
        assertThat(cases(1405)).isNotEqualTo(cases(1404));
    }
}
