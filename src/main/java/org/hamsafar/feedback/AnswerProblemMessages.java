package org.hamsafar.feedback;

import java.util.List;
import org.hamsafar.shared.FieldProblem;

/**
 * Says what {@link AnswerChecker} found wrong in words a respondent understands, in the page's
 * language: the checker's problems are written for API clients, so each is mapped by its kind
 * (missing, out of range, too long, not one of the options) to a message key of the UI strings.
 */
final class AnswerProblemMessages {
    static final String FIELD_PREFIX = "answers.";

    private AnswerProblemMessages() {
    }

    /** A UI message key and its arguments. */
    record Message(String key, List<Object> args) {
        Object[] arguments() {
            return args.toArray();
        }
    }

    /** The question a problem is about, or null when it is about the response as a whole. */
    static String questionKey(FieldProblem problem) {
        return problem.field().startsWith(FIELD_PREFIX) ? problem.field().substring(FIELD_PREFIX.length()) : null;
    }

    static Message of(FieldProblem problem, Question question) {
        if (question == null) {
            return new Message("respond.error.noAnswer", List.of());
        }
        if ("is required".equals(problem.message())) {
            String key = question.type() == QuestionType.TEXT ? "respond.error.requiredText" : "respond.error.required";
            return new Message(key, List.of());
        }
        switch (question.type()) {
            case NPS, CSAT, CES, RATING -> {
                return new Message("respond.error.range", List.of(question.minScore(), question.maxScore()));
            }
            case TEXT -> {
                return new Message("respond.error.tooLong", List.of(question.textLimit()));
            }
            case YES_NO, SINGLE_CHOICE, MULTI_CHOICE -> {
                return new Message("respond.error.choice", List.of());
            }
            default -> {
                return new Message("respond.error.invalid", List.of());
            }
        }
    }
}
