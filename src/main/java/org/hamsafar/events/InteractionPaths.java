package org.hamsafar.events;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.hamsafar.shared.store.SegmentMembers;
import org.hamsafar.shared.store.UtcTimes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The most common sequences of interactions from or to an anchor event, counted in the database.
 * The caller (the journeys module) validates the question; this class owns the SQL over
 * {@code interaction_event}.
 *
 * <p>Semantics. Each customer's anchor is their earliest event matching {@link PathQuery#anchor()}
 * with {@code occurred_at} in {@code [from, to)} (events at the same instant: the smallest id). Their
 * path is their other events strictly after the anchor and no later than {@code window} after it
 * ({@link Direction#AFTER}), or strictly before it and no earlier than {@code window} before it
 * ({@link Direction#BEFORE}, read backwards: level 1 is the event just before the anchor); later
 * steps may fall outside {@code [from, to)}. Events whose type is excluded are skipped. Each event
 * is named by {@link NodeBy}; with {@code collapseRepeats}, an event named like the one before it
 * on the path (the anchor included) is skipped, so a run of page views is one step. Level k is the
 * k-th remaining event; paths are cut at {@code depth} levels.
 *
 * <p>All counting is done in one statement: ROW_NUMBER picks the anchors and numbers the steps,
 * LAG finds repeats, the per-customer sequences are grouped, and the links between levels are
 * grouped again after each level's less common names are merged into {@link #OTHER}. Java gets
 * back only the links (at most about (top+2)^2 per level) and the top sequences.
 */
@Component
public class InteractionPaths {
    public static final int MAX_DEPTH = 8;
    public static final int MAX_TOP_PER_LEVEL = 20;
    /** How many of the most common complete sequences are returned. */
    public static final int TOP_PATHS = 20;
    /** The node of customers whose path stops before the next level. */
    public static final String END = "(end)";
    /** The node that merges a level's names beyond its {@code topPerLevel} most common. */
    public static final String OTHER = "(other)";
    /** The name of an event without a touchpoint when nodes are named by touchpoint. */
    public static final String NO_TOUCHPOINT = "(none)";

    private final JdbcClient jdbc;

    InteractionPaths(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Which way from the anchor a path is read. */
    public enum Direction {
        AFTER, BEFORE;

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Optional<Direction> fromKey(String key) {
            for (Direction direction : values()) {
                if (direction.key().equals(key)) {
                    return Optional.of(direction);
                }
            }
            return Optional.empty();
        }
    }

    /** What a node is named by: the event's type, touchpoint, channel, or channel and type ("web/cart"). */
    public enum NodeBy {
        TYPE("e.type"),
        TOUCHPOINT("COALESCE(e.touchpoint, '" + NO_TOUCHPOINT + "')"),
        CHANNEL("e.channel"),
        CHANNEL_TYPE("e.channel || '/' || e.type");

        private final String sql;

        NodeBy(String sql) {
            this.sql = sql;
        }

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Optional<NodeBy> fromKey(String key) {
            for (NodeBy nodeBy : values()) {
                if (nodeBy.key().equals(key)) {
                    return Optional.of(nodeBy);
                }
            }
            return Optional.empty();
        }
    }

    /**
     * A validated path question. {@code depth} 1 to {@link #MAX_DEPTH}; {@code window} more than 0;
     * {@code from} before {@code to}; {@code topPerLevel} 1 to {@link #MAX_TOP_PER_LEVEL};
     * {@code exclude} event types to skip (possibly empty); {@code segment} a segment's key whose
     * members alone are anchored (null: every customer).
     */
    public record PathQuery(EventMatch anchor, Direction direction, int depth, NodeBy nodeBy, Duration window,
                            Instant from, Instant to, boolean collapseRepeats, int topPerLevel, List<String> exclude,
                            String segment) {
        public PathQuery {
            if (depth < 1 || depth > MAX_DEPTH) {
                throw new IllegalArgumentException("depth must be 1 to " + MAX_DEPTH);
            }
            if (window.isNegative() || window.isZero()) {
                throw new IllegalArgumentException("the window must be positive");
            }
            if (!from.isBefore(to)) {
                throw new IllegalArgumentException("from must be before to");
            }
            if (topPerLevel < 1 || topPerLevel > MAX_TOP_PER_LEVEL) {
                throw new IllegalArgumentException("topPerLevel must be 1 to " + MAX_TOP_PER_LEVEL);
            }
            exclude = List.copyOf(exclude);
        }
    }

    /**
     * Customers who went from a node at {@code level - 1} to a node at {@code level}. {@code source}
     * is null at level 1 (the anchor); names may be {@link #OTHER} and, as targets, {@link #END}.
     */
    public record LevelLink(int level, String source, String target, long customers) {
    }

    /**
     * A complete sequence as customers did it (no merging into {@link #OTHER}): the step names from
     * level 1 (empty: nothing within the window), whether those customers' paths go on beyond
     * {@code depth}, and how many customers followed it.
     */
    public record PathCount(List<String> steps, boolean continues, long customers) {
    }

    /** The answer: anchored customers, the links level by level, and the {@link #TOP_PATHS} most common sequences. */
    public record PathCounts(long customers, List<LevelLink> links, List<PathCount> paths) {
    }

    public PathCounts count(PathQuery query) {
        Map<String, Object> params = new HashMap<>();
        String sql = sql(query, params);
        List<LevelLink> links = new ArrayList<>();
        List<PathCount> paths = new ArrayList<>();
        int depth = query.depth();
        jdbc.sql(sql).params(params).query(rs -> {
            long customers = rs.getLong("n");
            if ("link".equals(rs.getString("kind"))) {
                links.add(new LevelLink(rs.getInt("level"), rs.getString("source"), rs.getString("target"), customers));
                return;
            }
            List<String> steps = new ArrayList<>();
            for (int k = 1; k <= depth; k++) {
                String step = rs.getString("l" + k);
                if (step == null) {
                    break;
                }
                steps.add(step);
            }
            paths.add(new PathCount(List.copyOf(steps), rs.getInt("more") == 1, customers));
        });
        // The SQL's UNION ALL keeps no order: links by level then size, paths by size then name.
        links.sort((a, b) -> a.level() != b.level() ? Integer.compare(a.level(), b.level())
                : a.customers() != b.customers() ? Long.compare(b.customers(), a.customers())
                : (a.source() + ">" + a.target()).compareTo(b.source() + ">" + b.target()));
        paths.sort((a, b) -> a.customers() != b.customers() ? Long.compare(b.customers(), a.customers())
                : String.join(">", a.steps()).compareTo(String.join(">", b.steps())));
        long customers = links.stream().filter(link -> link.level() == 1).mapToLong(LevelLink::customers).sum();
        return new PathCounts(customers, links, paths);
    }

    private static String sql(PathQuery q, Map<String, Object> params) {
        boolean after = q.direction() == Direction.AFTER;
        int d = q.depth();
        String order = after ? "occurred_at, id" : "occurred_at DESC, id DESC";
        String label = q.nodeBy().sql;
        params.put("from", UtcTimes.toDb(q.from()));
        params.put("to", UtcTimes.toDb(q.to()));
        // The events a path may use lie within the window of some anchor: bounding the scan lets
        // the stores skip the rest of the table (DuckDB by its zone maps, PostgreSQL by the index).
        params.put("lo", UtcTimes.toDb(after ? q.from() : q.from().minus(q.window())));
        params.put("hi", UtcTimes.toDb(after ? q.to().plus(q.window()) : q.to()));
        params.put("top", q.topPerLevel());
        StringBuilder sql = new StringBuilder("WITH a0 AS (SELECT e.customer_id, e.occurred_at, e.id, ").append(label)
                .append(" AS label, ROW_NUMBER() OVER (PARTITION BY e.customer_id ORDER BY e.occurred_at, e.id) AS rn"
                        + " FROM interaction_event e WHERE e.occurred_at >= :from AND e.occurred_at < :to");
        EventSql.matchConditions(q.anchor(), "e", "anchor_", params, sql);
        if (q.segment() != null) {
            // Only members are anchored, and a path is only ever its anchored customer's events.
            sql.append(SegmentMembers.condition("e.customer_id", "segment"));
            params.put("segment", q.segment());
        }
        sql.append("), anchor AS (SELECT customer_id, occurred_at, id, label FROM a0 WHERE rn = 1)");
        // The anchor rides along as step 0 so that LAG can compare the first step with it.
        sql.append(", seq AS (SELECT customer_id, occurred_at, id, label, 0 AS step FROM anchor UNION ALL"
                + " SELECT e.customer_id, e.occurred_at, e.id, ").append(label).append(", 1 FROM anchor a"
                + " JOIN interaction_event e ON e.customer_id = a.customer_id"
                + " WHERE e.occurred_at >= :lo AND e.occurred_at <= :hi AND ");
        String window = EventSql.interval(q.window(), 0);
        sql.append(after ? "e.occurred_at > a.occurred_at AND e.occurred_at <= a.occurred_at + " + window
                : "e.occurred_at < a.occurred_at AND e.occurred_at >= a.occurred_at - " + window);
        if (!q.exclude().isEmpty()) {
            sql.append(" AND e.type NOT IN (:exclude)");
            params.put("exclude", q.exclude());
        }
        sql.append(")");
        if (q.collapseRepeats()) {
            sql.append(", kept AS (SELECT customer_id, occurred_at, id, label, step, LAG(label) OVER"
                    + " (PARTITION BY customer_id ORDER BY ").append(order).append(") AS prev FROM seq)");
            sql.append(", steps AS (SELECT customer_id, label, ROW_NUMBER() OVER (PARTITION BY customer_id ORDER BY ")
                    .append(order).append(") AS level FROM kept WHERE step = 1 AND label <> prev)");
        } else {
            sql.append(", steps AS (SELECT customer_id, label, ROW_NUMBER() OVER (PARTITION BY customer_id ORDER BY ")
                    .append(order).append(") AS level FROM seq WHERE step = 1)");
        }
        // One row per customer: the names at levels 1..d, and whether the path goes on beyond d.
        sql.append(", per_customer AS (SELECT a.customer_id");
        for (int k = 1; k <= d; k++) {
            sql.append(", MAX(CASE WHEN s.level = ").append(k).append(" THEN s.label END) AS l").append(k);
        }
        sql.append(", MAX(CASE WHEN s.level = ").append(d + 1).append(" THEN 1 ELSE 0 END) AS more"
                + " FROM anchor a LEFT JOIN steps s ON s.customer_id = a.customer_id AND s.level <= ").append(d + 1)
                .append(" GROUP BY a.customer_id)");
        String levels = columns("l", d);
        sql.append(", seqs AS MATERIALIZED (SELECT ").append(levels).append(", more, COUNT(*) AS n FROM per_customer GROUP BY ")
                .append(levels).append(", more)");
        sql.append(", level_counts AS (");
        for (int k = 1; k <= d; k++) {
            sql.append(k > 1 ? " UNION ALL " : "").append("SELECT ").append(k).append(" AS level, l").append(k)
                    .append(" AS label, SUM(n) AS n FROM seqs WHERE l").append(k).append(" IS NOT NULL GROUP BY l").append(k);
        }
        sql.append("), ranked AS (SELECT level, label, ROW_NUMBER() OVER (PARTITION BY level ORDER BY n DESC, label) AS r"
                + " FROM level_counts)");
        String merged = columns("m", d);
        sql.append(", mapped AS MATERIALIZED (SELECT ").append(merged).append(", SUM(n) AS n FROM (SELECT ");
        for (int k = 1; k <= d; k++) {
            sql.append(k > 1 ? ", " : "").append("CASE WHEN r").append(k).append(".r <= :top THEN s.l").append(k)
                    .append(" WHEN s.l").append(k).append(" IS NOT NULL THEN '").append(OTHER).append("' END AS m").append(k);
        }
        sql.append(", s.n FROM seqs s");
        for (int k = 1; k <= d; k++) {
            sql.append(" LEFT JOIN ranked r").append(k).append(" ON r").append(k).append(".level = ").append(k)
                    .append(" AND r").append(k).append(".label = s.l").append(k);
        }
        sql.append(") x GROUP BY ").append(merged).append(")");
        // Links level by level, then the top sequences, as rows of one shape.
        String nulls = ", CAST(NULL AS VARCHAR(200))".repeat(d);
        for (int k = 1; k <= d; k++) {
            String source = k == 1 ? "CAST(NULL AS VARCHAR(200))" : "m" + (k - 1);
            String target = "COALESCE(m" + k + ", '" + END + "')";
            sql.append(k == 1 ? " SELECT 'link' AS kind, " : " UNION ALL SELECT 'link', ").append(k).append(k == 1 ? " AS level, " : ", ")
                    .append(source).append(k == 1 ? " AS source, " : ", ").append(target).append(k == 1 ? " AS target, " : ", ")
                    .append("CAST(SUM(n) AS BIGINT)").append(k == 1 ? " AS n" : "");
            if (k == 1) {
                for (int j = 1; j <= d; j++) {
                    sql.append(", CAST(NULL AS VARCHAR(200)) AS l").append(j);
                }
                sql.append(", 0 AS more");
            } else {
                sql.append(nulls).append(", 0");
            }
            sql.append(" FROM mapped").append(k == 1 ? "" : " WHERE m" + (k - 1) + " IS NOT NULL")
                    .append(" GROUP BY ").append(k == 1 ? "" : source + ", ").append(target);
        }
        sql.append(" UNION ALL SELECT 'path', 0, CAST(NULL AS VARCHAR(200)), CAST(NULL AS VARCHAR(200)), n, ").append(levels)
                .append(", more FROM (SELECT ").append(levels).append(", more, n FROM seqs ORDER BY n DESC");
        for (int k = 1; k <= d; k++) {
            sql.append(", l").append(k).append(" NULLS FIRST");
        }
        sql.append(", more LIMIT ").append(TOP_PATHS).append(") p");
        return sql.toString();
    }

    private static String columns(String prefix, int count) {
        StringBuilder columns = new StringBuilder();
        for (int k = 1; k <= count; k++) {
            columns.append(k > 1 ? ", " : "").append(prefix).append(k);
        }
        return columns.toString();
    }
}
