package org.hamsafar.feedback;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Optional;

/** What one version of a survey asks, in which languages, with its welcome and thank-you texts. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SurveyDefinition(List<String> languages, LocalizedText intro, LocalizedText thankYou, List<Question> questions) {
    public SurveyDefinition {
        languages = List.copyOf(languages);
        questions = List.copyOf(questions);
    }

    public Optional<Question> question(String key) {
        return questions.stream().filter(q -> q.key().equals(key)).findFirst();
    }

    public int pages() {
        return questions.stream().mapToInt(Question::page).max().orElse(1);
    }

    public List<Question> onPage(int page) {
        return questions.stream().filter(q -> q.page() == page).toList();
    }

    /** The language to show when the respondent asks for {@code wanted} (null: no wish): it if offered, else the first. */
    public String languageFor(String wanted) {
        // An immutable list throws on contains(null); a customer without a language is common.
        return wanted != null && languages.contains(wanted) ? wanted : languages.get(0);
    }
}
