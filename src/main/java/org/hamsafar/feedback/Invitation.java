package org.hamsafar.feedback;

import java.time.Instant;
import java.util.UUID;

/**
 * A personal invitation to answer a survey: its link (/s/{surveyKey}?t={token}) ties the answer to
 * the customer, the channel and the touchpoint. {@code channel} is how it is delivered (email, sms,
 * or link: handed out by the API and not sent by the platform).
 */
public record Invitation(long id, long surveyId, long customerId, String channel, String touchpoint, Long triggerId,
                         UUID eventId, String token, InvitationStatus status, String reason, Instant sendAt, Instant sentAt,
                         Instant remindedAt, Instant answeredAt, Instant expiresAt, int attempts, Instant createdAt) {

    public boolean expiredAt(Instant now) {
        return status == InvitationStatus.EXPIRED || !now.isBefore(expiresAt);
    }

    public boolean answered() {
        return status == InvitationStatus.ANSWERED;
    }
}
