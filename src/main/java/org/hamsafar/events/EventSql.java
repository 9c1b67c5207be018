package org.hamsafar.events;

import java.time.Duration;
import java.util.Map;

/** SQL fragments shared by the journey queries over {@code interaction_event}, written once for DuckDB and PostgreSQL. */
final class EventSql {
    private EventSql() {
    }

    /**
     * Appends {@code AND alias.column = :param} for each set part of {@code match}, binding the values
     * under names that start with {@code prefix} (so several matches can share one statement).
     */
    static void matchConditions(EventMatch match, String alias, String prefix, Map<String, Object> params, StringBuilder sql) {
        condition(alias, "type", match.type(), prefix, params, sql);
        condition(alias, "channel", match.channel(), prefix, params, sql);
        condition(alias, "touchpoint", match.touchpoint(), prefix, params, sql);
    }

    /** {@code (a = :x AND b = :y)}: the same conditions as one parenthesised term, for OR-ing matches together. */
    static String matchTerm(EventMatch match, String alias, String prefix, Map<String, Object> params) {
        StringBuilder sql = new StringBuilder();
        matchConditions(match, alias, prefix, params, sql);
        // Drop the leading " AND ": at least one part is set, so the term is never empty.
        return "(" + sql.substring(5) + ")";
    }

    private static void condition(String alias, String column, String value, String prefix, Map<String, Object> params, StringBuilder sql) {
        if (value != null) {
            String name = prefix + column;
            sql.append(" AND ").append(alias).append('.').append(column).append(" = :").append(name);
            params.put(name, value);
        }
    }

    /**
     * An interval literal of {@code duration} plus {@code extraMicros} microseconds. Window frame
     * offsets must be constants on PostgreSQL, and DuckDB refuses a BIGINT times an INTERVAL above
     * 2^31, so the duration (validated by the caller, at most days) is written as a literal of whole
     * microseconds, the resolution both stores keep.
     */
    static String interval(Duration duration, long extraMicros) {
        long micros = Math.addExact(Math.multiplyExact(duration.getSeconds(), 1_000_000L), duration.getNano() / 1_000) + extraMicros;
        return "INTERVAL '" + micros + " microseconds'";
    }
}
