package org.hamsafar.feedback;

import java.time.Instant;
import java.util.List;

/** A survey as the API shows it; {@code link} is the path of its public page. */
record SurveyView(long id, String key, String name, String status, int version, List<String> languages,
                  LocalizedText intro, LocalizedText thankYou, List<Question> questions, SurveySettings settings,
                  String link, Instant createdAt, Instant updatedAt) {

    static SurveyView of(Survey s) {
        SurveyDefinition d = s.definition();
        return new SurveyView(s.id(), s.key(), s.name(), s.status().key(), s.version(), d.languages(), d.intro(), d.thankYou(),
                d.questions(), s.settings(), "/s/" + s.key(), s.createdAt(), s.updatedAt());
    }
}
