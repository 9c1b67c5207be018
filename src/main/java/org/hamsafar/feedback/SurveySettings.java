package org.hamsafar.feedback;

import com.fasterxml.jackson.annotation.JsonInclude;
/**
 * How a survey is distributed. {@code fatigueDays}: invite one customer to this survey at most once
 * in that many days (null: only the global rule); {@code quota}: stop inviting and accepting once
 * that many responses arrived (null: no quota); {@code reminderAfterDays}: one reminder after that
 * many days without an answer (null: none); {@code invitationExpiryDays}: a personal link expires
 * after that many days.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SurveySettings(Integer fatigueDays, Integer quota, Integer reminderAfterDays, int invitationExpiryDays) {
    public static final SurveySettings DEFAULT = new SurveySettings(null, null, null, 14);
}
