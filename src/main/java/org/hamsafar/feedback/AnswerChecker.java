package org.hamsafar.feedback;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.hamsafar.shared.Digits;
import org.hamsafar.shared.FieldProblem;

/**
 * Checks answers against the questions of one survey version: each value against its question
 * (range, option ids, length), no answer to an unknown or a hidden question, and every visible
 * required question answered. Values may come from JSON (numbers, booleans, lists) or from a form
 * (strings, with Persian or Arabic-Indic digits); both end up as the same typed values.
 */
final class AnswerChecker {

    private AnswerChecker() {
    }

    /** Checks a whole response. */
    static CheckedAnswers check(SurveyDefinition definition, Map<String, ?> answers) {
        return check(definition, answers, definition.pages());
    }

    /**
     * Checks the answers given on pages 1 to {@code throughPage}: required questions on later
     * pages may still be missing (a partly filled form saved page by page).
     */
    static CheckedAnswers check(SurveyDefinition definition, Map<String, ?> answers, int throughPage) {
        List<FieldProblem> problems = new ArrayList<>();
        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, ?> given = answers == null ? Map.of() : answers;
        for (String key : given.keySet()) {
            if (definition.question(key).isEmpty()) {
                problems.add(new FieldProblem("answers." + key, "is not a question of this survey"));
            }
        }
        for (Question question : definition.questions()) {
            String field = "answers." + question.key();
            Object raw = given.get(question.key());
            boolean answered = !blank(raw);
            boolean visible = question.showIf() == null || question.showIf().holds(values);
            if (!visible) {
                if (answered) {
                    problems.add(new FieldProblem(field, "is hidden by its display condition (" + describe(question.showIf())
                            + ") and must not be answered"));
                }
                continue;
            }
            if (!answered) {
                if (question.required() && question.page() <= throughPage) {
                    problems.add(new FieldProblem(field, "is required"));
                }
                continue;
            }
            String problem = convert(question, raw, values);
            if (problem != null) {
                problems.add(new FieldProblem(field, problem));
            }
        }
        return new CheckedAnswers(values, problems);
    }

    /** Puts the typed value into {@code values}, or says what is wrong with it. */
    private static String convert(Question question, Object raw, Map<String, Object> values) {
        switch (question.type()) {
            case NPS, CSAT, CES, RATING -> {
                Integer score = wholeNumber(raw);
                if (score == null) {
                    return "must be a whole number from " + question.minScore() + " to " + question.maxScore();
                }
                if (score < question.minScore() || score > question.maxScore()) {
                    return "must be from " + question.minScore() + " to " + question.maxScore() + ", not " + score;
                }
                values.put(question.key(), score);
            }
            case YES_NO -> {
                Boolean yes = yesNo(raw);
                if (yes == null) {
                    return "must be true or false";
                }
                values.put(question.key(), yes);
            }
            case SINGLE_CHOICE -> {
                if (!(raw instanceof String id) || !question.hasChoice(id)) {
                    return "must be one option id of: " + optionIds(question);
                }
                values.put(question.key(), id);
            }
            case MULTI_CHOICE -> {
                Collection<?> chosen = raw instanceof Collection<?> list ? list : List.of(raw);
                Set<String> ids = new LinkedHashSet<>();
                for (Object id : chosen) {
                    if (!(id instanceof String s) || !question.hasChoice(s)) {
                        return "must be a list of option ids of: " + optionIds(question);
                    }
                    ids.add(s);
                }
                values.put(question.key(), List.copyOf(ids));
            }
            case TEXT -> {
                if (!(raw instanceof String text)) {
                    return "must be text";
                }
                String stripped = text.strip();
                if (stripped.codePointCount(0, stripped.length()) > question.textLimit()) {
                    return "must be at most " + question.textLimit() + " characters";
                }
                values.put(question.key(), stripped);
            }
            default -> throw new IllegalStateException("Unhandled question type " + question.type());
        }
        return null;
    }

    private static boolean blank(Object raw) {
        return raw == null || (raw instanceof String s && s.isBlank()) || (raw instanceof Collection<?> c && c.isEmpty());
    }

    private static Integer wholeNumber(Object raw) {
        if (raw instanceof Integer || raw instanceof Long || raw instanceof Short) {
            long value = ((Number) raw).longValue();
            return value > Integer.MAX_VALUE || value < Integer.MIN_VALUE ? null : (int) value;
        }
        if (raw instanceof Number number) {
            double value = number.doubleValue();
            return value == Math.rint(value) && Math.abs(value) < 1e9 ? (int) value : null;
        }
        if (raw instanceof String text) {
            String digits = Digits.latin(text.strip());
            return digits.matches("-?\\d{1,9}") ? Integer.valueOf(digits) : null;
        }
        return null;
    }

    private static Boolean yesNo(Object raw) {
        if (raw instanceof Boolean yes) {
            return yes;
        }
        if (raw instanceof String text) {
            return switch (text.strip().toLowerCase(Locale.ROOT)) {
                case "true", "yes", "1", "بله", "آری" -> Boolean.TRUE;
                case "false", "no", "0", "خیر", "نه" -> Boolean.FALSE;
                default -> null;
            };
        }
        return null;
    }

    private static String optionIds(Question question) {
        return String.join(", ", question.choices().stream().map(Choice::id).toList());
    }

    static String describe(DisplayCondition condition) {
        return condition.question() + " " + condition.op() + (condition.value() == null ? "" : " " + condition.value());
    }
}
