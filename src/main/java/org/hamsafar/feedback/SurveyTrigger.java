package org.hamsafar.feedback;

import java.time.Instant;
import org.hamsafar.events.RecordedInteraction;

/**
 * "When an interaction of type {@code eventType} (only on {@code touchpoint} and {@code eventChannel}
 * when given) occurs, invite its customer to the survey by {@code inviteChannel} (email or sms)
 * {@code delayMinutes} after it occurred."
 */
record SurveyTrigger(long id, long surveyId, String eventType, String touchpoint, String eventChannel, String inviteChannel,
                     int delayMinutes, boolean enabled, Instant createdAt) {

    boolean matches(RecordedInteraction interaction) {
        return enabled && eventType.equals(interaction.type())
                && (touchpoint == null || touchpoint.equals(interaction.touchpoint()))
                && (eventChannel == null || eventChannel.equals(interaction.channel()));
    }
}
