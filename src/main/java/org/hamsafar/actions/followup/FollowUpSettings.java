package org.hamsafar.actions.followup;

import java.time.Instant;

/**
 * How cases are followed up once resolved: whether at all, with which survey, by which channel
 * (email, sms or link), how many minutes after the resolution, and whether the invitation may go out
 * although the customer was surveyed recently ({@code fatigueExempt}). {@code builtinSurveyId} is
 * the built-in follow-up survey once it was created.
 */
record FollowUpSettings(boolean enabled, Long surveyId, Long builtinSurveyId, String channel, int delayMinutes,
                        boolean fatigueExempt, Instant updatedAt, String updatedBy) {

    /** The longest delay: 30 days, longer than any survey link should wait to be sent. */
    static final int MAX_DELAY_MINUTES = 30 * 24 * 60;
}
