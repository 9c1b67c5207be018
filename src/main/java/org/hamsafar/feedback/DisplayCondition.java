package org.hamsafar.feedback;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Show a question only when an earlier answer meets a condition, e.g. {@code nps <= 6}. Operators:
 * = != < <= > >= (numbers; = and != also compare choices and yes/no), {@code in} (value is a list),
 * {@code answered}. For a multiple choice answer, = and {@code in} mean "one of the chosen is".
 * An unanswered earlier question meets no condition except != and none of them "answered".
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DisplayCondition(String question, String op, Object value) {
    public static final List<String> OPERATORS = List.of("=", "!=", "<", "<=", ">", ">=", "in", "answered");

    /** Whether the condition holds for the answers given so far (values as {@link CheckedAnswers} keeps them). */
    public boolean holds(Map<String, Object> answers) {
        Object answer = answers.get(question);
        if ("answered".equals(op)) {
            return answer != null;
        }
        if (answer == null) {
            return "!=".equals(op);
        }
        if (answer instanceof Collection<?> chosen) {
            return switch (op) {
                case "=" -> chosen.stream().anyMatch(c -> same(c, value));
                case "!=" -> chosen.stream().noneMatch(c -> same(c, value));
                case "in" -> value instanceof Collection<?> options && chosen.stream().anyMatch(c -> options.stream().anyMatch(o -> same(c, o)));
                default -> false;
            };
        }
        return switch (op) {
            case "=" -> same(answer, value);
            case "!=" -> !same(answer, value);
            case "in" -> value instanceof Collection<?> options && options.stream().anyMatch(o -> same(answer, o));
            default -> compare(answer, value);
        };
    }

    private boolean compare(Object answer, Object bound) {
        if (!(answer instanceof Number a) || !(bound instanceof Number b)) {
            return false;
        }
        double x = a.doubleValue();
        double y = b.doubleValue();
        return switch (op) {
            case "<" -> x < y;
            case "<=" -> x <= y;
            case ">" -> x > y;
            case ">=" -> x >= y;
            default -> false;
        };
    }

    private static boolean same(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            return x.doubleValue() == y.doubleValue();
        }
        return Objects.equals(String.valueOf(a), String.valueOf(b));
    }
}
