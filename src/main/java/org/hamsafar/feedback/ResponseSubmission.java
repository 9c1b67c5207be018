package org.hamsafar.feedback;

import java.time.Instant;
import java.util.Map;
import org.hamsafar.customers.IdentityClaim;

/**
 * A response on its way in, from the API, the public page or the widget. The customer is named by
 * {@code customer} (identities), by {@code customerId} (known from a personal link), or not at all
 * (an anonymous link). {@code submissionKey} makes a resubmission a duplicate (a client id, a page
 * submission, an invitation); null means every submission is new. {@code surveyVersion} is the
 * version the respondent saw (null: the current one).
 */
public record ResponseSubmission(long surveyId, Integer surveyVersion, String submissionKey, IdentityClaim customer,
                                 Long customerId, String channel, String touchpoint, String source, Long invitationId,
                                 String language, Instant submittedAt, Map<String, ?> answers) {
}
