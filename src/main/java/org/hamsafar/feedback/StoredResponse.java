package org.hamsafar.feedback;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** A response as stored: who answered which version of which survey, where, and what. */
public record StoredResponse(UUID id, long surveyId, int surveyVersion, Long customerId, String sourceIdentity,
                             String channel, String touchpoint, String source, Long invitationId, String language,
                             Instant submittedAt, Map<String, Object> answers) {
}
