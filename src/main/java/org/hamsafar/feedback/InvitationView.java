package org.hamsafar.feedback;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.UUID;

/**
 * An invitation as the API shows it. {@code link} (the personal link, a secret that lets its holder
 * answer as the customer) is shown only in the reply that creates the invitation.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record InvitationView(long id, long surveyId, long customerId, String channel, String touchpoint, Long triggerId, UUID eventId,
                      String status, String reason, Instant sendAt, Instant sentAt, Instant remindedAt, Instant answeredAt,
                      Instant expiresAt, int attempts, Instant createdAt, String link) {

    static InvitationView of(Invitation i, String link) {
        return new InvitationView(i.id(), i.surveyId(), i.customerId(), i.channel(), i.touchpoint(), i.triggerId(), i.eventId(),
                i.status().key(), i.reason(), i.sendAt(), i.sentAt(), i.remindedAt(), i.answeredAt(), i.expiresAt(), i.attempts(),
                i.createdAt(), link);
    }
}
