package org.hamsafar.feedback;

import java.util.UUID;

/** The outcome of a submission: its id, and whether an identical one had been stored before. */
public record RecordedResponse(UUID id, int surveyVersion, Long customerId, boolean duplicate) {
}
