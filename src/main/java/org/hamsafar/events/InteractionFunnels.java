package org.hamsafar.events;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hamsafar.shared.store.UtcTimes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Counts, in the database, how many customers pass through an ordered sequence of interaction
 * steps. The caller (the journeys module) validates the steps; this class owns the SQL over
 * {@code interaction_event}.
 *
 * <p>Semantics: a customer enters at their earliest event matching step 0 whose {@code occurred_at}
 * is in {@code [from, to)}. For each later step k, the customer reaches it at their earliest event
 * matching step k that happened strictly after the time they reached step k-1 and no later than
 * {@code window} after they entered step 0 (so later steps may fall after {@code to}). Each step
 * is timed from the previous one; the median of those gaps, in seconds, is reported per step.
 *
 * <p>The query is one CTE per step ({@code s0}, {@code s1}, ...), each joining the events of the
 * customers in the previous CTE through the (customer_id, occurred_at) index; all values are bound
 * parameters. The same SQL runs on DuckDB and PostgreSQL.
 */
@Component
public class InteractionFunnels {
    /** The most steps one funnel may have: each adds a join, so the query stays bounded. */
    public static final int MAX_STEPS = 20;

    private final JdbcClient jdbc;

    InteractionFunnels(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What an event must match to count for a step; null parts match anything, at least one is set. */
    public record StepMatch(String type, String channel, String touchpoint) {
        public StepMatch {
            if (type == null && channel == null && touchpoint == null) {
                throw new IllegalArgumentException("a step needs a type, channel or touchpoint");
            }
        }
    }

    /**
     * One step's outcome: how many customers reached it and the median seconds from the previous
     * step among them (null for step 0 and when nobody reached it).
     */
    public record StepReach(int index, long customers, Double medianSecondsFromPrevious) {
    }

    /** Per-step reach, in step order, for customers entering in {@code [from, to)}. */
    public List<StepReach> reach(List<StepMatch> steps, Duration window, Instant from, Instant to) {
        if (steps.size() < 2 || steps.size() > MAX_STEPS) {
            throw new IllegalArgumentException("a funnel has 2 to " + MAX_STEPS + " steps");
        }
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("the window must be positive");
        }
        Map<String, Object> params = new HashMap<>();
        params.put("from", UtcTimes.toDb(from));
        params.put("to", UtcTimes.toDb(to));
        params.put("window", window.toSeconds());
        StringBuilder sql = new StringBuilder("WITH s0 AS (SELECT e.customer_id, MIN(e.occurred_at) AS t FROM interaction_event e"
                + " WHERE e.occurred_at >= :from AND e.occurred_at < :to");
        matchConditions(steps.get(0), 0, params, sql);
        sql.append(" GROUP BY e.customer_id), b0 AS (SELECT customer_id,"
                + " t + CAST(:window AS BIGINT) * INTERVAL '1 second' AS deadline, t FROM s0)");
        for (int k = 1; k < steps.size(); k++) {
            // b(k) carries each customer's deadline and the time they reached step k.
            sql.append(", b").append(k).append(" AS (SELECT p.customer_id, p.deadline, p.t AS prev_t,"
                    + " MIN(e.occurred_at) AS t FROM b").append(k - 1).append(" p JOIN interaction_event e ON e.customer_id = p.customer_id"
                    + " WHERE e.occurred_at > p.t AND e.occurred_at <= p.deadline");
            matchConditions(steps.get(k), k, params, sql);
            sql.append(" GROUP BY p.customer_id, p.deadline, p.t)");
        }
        sql.append(" SELECT 0 AS step, COUNT(*) AS customers, CAST(NULL AS DOUBLE PRECISION) AS median_seconds FROM b0");
        for (int k = 1; k < steps.size(); k++) {
            sql.append(" UNION ALL SELECT ").append(k).append(", COUNT(*), percentile_cont(0.5) WITHIN GROUP (ORDER BY"
                    + " CAST(EXTRACT(EPOCH FROM (t - prev_t)) AS DOUBLE PRECISION)) FROM b").append(k);
        }
        List<StepReach> rows = new ArrayList<>(jdbc.sql(sql.toString()).params(params)
                .query((rs, n) -> {
                    // getObject, not getDouble: the DuckDB driver answers NaN for a NULL double.
                    Object median = rs.getObject(3);
                    Double seconds = median instanceof Number number && !Double.isNaN(number.doubleValue()) ? number.doubleValue() : null;
                    return new StepReach(rs.getInt(1), rs.getLong(2), seconds);
                }).list());
        rows.sort((a, b) -> Integer.compare(a.index(), b.index()));
        return rows;
    }

    private static void matchConditions(StepMatch step, int k, Map<String, Object> params, StringBuilder sql) {
        condition("type", step.type(), k, params, sql);
        condition("channel", step.channel(), k, params, sql);
        condition("touchpoint", step.touchpoint(), k, params, sql);
    }

    private static void condition(String column, String value, int k, Map<String, Object> params, StringBuilder sql) {
        if (value != null) {
            String name = column + k;
            sql.append(" AND e.").append(column).append(" = :").append(name);
            params.put(name, value);
        }
    }
}
