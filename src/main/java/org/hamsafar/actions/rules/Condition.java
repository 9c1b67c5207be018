package org.hamsafar.actions.rules;

import java.time.Duration;
import java.util.List;

/** A rule's {@code when}: comparisons of an item's fields, combined with all, any and not. */
sealed interface Condition {

    record All(List<Condition> conditions) implements Condition {
    }

    record Any(List<Condition> conditions) implements Condition {
    }

    record Not(Condition condition) implements Condition {
    }

    /**
     * {@code field op value}; {@code value} is a Double (numbers), a String, a Boolean, a List of
     * those (in, not_in), or null (exists, not_exists).
     */
    record Comparison(String field, RuleField spec, String op, Object value) implements Condition {
    }

    /**
     * How many of the customer's events in the {@code window} up to the item's time (the item
     * included) match {@code type}, {@code channel} and {@code touchpoint} (null: any), compared
     * with {@code count}.
     */
    record WindowCount(String op, long count, Duration window, String type, String channel, String touchpoint)
            implements Condition {
    }

    /** The subjects the comparisons name (customer fields name none). */
    default java.util.Set<RuleSubject> subjects() {
        java.util.Set<RuleSubject> subjects = java.util.EnumSet.noneOf(RuleSubject.class);
        collect(this, subjects);
        return subjects;
    }

    private static void collect(Condition c, java.util.Set<RuleSubject> into) {
        if (c instanceof All all) {
            all.conditions().forEach(x -> collect(x, into));
        } else if (c instanceof Any any) {
            any.conditions().forEach(x -> collect(x, into));
        } else if (c instanceof Not not) {
            collect(not.condition(), into);
        } else if (c instanceof Comparison cmp && cmp.spec().subject() != null) {
            into.add(cmp.spec().subject());
        } else if (c instanceof WindowCount) {
            into.add(RuleSubject.EVENT);
        }
    }
}
