package org.hamsafar.analytics.goals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class GoalProgressTest {
    /** NPS from 12 on 1 January to 25 on 31 March (89 days later), as in "12 to 25 by the end of the quarter". */
    private static final LocalDate START = LocalDate.of(2026, 1, 1);
    private static final LocalDate DUE = LocalDate.of(2026, 3, 31);

    private static GoalProgress nps(Double value, LocalDate day) {
        return GoalProgress.of(12, START, 25, DUE, value, day);
    }

    /*
     * On 15 February 45 of 89 days have passed: expected = 12 + 13 · 45/89 = 18.573...
     * A value of 19 is beyond it (on track), 18 is behind (at risk). Progress of 19: (19 − 12)/13 = 53.85 %.
     */
    @Test
    void aValueAheadOfTheStraightLineIsOnTrackAndOneBehindIsAtRisk() {
        LocalDate day = LocalDate.of(2026, 2, 15);
        GoalProgress ahead = nps(19.0, day);
        assertThat(ahead.expected()).isCloseTo(12 + 13 * 45.0 / 89, within(1e-12));
        assertThat(ahead.status()).isEqualTo(GoalStatus.ON_TRACK);
        assertThat(ahead.progress()).isCloseTo(700.0 / 13, within(1e-12));
        assertThat(nps(18.0, day).status()).isEqualTo(GoalStatus.AT_RISK);
    }

    @Test
    void reachingTheTargetEarlyIsAchievedAndAfterTheDueDateShortOfItIsMissed() {
        assertThat(nps(25.0, LocalDate.of(2026, 2, 1)).status()).isEqualTo(GoalStatus.ACHIEVED);
        assertThat(nps(24.9, LocalDate.of(2026, 4, 1)).status()).isEqualTo(GoalStatus.MISSED);
        assertThat(nps(26.0, LocalDate.of(2026, 4, 1)).status()).isEqualTo(GoalStatus.ACHIEVED);
    }

    /*
     * Cases per 30 days from 200 to 150 between 1 January and 31 March: a goal downwards.
     * On 31 January (30/89 elapsed) expected = 200 − 50 · 30/89 = 183.15; 180 is below (on track), 190 above (at risk);
     * 210 moved the wrong way: progress (210 − 200)/(150 − 200) = −20 %.
     */
    @Test
    void aGoalDownwardsIsJudgedInItsDirection() {
        LocalDate day = LocalDate.of(2026, 1, 31);
        assertThat(GoalProgress.of(200, START, 150, DUE, 180.0, day).status()).isEqualTo(GoalStatus.ON_TRACK);
        assertThat(GoalProgress.of(200, START, 150, DUE, 190.0, day).status()).isEqualTo(GoalStatus.AT_RISK);
        GoalProgress worse = GoalProgress.of(200, START, 150, DUE, 210.0, day);
        assertThat(worse.progress()).isCloseTo(-20.0, within(1e-12));
        assertThat(worse.expected()).isCloseTo(200 - 50 * 30.0 / 89, within(1e-12));
        assertThat(GoalProgress.of(200, START, 150, DUE, 150.0, day).status()).isEqualTo(GoalStatus.ACHIEVED);
    }

    @Test
    void withoutAValueThereIsNoStatusButStillAnExpectation() {
        GoalProgress none = nps(null, DUE);
        assertThat(none.status()).isEqualTo(GoalStatus.NO_DATA);
        assertThat(none.progress()).isNull();
        assertThat(none.expected()).isEqualTo(25.0);
        assertThat(nps(12.0, START.minusDays(5)).expected()).isEqualTo(12.0);
    }
}
