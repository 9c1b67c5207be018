package org.hamsafar.events;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hamsafar.events.InteractionFunnels.Funnel;
import org.hamsafar.events.InteractionFunnels.Group;
import org.hamsafar.events.InteractionFunnels.Grouping;
import org.hamsafar.events.InteractionFunnels.PropertyMatch;
import org.hamsafar.events.InteractionFunnels.StepMatch;
import org.hamsafar.shared.store.SqlDialect;
import org.hamsafar.shared.store.UtcTimes;

/**
 * Writes one funnel's SQL (see {@link InteractionFunnels} for the semantics), the same text for
 * DuckDB and PostgreSQL except for JSON property conditions ({@link SqlDialect}). Every value is a
 * bound parameter; property names, checked as keys, are the only names written into the text.
 *
 * <p>The CTEs, per step k:
 * <ul>
 *   <li>{@code q<k>} for a required step: (customer_id, deadline, t, base_t) of the customers who
 *   reached it at t, base_t being when they reached the previous required step. Each joins the
 *   previous required step's customers to their events through {@code customer_id}, so the work
 *   grows with the events of the customers still in the funnel, never with their square.</li>
 *   <li>For the optional steps between required steps p and s: {@code g<p>} (each customer of
 *   {@code q<p>} with their position, the time at p, and their limit, the time at s or null);
 *   then per optional step {@code m<k>} (who did it, and when) and {@code o<k>} (everyone of
 *   {@code g<p>} with their position moved to t when they did it).</li>
 *   <li>With a grouping: {@code gv} (entrant, value) and {@code grp} (entrant, value or "other"
 *   beyond the largest groups, ranked by window functions).</li>
 * </ul>
 * Each stage's time bounds are also written as constants ({@code from} up to {@code to + window}),
 * so that the store can skip blocks of events outside the period.
 */
final class FunnelSql {
    private static final String EPOCH_GAP = "CAST(EXTRACT(EPOCH FROM (%s - %s)) AS DOUBLE PRECISION)";

    private final SqlDialect dialect;
    private final Funnel funnel;
    private final Map<String, Object> params = new HashMap<>();
    /** For each step, the last required step before it (-1 for step 0). */
    private final int[] previousRequired;
    /** For each optional step, the first required step after it; -1 for required steps. */
    private final int[] nextRequired;
    private final String chain;

    FunnelSql(SqlDialect dialect, Funnel funnel) {
        this.dialect = dialect;
        this.funnel = funnel;
        int n = funnel.steps().size();
        previousRequired = new int[n];
        nextRequired = new int[n];
        int last = -1;
        for (int k = 0; k < n; k++) {
            previousRequired[k] = last;
            if (!funnel.steps().get(k).optional()) {
                last = k;
            }
        }
        int next = -1;
        for (int k = n - 1; k >= 0; k--) {
            nextRequired[k] = funnel.steps().get(k).optional() ? next : -1;
            if (!funnel.steps().get(k).optional()) {
                next = k;
            }
        }
        params.put("f_from", UtcTimes.toDb(funnel.from()));
        params.put("f_to", UtcTimes.toDb(funnel.to()));
        params.put("f_last", UtcTimes.toDb(funnel.to().plus(funnel.window())));
        params.put("f_window", funnel.window().toSeconds());
        chain = chain();
    }

    Map<String, Object> params() {
        return params;
    }

    int previousRequired(int step) {
        return previousRequired[step];
    }

    private boolean optional(int k) {
        return funnel.steps().get(k).optional();
    }

    private String chain() {
        StringBuilder sql = new StringBuilder("WITH q0 AS (SELECT customer_id, t + CAST(:f_window AS BIGINT) * INTERVAL '1 second'"
                + " AS deadline, t, t AS base_t FROM (SELECT e.customer_id, MIN(e.occurred_at) AS t FROM interaction_event e"
                + " WHERE e.occurred_at >= :f_from AND e.occurred_at < :f_to");
        sql.append(conditions(0)).append(" GROUP BY e.customer_id) z)");
        int n = funnel.steps().size();
        for (int k = 1; k < n; k++) {
            if (!optional(k)) {
                int p = previousRequired[k];
                sql.append(", q").append(k).append(" AS (SELECT p.customer_id, p.deadline, MIN(e.occurred_at) AS t, p.t AS base_t")
                        .append(" FROM q").append(p).append(" p JOIN interaction_event e ON e.customer_id = p.customer_id")
                        .append(" WHERE e.occurred_at > :f_from AND e.occurred_at <= :f_last")
                        .append(" AND e.occurred_at > p.t AND e.occurred_at <= p.deadline").append(conditions(k))
                        .append(" GROUP BY p.customer_id, p.deadline, p.t)");
            }
        }
        for (int k = 1; k < n; k++) {
            if (!optional(k)) {
                continue;
            }
            String previous;
            if (!optional(k - 1)) {
                int p = k - 1;
                sql.append(", g").append(p).append(" AS (SELECT p.customer_id, p.deadline, p.t AS pos, s.t AS lim FROM q").append(p)
                        .append(" p LEFT JOIN q").append(nextRequired[k]).append(" s ON s.customer_id = p.customer_id)");
                previous = "g" + p;
            } else {
                previous = "o" + (k - 1);
            }
            sql.append(", m").append(k).append(" AS (SELECT p.customer_id, MIN(e.occurred_at) AS t FROM ").append(previous)
                    .append(" p JOIN interaction_event e ON e.customer_id = p.customer_id")
                    .append(" WHERE e.occurred_at > :f_from AND e.occurred_at <= :f_last")
                    .append(" AND e.occurred_at > p.pos AND e.occurred_at <= p.deadline AND (p.lim IS NULL OR e.occurred_at < p.lim)")
                    .append(conditions(k)).append(" GROUP BY p.customer_id)");
            sql.append(", o").append(k).append(" AS (SELECT p.customer_id, p.deadline, p.lim, COALESCE(m.t, p.pos) AS pos, m.t AS t,")
                    .append(" p.pos AS prev_pos FROM ").append(previous).append(" p LEFT JOIN m").append(k)
                    .append(" m ON m.customer_id = p.customer_id)");
        }
        return sql.toString();
    }

    private String conditions(int k) {
        StepMatch step = funnel.steps().get(k);
        StringBuilder sql = new StringBuilder();
        condition("type", step.type(), "f_type" + k, sql);
        condition("channel", step.channel(), "f_channel" + k, sql);
        condition("touchpoint", step.touchpoint(), "f_touchpoint" + k, sql);
        List<PropertyMatch> properties = step.properties();
        for (int j = 0; j < properties.size(); j++) {
            PropertyMatch property = properties.get(j);
            String param = "f_prop" + k + "_" + j;
            SqlDialect.JsonKind kind = property.value() instanceof String ? SqlDialect.JsonKind.STRING
                    : property.value() instanceof BigDecimal ? SqlDialect.JsonKind.NUMBER : SqlDialect.JsonKind.BOOLEAN;
            sql.append(" AND ").append(dialect.jsonFieldEquals("e.properties", property.name(), kind, param));
            params.put(param, property.value());
        }
        return sql.toString();
    }

    private void condition(String column, String value, String param, StringBuilder sql) {
        if (value != null) {
            sql.append(" AND e.").append(column).append(" = :").append(param);
            params.put(param, value);
        }
    }

    /**
     * Rows (step, grouped, grp_value, grp_other, customers, median_seconds): each step overall
     * (grouped = 0) and, with a grouping, per group (grouped = 1; groups nobody reached a step in
     * have no row for it).
     */
    String reach(Grouping grouping) {
        StringBuilder sql = new StringBuilder(chain);
        if (grouping != null) {
            sql.append(groups(grouping));
        }
        List<String> selects = new ArrayList<>();
        for (int k = 0; k < funnel.steps().size(); k++) {
            selects.add(stepStats(k, false));
            if (grouping != null) {
                selects.add(stepStats(k, true));
            }
        }
        return sql.append(" ").append(String.join(" UNION ALL ", selects)).toString();
    }

    /** One step's count and median gap, overall or per group. */
    private String stepStats(int k, boolean grouped) {
        String from;
        String gap;
        String where = "";
        if (k == 0) {
            from = "q0 x";
            gap = null;
        } else if (optional(k)) {
            from = "o" + k + " x";
            gap = EPOCH_GAP.formatted("x.t", "x.prev_pos");
            where = " WHERE x.t IS NOT NULL";
        } else if (optional(k - 1)) {
            // The optional steps just before it moved the customer's position.
            from = "q" + k + " x JOIN o" + (k - 1) + " o ON o.customer_id = x.customer_id";
            gap = EPOCH_GAP.formatted("x.t", "o.pos");
        } else {
            from = "q" + k + " x";
            gap = EPOCH_GAP.formatted("x.t", "x.base_t");
        }
        String median = gap == null ? "CAST(NULL AS DOUBLE PRECISION)" : "percentile_cont(0.5) WITHIN GROUP (ORDER BY " + gap + ")";
        if (!grouped) {
            return "SELECT " + k + " AS step, 0 AS grouped, CAST(NULL AS VARCHAR(200)) AS grp_value, 0 AS grp_other,"
                    + " COUNT(*) AS customers, " + median + " AS median_seconds FROM " + from + where;
        }
        return "SELECT " + k + ", 1, g.value, g.other, COUNT(*), " + median + " FROM " + from
                + " JOIN grp g ON g.customer_id = x.customer_id" + where + " GROUP BY g.value, g.other";
    }

    /** The grouping CTEs gv and grp, after the chain. */
    private String groups(Grouping grouping) {
        StringBuilder sql = new StringBuilder();
        if (grouping.byEntryChannel()) {
            // The entry event is the step-0 event at the entry time; should two tie, the first channel by name.
            sql.append(", gv AS (SELECT x.customer_id, MIN(e.channel) AS value FROM q0 x JOIN interaction_event e")
                    .append(" ON e.customer_id = x.customer_id AND e.occurred_at = x.t")
                    .append(" WHERE e.occurred_at >= :f_from AND e.occurred_at < :f_to").append(conditions(0))
                    .append(" GROUP BY x.customer_id)");
        } else {
            sql.append(", gx AS (").append(grouping.relation().sql()).append(")")
                    .append(", gv AS (SELECT DISTINCT x.customer_id, r.value FROM q0 x LEFT JOIN gx r ON r.customer_id = x.customer_id)");
            params.putAll(grouping.relation().params());
        }
        // Each entrant's group ranked by the group's size (then value; no value sorts last), by window
        // functions over gv alone: two sorts, no join of entrants against groups.
        String top = "grp_rank <= " + InteractionFunnels.MAX_GROUPS;
        sql.append(", grp AS (SELECT customer_id, CASE WHEN ").append(top).append(" THEN value END AS value,")
                .append(" CASE WHEN ").append(top).append(" THEN 0 ELSE 1 END AS other")
                .append(" FROM (SELECT customer_id, value, DENSE_RANK() OVER (ORDER BY n DESC, value) AS grp_rank")
                .append(" FROM (SELECT customer_id, value, COUNT(*) OVER (PARTITION BY value) AS n FROM gv) c) r)");
        return sql.toString();
    }

    /**
     * Rows (customer_id, reached_at, last_at, last_type, last_channel) of the customers who reached
     * the last required step before {@code step} but not {@code step}, by customer id; after
     * {@code after} and at most {@code limit} when those are set; of one group when it is set.
     */
    String dropped(int step, Grouping grouping, Group group, Long after, Integer limit) {
        if (step < 1 || step >= funnel.steps().size()) {
            throw new IllegalArgumentException("dropped customers are asked for steps 1 to " + (funnel.steps().size() - 1));
        }
        StringBuilder sql = new StringBuilder(chain);
        boolean byGroup = grouping != null && group != null;
        if (byGroup) {
            sql.append(groups(grouping));
        }
        int p = previousRequired[step];
        sql.append(", d AS (SELECT x.customer_id, x.t AS reached_at FROM q").append(p).append(" x LEFT JOIN ")
                .append(optional(step) ? "m" : "q").append(step).append(" y ON y.customer_id = x.customer_id");
        if (byGroup) {
            sql.append(" JOIN grp g ON g.customer_id = x.customer_id");
        }
        sql.append(" WHERE y.customer_id IS NULL");
        if (byGroup) {
            if (group.other()) {
                sql.append(" AND g.other = 1");
            } else if (group.value() == null) {
                sql.append(" AND g.other = 0 AND g.value IS NULL");
            } else {
                sql.append(" AND g.other = 0 AND g.value = :f_group");
                params.put("f_group", group.value());
            }
        }
        if (after != null) {
            sql.append(" AND x.customer_id > :f_after");
            params.put("f_after", after);
        }
        sql.append(" ORDER BY x.customer_id");
        if (limit != null) {
            sql.append(" LIMIT :f_limit");
            params.put("f_limit", limit);
        }
        sql.append("), le AS (SELECT customer_id, occurred_at, type, channel FROM (SELECT e.customer_id, e.occurred_at, e.type,")
                .append(" e.channel, ROW_NUMBER() OVER (PARTITION BY e.customer_id ORDER BY e.occurred_at DESC, e.type, e.channel) AS n")
                .append(" FROM interaction_event e JOIN d ON d.customer_id = e.customer_id) z WHERE n = 1)")
                .append(" SELECT d.customer_id, d.reached_at, le.occurred_at AS last_at, le.type AS last_type, le.channel AS last_channel")
                .append(" FROM d LEFT JOIN le ON le.customer_id = d.customer_id ORDER BY d.customer_id");
        return sql.toString();
    }
}
