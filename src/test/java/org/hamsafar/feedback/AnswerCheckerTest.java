package org.hamsafar.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hamsafar.shared.FieldProblem;
import org.junit.jupiter.api.Test;

class AnswerCheckerTest {
    private static final LocalizedText TEXT = new LocalizedText("متن", "text");

    private static Question question(String key, QuestionType type, boolean required, DisplayCondition showIf, int page, List<Choice> choices) {
        return new Question(key, type, TEXT, required, showIf, choices, type == QuestionType.RATING ? 5 : null, page,
                type == QuestionType.TEXT ? 20 : null, null, null);
    }

    /** nps (required) → why (only when nps <= 6) on page 1; topics (multi) and resolved (yes/no) on page 2. */
    private static SurveyDefinition survey() {
        return new SurveyDefinition(List.of("fa", "en"), null, null, List.of(
                question("nps", QuestionType.NPS, true, null, 1, List.of()),
                question("why", QuestionType.TEXT, true, new DisplayCondition("nps", "<=", 6), 1, List.of()),
                question("topics", QuestionType.MULTI_CHOICE, false, null, 2,
                        List.of(new Choice("price", TEXT), new Choice("delivery", TEXT))),
                question("resolved", QuestionType.YES_NO, true, new DisplayCondition("topics", "=", "delivery"), 2, List.of())));
    }

    private static Map<String, Object> answers(Object... pairs) {
        Map<String, Object> answers = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            answers.put((String) pairs[i], pairs[i + 1]);
        }
        return answers;
    }

    private static List<String> fields(CheckedAnswers checked) {
        return checked.problems().stream().map(FieldProblem::field).toList();
    }

    @Test
    void detractorMustSayWhyAndPromoterMustNot() {
        assertThat(fields(AnswerChecker.check(survey(), answers("nps", 3)))).containsExactly("answers.why");
        CheckedAnswers promoter = AnswerChecker.check(survey(), answers("nps", 10, "why", "great"));
        assertThat(fields(promoter)).containsExactly("answers.why");
        assertThat(promoter.problems().get(0).message()).contains("hidden").contains("nps <= 6");
        CheckedAnswers detractor = AnswerChecker.check(survey(), answers("nps", 6, "why", "  slow  "));
        assertThat(detractor.valid()).isTrue();
        assertThat(detractor.values()).containsEntry("nps", 6).containsEntry("why", "slow");
    }

    @Test
    void scoresOutsideTheirRangeOrNotWholeAreRejected() {
        assertThat(AnswerChecker.check(survey(), answers("nps", 11)).problems().get(0).message()).isEqualTo("must be from 0 to 10, not 11");
        assertThat(fields(AnswerChecker.check(survey(), answers("nps", -1)))).containsExactly("answers.nps");
        assertThat(fields(AnswerChecker.check(survey(), answers("nps", 7.5)))).containsExactly("answers.nps");
        assertThat(fields(AnswerChecker.check(survey(), answers("nps", "ten")))).containsExactly("answers.nps");
    }

    @Test
    void formValuesWithPersianDigitsAreNumbers() {
        CheckedAnswers checked = AnswerChecker.check(survey(), answers("nps", "۹"));
        assertThat(checked.valid()).isTrue();
        assertThat(checked.values()).containsEntry("nps", 9);
        assertThat(AnswerChecker.check(survey(), answers("nps", "٨")).values()).containsEntry("nps", 8);
    }

    @Test
    void unknownQuestionsAndUnknownOptionsAreNamed() {
        CheckedAnswers checked = AnswerChecker.check(survey(), answers("nps", 9, "colour", "red", "topics", List.of("price", "speed")));
        assertThat(fields(checked)).containsExactlyInAnyOrder("answers.colour", "answers.topics");
    }

    @Test
    void multipleChoiceConditionMeansOneOfTheChosen() {
        CheckedAnswers needsResolved = AnswerChecker.check(survey(), answers("nps", 9, "topics", List.of("price", "delivery")));
        assertThat(fields(needsResolved)).containsExactly("answers.resolved");
        CheckedAnswers complete = AnswerChecker.check(survey(), answers("nps", 9, "topics", List.of("price", "delivery", "price"), "resolved", "no"));
        assertThat(complete.valid()).isTrue();
        assertThat(complete.values()).containsEntry("topics", List.of("price", "delivery")).containsEntry("resolved", false);
    }

    @Test
    void requiredQuestionsOnLaterPagesMayWaitWhileSavingPageByPage() {
        Map<String, Object> pageOne = answers("nps", 9, "topics", List.of("delivery"));
        assertThat(AnswerChecker.check(survey(), pageOne, 1).valid()).isTrue();
        assertThat(fields(AnswerChecker.check(survey(), pageOne))).containsExactly("answers.resolved");
    }

    @Test
    void textLongerThanItsLimitIsRejected() {
        CheckedAnswers checked = AnswerChecker.check(survey(), answers("nps", 2, "why", "x".repeat(21)));
        assertThat(checked.problems()).containsExactly(new FieldProblem("answers.why", "must be at most 20 characters"));
    }
}
