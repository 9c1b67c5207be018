package org.hamsafar.feedback;

/**
 * A ready-made survey to start from: {@code request} is complete (fa and en texts) and passes the
 * {@link SurveyDefinitionValidator} as it is; the survey made from it starts as a draft.
 */
public record SurveyTemplate(String key, LocalizedText name, LocalizedText description, SurveyRequest request) {

    public int questionCount() {
        return request.questions().size();
    }
}
