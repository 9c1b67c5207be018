package org.hamsafar.actions.rules;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Decides whether an item meets a condition. A field the item does not have fails every
 * comparison except {@code not_exists} and {@code not_contains} (as SQL's NULL would), so that
 * {@code text.topic.refund = negative} never holds for a text that does not mention refunds.
 */
final class ConditionEvaluator {

    private ConditionEvaluator() {
    }

    static boolean holds(Condition condition, RuleItem item, ItemFacts facts) {
        if (condition instanceof Condition.All all) {
            return all.conditions().stream().allMatch(c -> holds(c, item, facts));
        }
        if (condition instanceof Condition.Any any) {
            return any.conditions().stream().anyMatch(c -> holds(c, item, facts));
        }
        if (condition instanceof Condition.Not not) {
            return !holds(not.condition(), item, facts);
        }
        if (condition instanceof Condition.WindowCount w) {
            if (item.customerId() == null) {
                return false;
            }
            long count = facts.countEvents(item.customerId(), item.occurredAt().minus(w.window()), item.occurredAt(), w.type(),
                    w.channel(), w.touchpoint());
            return compareNumbers(w.op(), count, w.count());
        }
        Condition.Comparison c = (Condition.Comparison) condition;
        return compare(c.op(), value(c.field(), item, facts), c.value());
    }

    private static Object value(String field, RuleItem item, ItemFacts facts) {
        if (field.startsWith("customer.")) {
            if (item.customerId() == null) {
                return null;
            }
            if (field.equals("customer.tags")) {
                return facts.customerTags(item.customerId());
            }
            Optional<Object> attribute = facts.customerAttribute(item.customerId(), field.substring("customer.attribute.".length()));
            return attribute.orElse(null);
        }
        return item.fields().get(field);
    }

    static boolean compare(String op, Object actual, Object expected) {
        if (actual == null || (actual instanceof List<?> list && list.isEmpty() && op.equals("exists"))) {
            return op.equals("not_exists") || op.equals("not_contains");
        }
        return switch (op) {
            case "exists" -> true;
            case "not_exists" -> false;
            case "=" -> same(actual, expected);
            case "!=" -> !same(actual, expected);
            case "in" -> ((List<?>) expected).stream().anyMatch(e -> same(actual, e));
            case "not_in" -> ((List<?>) expected).stream().noneMatch(e -> same(actual, e));
            case "contains" -> contains(actual, expected);
            case "not_contains" -> !contains(actual, expected);
            default -> actual instanceof Number a && expected instanceof Number e && compareNumbers(op, a.doubleValue(), e.doubleValue());
        };
    }

    private static boolean compareNumbers(String op, double actual, double expected) {
        return switch (op) {
            case "=" -> actual == expected;
            case "!=" -> actual != expected;
            case "<" -> actual < expected;
            case "<=" -> actual <= expected;
            case ">" -> actual > expected;
            case ">=" -> actual >= expected;
            default -> false;
        };
    }

    private static boolean same(Object actual, Object expected) {
        if (actual instanceof Number a && expected instanceof Number e) {
            return a.doubleValue() == e.doubleValue();
        }
        if (actual instanceof Boolean a && expected instanceof Number e) {
            return (a ? 1.0 : 0.0) == e.doubleValue(); // yes/no answers are stored as true/false, compared as 1/0
        }
        if (actual instanceof List<?> list) {
            return list.size() == 1 && same(list.get(0), expected);
        }
        return Objects.equals(actual, expected);
    }

    private static boolean contains(Object actual, Object expected) {
        if (actual instanceof List<?> list) {
            return list.stream().anyMatch(e -> same(e, expected));
        }
        if (actual instanceof String text && expected instanceof String part) {
            return text.toLowerCase(Locale.ROOT).contains(part.toLowerCase(Locale.ROOT));
        }
        return false;
    }
}
