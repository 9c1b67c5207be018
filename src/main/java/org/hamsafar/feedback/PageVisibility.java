package org.hamsafar.feedback;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Display logic on the public page, decided on the server so that the form works without
 * JavaScript. A condition on an answer of an earlier page is known when a page is drawn: questions
 * it hides are not shown. A condition on an answer of the same page is not known yet: the question
 * is shown (and hidden live where scripts run), and an answer to it that the condition then hides
 * is dropped before checking, as the respondent could not have known to leave it empty.
 */
final class PageVisibility {

    private PageVisibility() {
    }

    /**
     * Drops answers to questions that their conditions hide, in question order: dropping one answer
     * may hide a later question, so this repeats until nothing more is hidden. The rest is checked
     * through {@code throughPage}.
     */
    static CheckedAnswers stripHidden(SurveyDefinition definition, Map<String, Object> answers, int throughPage) {
        Map<String, Object> raw = new LinkedHashMap<>(answers);
        while (true) {
            CheckedAnswers checked = AnswerChecker.check(definition, raw, throughPage);
            String hidden = null;
            for (Question question : definition.questions()) {
                if (answered(raw.get(question.key())) && question.showIf() != null && !question.showIf().holds(checked.values())) {
                    hidden = question.key();
                    break;
                }
            }
            if (hidden == null) {
                return checked;
            }
            raw.remove(hidden);
        }
    }

    /**
     * Whether the question is shown on its page, given the checked answers of earlier pages: always
     * when its condition depends on the same page (the answer is not known yet), else when the
     * condition holds.
     */
    static boolean shown(SurveyDefinition definition, Question question, Map<String, Object> earlier) {
        DisplayCondition condition = question.showIf();
        if (condition == null) {
            return true;
        }
        Question target = definition.question(condition.question()).orElse(null);
        if (target != null && target.page() == question.page()) {
            return shown(definition, target, earlier);
        }
        return condition.holds(earlier);
    }

    /** Whether a page has any question to show. */
    static boolean hasShownQuestion(SurveyDefinition definition, int page, Map<String, Object> earlier) {
        return definition.onPage(page).stream().anyMatch(q -> shown(definition, q, earlier));
    }

    /** The first page after {@code page} with a question to show, or 0 when there is none. */
    static int nextPage(SurveyDefinition definition, int page, Map<String, Object> values) {
        for (int next = page + 1; next <= definition.pages(); next++) {
            if (hasShownQuestion(definition, next, values)) {
                return next;
            }
        }
        return 0;
    }

    /** The last page before {@code page} with a question to show (1 at least). */
    static int previousPage(SurveyDefinition definition, int page, Map<String, Object> values) {
        for (int previous = page - 1; previous > 1; previous--) {
            if (hasShownQuestion(definition, previous, values)) {
                return previous;
            }
        }
        return 1;
    }

    /** The keys of the questions on a page. */
    static Set<String> keysOn(SurveyDefinition definition, int page) {
        return definition.onPage(page).stream().map(Question::key).collect(Collectors.toSet());
    }

    /** The values of questions before {@code page}: what conditions on a page may depend on when it is drawn. */
    static Map<String, Object> before(SurveyDefinition definition, int page, Map<String, Object> values) {
        Map<String, Object> earlier = new LinkedHashMap<>();
        values.forEach((key, value) -> definition.question(key).filter(q -> q.page() < page).ifPresent(q -> earlier.put(key, value)));
        return earlier;
    }

    private static boolean answered(Object raw) {
        return raw != null && !(raw instanceof String s && s.isBlank()) && !(raw instanceof Collection<?> c && c.isEmpty());
    }
}
