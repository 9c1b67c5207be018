package org.hamsafar.feedback;

import java.util.List;

/**
 * A survey as the API receives it (create and replace). Loosely typed on purpose: the
 * {@link SurveyDefinitionValidator} turns it into a {@link SurveyDefinition} or names every field
 * that is wrong, instead of failing on the first.
 */
public record SurveyRequest(String name, String status, List<String> languages, LocalizedText intro,
                            LocalizedText thankYou, List<QuestionRequest> questions, SettingsRequest settings) {

    public record QuestionRequest(String key, String type, LocalizedText text, Boolean required, ConditionRequest showIf,
                                  List<Choice> choices, Integer scale, Integer page, Integer maxLength,
                                  LocalizedText lowLabel, LocalizedText highLabel) {
    }

    /** {@code value}: a number, a string (choice id), true/false, or a list for {@code in}. */
    public record ConditionRequest(String question, String op, Object value) {
    }

    public record SettingsRequest(Integer fatigueDays, Integer quota, Integer reminderAfterDays, Integer invitationExpiryDays) {
    }
}
