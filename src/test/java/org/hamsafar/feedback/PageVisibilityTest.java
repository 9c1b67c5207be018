package org.hamsafar.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PageVisibilityTest {
    private static final LocalizedText TEXT = new LocalizedText("پرسش", "Question");

    private static Question question(String key, QuestionType type, int page, DisplayCondition showIf, boolean required) {
        return new Question(key, type, TEXT, required, showIf, List.of(), null, page, null, null, null);
    }

    /** nps; why (nps <= 6) and detail (why answered) on page 1; followUp (nps <= 6) on page 2; csat on page 3. */
    private static final SurveyDefinition SURVEY = new SurveyDefinition(List.of("fa", "en"), null, null, List.of(
            question("nps", QuestionType.NPS, 1, null, true),
            question("why", QuestionType.TEXT, 1, new DisplayCondition("nps", "<=", 6), false),
            question("detail", QuestionType.TEXT, 1, new DisplayCondition("why", "answered", null), true),
            question("followUp", QuestionType.YES_NO, 2, new DisplayCondition("nps", "<=", 6), true),
            question("csat", QuestionType.CSAT, 3, null, false)));

    @Test
    void answersToQuestionsTheirConditionsHideAreDroppedInOrder() {
        Map<String, Object> answers = new LinkedHashMap<>(Map.of("nps", "9", "why", "slow", "detail", "very slow"));
        CheckedAnswers checked = PageVisibility.stripHidden(SURVEY, answers, 1);
        // why is hidden for a promoter; with it gone, detail (shown when why is answered) is hidden too.
        assertThat(checked.valid()).as(checked.problems().toString()).isTrue();
        assertThat(checked.values()).containsExactly(Map.entry("nps", 9));
    }

    @Test
    void visibleAnswersAreKeptAndStillChecked() {
        CheckedAnswers checked = PageVisibility.stripHidden(SURVEY, Map.of("nps", "۳", "why", "slow"), 1);
        assertThat(checked.problems()).extracting(p -> p.field()).containsExactly("answers.detail");
        assertThat(checked.values()).containsEntry("nps", 3).containsEntry("why", "slow");
    }

    @Test
    void pagesWithNothingToShowAreSkipped() {
        Map<String, Object> promoter = Map.of("nps", 9);
        assertThat(PageVisibility.nextPage(SURVEY, 1, promoter)).isEqualTo(3);
        assertThat(PageVisibility.previousPage(SURVEY, 3, promoter)).isEqualTo(1);
        assertThat(PageVisibility.nextPage(SURVEY, 1, Map.of("nps", 2))).isEqualTo(2);
        assertThat(PageVisibility.nextPage(SURVEY, 3, promoter)).isZero();
    }

    @Test
    void aConditionOnTheSamePageIsLeftForTheRespondentWhileOneOnAnEarlierPageIsDecided() {
        Question why = SURVEY.question("why").orElseThrow();
        Question followUp = SURVEY.question("followUp").orElseThrow();
        assertThat(PageVisibility.shown(SURVEY, why, Map.of())).isTrue();
        assertThat(PageVisibility.shown(SURVEY, followUp, Map.of("nps", 9))).isFalse();
        assertThat(PageVisibility.shown(SURVEY, followUp, Map.of("nps", 4))).isTrue();
    }
}
