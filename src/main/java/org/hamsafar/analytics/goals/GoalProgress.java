package org.hamsafar.analytics.goals;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A goal's standing from its value: the target is reached when the value is at or beyond it in the
 * goal's direction (up when the target is above the baseline, down when below). Before the due
 * date the value is expected to have moved along a straight line from the baseline (on the
 * baseline date) to the target (on the due date):
 * <pre>
 *   expected(d) = baseline + (target − baseline) · clamp((d − baselineDate) / (dueDate − baselineDate), 0, 1)
 * </pre>
 * and the goal is on track when the value is at or beyond the expectation, at risk otherwise.
 * After the due date it is achieved or missed. Progress is (value − baseline) / (target − baseline)
 * in per cent: 0 at the baseline, 100 at the target, negative when the value moved the wrong way.
 *
 * @param status   the standing
 * @param progress per cent of the way from baseline to target (null without a value)
 * @param expected the value the straight line expects on the day judged
 */
public record GoalProgress(GoalStatus status, Double progress, double expected) {

    /**
     * @param value the value judged: the live value while the goal runs; after the due date, the
     *              value measured at the due date (null: no data)
     * @param day   the day judged (today)
     */
    public static GoalProgress of(double baseline, LocalDate baselineDate, double target, LocalDate dueDate, Double value, LocalDate day) {
        double expected = baseline + (target - baseline) * elapsed(baselineDate, dueDate, day);
        if (value == null) {
            return new GoalProgress(GoalStatus.NO_DATA, null, expected);
        }
        boolean up = target >= baseline;
        double progress = 100 * (value - baseline) / (target - baseline);
        boolean reached = up ? value >= target : value <= target;
        GoalStatus status;
        if (reached) {
            status = GoalStatus.ACHIEVED;
        } else if (day.isAfter(dueDate)) {
            status = GoalStatus.MISSED;
        } else {
            status = (up ? value >= expected : value <= expected) ? GoalStatus.ON_TRACK : GoalStatus.AT_RISK;
        }
        return new GoalProgress(status, progress, expected);
    }

    /** The share of the time from baseline date to due date that has passed on {@code day}, 0..1. */
    static double elapsed(LocalDate baselineDate, LocalDate dueDate, LocalDate day) {
        long total = ChronoUnit.DAYS.between(baselineDate, dueDate);
        long gone = ChronoUnit.DAYS.between(baselineDate, day);
        return Math.max(0, Math.min(1, (double) gone / total));
    }
}
