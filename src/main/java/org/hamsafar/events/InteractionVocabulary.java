package org.hamsafar.events;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The event types, channels and touchpoints actually stored, each with how many events carry it:
 * what dashboards offer in their pick lists (a funnel step, a path's anchor). Counted in the
 * database over all stored events; most common first, then by name; at most {@link #LIMIT} values
 * per list. Events without a touchpoint are not counted among touchpoints.
 */
@Component
public class InteractionVocabulary {
    /** The most values one list returns (pick lists beyond this are unusable anyway). */
    public static final int LIMIT = 500;

    private final JdbcClient jdbc;

    InteractionVocabulary(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A stored value and the number of events that carry it. */
    public record ValueCount(String value, long events) {
    }

    /** The three lists at once. */
    public record Vocabulary(List<ValueCount> types, List<ValueCount> channels, List<ValueCount> touchpoints) {
    }

    public List<ValueCount> types() {
        return count("type");
    }

    public List<ValueCount> channels() {
        return count("channel");
    }

    public List<ValueCount> touchpoints() {
        return count("touchpoint");
    }

    /** All three lists from one pass over the events (GROUPING SETS), for pages that offer all three. */
    public Vocabulary stored() {
        List<ValueCount> types = new ArrayList<>();
        List<ValueCount> channels = new ArrayList<>();
        List<ValueCount> touchpoints = new ArrayList<>();
        jdbc.sql("SELECT g, v, n FROM (SELECT g, v, n, ROW_NUMBER() OVER (PARTITION BY g ORDER BY n DESC, v) AS r FROM"
                        + " (SELECT GROUPING(type, channel, touchpoint) AS g, COALESCE(type, channel, touchpoint) AS v, COUNT(*) AS n"
                        + " FROM interaction_event GROUP BY GROUPING SETS ((type), (channel), (touchpoint))) c"
                        + " WHERE v IS NOT NULL) ranked WHERE r <= " + LIMIT + " ORDER BY g, r")
                .query(rs -> {
                    ValueCount value = new ValueCount(rs.getString("v"), rs.getLong("n"));
                    // GROUPING's bits, highest first: type, channel, touchpoint; the one grouped by is 0.
                    switch (rs.getInt("g")) {
                        case 3 -> types.add(value);
                        case 5 -> channels.add(value);
                        default -> touchpoints.add(value);
                    }
                });
        return new Vocabulary(List.copyOf(types), List.copyOf(channels), List.copyOf(touchpoints));
    }

    private List<ValueCount> count(String column) {
        // The column is one of three constants above, never input.
        return jdbc.sql("SELECT " + column + " AS v, COUNT(*) AS n FROM interaction_event WHERE " + column + " IS NOT NULL"
                        + " GROUP BY " + column + " ORDER BY n DESC, v LIMIT " + LIMIT)
                .query((rs, i) -> new ValueCount(rs.getString("v"), rs.getLong("n"))).list();
    }
}
