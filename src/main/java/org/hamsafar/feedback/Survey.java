package org.hamsafar.feedback;

import java.time.Instant;

/** A survey at its current version. {@code key} is the public key of its /s/{key} link. */
public record Survey(long id, String key, String name, SurveyStatus status, int version, SurveyDefinition definition,
                     SurveySettings settings, Instant createdAt, Instant updatedAt) {

    public boolean acceptsAnswers() {
        return status == SurveyStatus.ACTIVE;
    }
}
