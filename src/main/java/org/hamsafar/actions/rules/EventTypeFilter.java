package org.hamsafar.actions.rules;

/**
 * Whether an event of a type can meet a rule at all, judged from the rule's {@code event.type}
 * conditions alone: a rule whose conditions must all hold and which requires
 * {@code event.type = X} (or {@code in [...]}) can never match another type. Anything less
 * certain answers "may match", so this only ever saves work, never a match.
 */
final class EventTypeFilter {

    private EventTypeFilter() {
    }

    static boolean mayMatch(Condition condition, String type) {
        if (condition instanceof Condition.All all) {
            return all.conditions().stream().allMatch(c -> mayMatch(c, type));
        }
        if (condition instanceof Condition.Any any) {
            return any.conditions().stream().anyMatch(c -> mayMatch(c, type));
        }
        if (condition instanceof Condition.Comparison c && c.field().equals("event.type")) {
            if (c.op().equals("=")) {
                return c.value().equals(type);
            }
            if (c.op().equals("in")) {
                return ((java.util.List<?>) c.value()).contains(type);
            }
        }
        return true; // not, other fields and operators: cannot tell here
    }
}
