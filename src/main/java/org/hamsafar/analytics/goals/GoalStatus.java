package org.hamsafar.analytics.goals;

import java.util.Locale;

/** Where a goal stands. */
public enum GoalStatus {
    /** the value has reached the target (before or at the due date) */
    ACHIEVED,
    /** not yet at the target, but at least as far along as a straight line from baseline to target says it should be by now */
    ON_TRACK,
    /** behind that straight line */
    AT_RISK,
    /** the due date has passed without the target reached */
    MISSED,
    /** no value: the window holds no answers or texts */
    NO_DATA;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
