package org.hamsafar.journeys.funnels;

/**
 * A validated question for the customers who dropped out at {@code step} (1 to n-1) of a funnel:
 * a page of at most {@code limit} after the customer id {@code after} (null: from the start), and,
 * when {@code group} is set (a breakdown's group label: a value, "(none)" or "(other)"), only
 * that group's customers.
 */
public record DroppedQuery(FunnelDefinition definition, int step, int limit, Long after, String group) {
    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 1000;
}
