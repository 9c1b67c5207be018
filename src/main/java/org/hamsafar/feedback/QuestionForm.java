package org.hamsafar.feedback;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.hamsafar.shared.Digits;
import org.hamsafar.shared.FieldProblem;

/**
 * One question of the survey builder's form, as text fields. Options are written one per line as
 * {@code id | Persian text | English text}; a display condition's value is typed by the question it
 * names (a number for scores, yes/no, an option id, a comma-separated list for {@code in}).
 */
public class QuestionForm {
    private String key = "";
    private String type = QuestionType.NPS.key();
    private String textFa = "";
    private String textEn = "";
    private boolean required;
    private String page = "1";
    private String scale = "";
    private String maxLength = "";
    private String lowFa = "";
    private String lowEn = "";
    private String highFa = "";
    private String highEn = "";
    private String choices = "";
    private String showIfQuestion = "";
    private String showIfOp = "";
    private String showIfValue = "";

    static QuestionForm of(Question q) {
        QuestionForm f = new QuestionForm();
        f.key = q.key();
        f.type = q.type().key();
        f.textFa = SurveyForm.orEmpty(q.text() == null ? null : q.text().fa());
        f.textEn = SurveyForm.orEmpty(q.text() == null ? null : q.text().en());
        f.required = q.required();
        f.page = Integer.toString(q.page());
        f.scale = q.scale() == null ? "" : q.scale().toString();
        f.maxLength = q.maxLength() == null ? "" : q.maxLength().toString();
        f.lowFa = q.lowLabel() == null ? "" : SurveyForm.orEmpty(q.lowLabel().fa());
        f.lowEn = q.lowLabel() == null ? "" : SurveyForm.orEmpty(q.lowLabel().en());
        f.highFa = q.highLabel() == null ? "" : SurveyForm.orEmpty(q.highLabel().fa());
        f.highEn = q.highLabel() == null ? "" : SurveyForm.orEmpty(q.highLabel().en());
        StringBuilder lines = new StringBuilder();
        for (Choice choice : q.choices()) {
            lines.append(choice.id()).append(" | ").append(SurveyForm.orEmpty(choice.text().fa())).append(" | ")
                    .append(SurveyForm.orEmpty(choice.text().en())).append('\n');
        }
        f.choices = lines.toString().strip();
        if (q.showIf() != null) {
            f.showIfQuestion = q.showIf().question();
            f.showIfOp = q.showIf().op();
            f.showIfValue = conditionText(q.showIf().value());
        }
        return f;
    }

    public String getKey() { return key; }
    public void setKey(String key) { this.key = key; }
    public String getType() { return type; }
    public void setType(String type) { this.type = type; }
    public String getTextFa() { return textFa; }
    public void setTextFa(String textFa) { this.textFa = textFa; }
    public String getTextEn() { return textEn; }
    public void setTextEn(String textEn) { this.textEn = textEn; }
    public boolean isRequired() { return required; }
    public void setRequired(boolean required) { this.required = required; }
    public String getPage() { return page; }
    public void setPage(String page) { this.page = page; }
    public String getScale() { return scale; }
    public void setScale(String scale) { this.scale = scale; }
    public String getMaxLength() { return maxLength; }
    public void setMaxLength(String maxLength) { this.maxLength = maxLength; }
    public String getLowFa() { return lowFa; }
    public void setLowFa(String lowFa) { this.lowFa = lowFa; }
    public String getLowEn() { return lowEn; }
    public void setLowEn(String lowEn) { this.lowEn = lowEn; }
    public String getHighFa() { return highFa; }
    public void setHighFa(String highFa) { this.highFa = highFa; }
    public String getHighEn() { return highEn; }
    public void setHighEn(String highEn) { this.highEn = highEn; }
    public String getChoices() { return choices; }
    public void setChoices(String choices) { this.choices = choices; }
    public String getShowIfQuestion() { return showIfQuestion; }
    public void setShowIfQuestion(String showIfQuestion) { this.showIfQuestion = showIfQuestion; }
    public String getShowIfOp() { return showIfOp; }
    public void setShowIfOp(String showIfOp) { this.showIfOp = showIfOp; }
    public String getShowIfValue() { return showIfValue; }
    public void setShowIfValue(String showIfValue) { this.showIfValue = showIfValue; }

    /** This question as the validator reads it; numbers that are not numbers go to {@code problems}. */
    SurveyRequest.QuestionRequest toRequest(int index, List<QuestionForm> questions, List<FieldProblem> problems) {
        String at = "questions[" + index + "]";
        String typeKey = type == null ? "" : type.strip();
        Optional<QuestionType> known = QuestionType.fromKey(typeKey);
        boolean rating = known.filter(t -> t == QuestionType.RATING).isPresent();
        boolean textType = known.filter(t -> t == QuestionType.TEXT).isPresent();
        boolean choiceType = known.filter(QuestionType::hasChoices).isPresent();
        boolean scored = known.filter(QuestionType::scored).isPresent();
        Integer pageNumber = SurveyForm.number(at + ".page", page, problems);
        return new SurveyRequest.QuestionRequest(key == null ? null : key.strip(), typeKey, SurveyForm.text(textFa, textEn),
                required, condition(questions),
                choiceType ? choices(choices) : null,
                rating ? SurveyForm.number(at + ".scale", scale, problems) : null,
                pageNumber,
                textType ? SurveyForm.number(at + ".maxLength", maxLength, problems) : null,
                scored ? SurveyForm.text(lowFa, lowEn) : null,
                scored ? SurveyForm.text(highFa, highEn) : null);
    }

    /** The display condition; its value typed by the question it names (number, yes/no, option id, list for in). */
    private SurveyRequest.ConditionRequest condition(List<QuestionForm> questions) {
        String target = showIfQuestion == null ? "" : showIfQuestion.strip();
        if (target.isEmpty()) {
            return null;
        }
        String op = showIfOp == null ? "" : showIfOp.strip();
        Optional<QuestionType> targetType = questions.stream().filter(other -> target.equals(other.key == null ? null : other.key.strip()))
                .findFirst().flatMap(other -> QuestionType.fromKey(other.type));
        String raw = showIfValue == null ? "" : showIfValue.strip();
        Object value;
        if ("answered".equals(op)) {
            value = null;
        } else if ("in".equals(op)) {
            value = raw.isEmpty() ? null : Arrays.stream(raw.split("[,،]")).map(String::strip).filter(s -> !s.isEmpty())
                    .map(s -> typed(s, targetType)).toList();
        } else {
            value = raw.isEmpty() ? null : typed(raw, targetType);
        }
        return new SurveyRequest.ConditionRequest(target, op, value);
    }

    private static Object typed(String raw, Optional<QuestionType> type) {
        if (type.isPresent() && type.get().scored()) {
            String digits = Digits.latin(raw);
            try {
                return Integer.valueOf(digits);
            } catch (NumberFormatException notWhole) {
                try {
                    return Double.valueOf(digits);
                } catch (NumberFormatException notANumber) {
                    return raw;
                }
            }
        }
        if (type.isPresent() && type.get() == QuestionType.YES_NO) {
            String lower = raw.toLowerCase(Locale.ROOT);
            if (lower.equals("true") || lower.equals("yes") || lower.equals("بله")) {
                return Boolean.TRUE;
            }
            if (lower.equals("false") || lower.equals("no") || lower.equals("خیر")) {
                return Boolean.FALSE;
            }
        }
        return raw;
    }

    /** One option per line: {@code id | fa | en}; blank lines are skipped. */
    static List<Choice> choices(String lines) {
        List<Choice> choices = new ArrayList<>();
        if (lines == null) {
            return choices;
        }
        for (String line : lines.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split("\\|", -1);
            String id = parts[0].strip();
            String fa = parts.length > 1 ? parts[1].strip() : "";
            String en = parts.length > 2 ? parts[2].strip() : "";
            choices.add(new Choice(id, SurveyForm.text(fa, en)));
        }
        return choices;
    }

    static String conditionText(Object value) {
        if (value instanceof List<?> list) {
            return String.join(", ", list.stream().map(QuestionForm::conditionText).toList());
        }
        if (value instanceof Double d && d == Math.rint(d)) {
            return Long.toString(d.longValue());
        }
        return value == null ? "" : String.valueOf(value);
    }
}
