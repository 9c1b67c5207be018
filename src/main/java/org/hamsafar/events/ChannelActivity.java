package org.hamsafar.events;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.hamsafar.shared.store.SegmentMembers;
import org.hamsafar.shared.store.UtcTimes;
import org.hamsafar.shared.time.OffsetPiece;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which channels were active and how customers spread over them in a period, counted in the
 * database: for the digital CX scorecard's accessibility, channel flexibility and personalisation.
 */
@Component
public class ChannelActivity {
    private final JdbcClient jdbc;

    ChannelActivity(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Per channel key, on how many local days of {@code [from, to)} in {@code zone} it had any event. */
    public Map<String, Long> activeDays(Instant from, Instant to, ZoneId zone) {
        Map<String, Set<LocalDate>> days = new TreeMap<>();
        for (OffsetPiece piece : OffsetPiece.of(from, to, zone)) {
            // The offset is a whole number of seconds from java.time, never user text.
            String day = "CAST(occurred_at + INTERVAL '" + piece.offset().getTotalSeconds() + " seconds' AS DATE)";
            jdbc.sql("SELECT channel, " + day + " AS day FROM interaction_event WHERE occurred_at >= :from AND occurred_at < :to"
                            + " GROUP BY channel, " + day)
                    .param("from", UtcTimes.toDb(piece.from())).param("to", UtcTimes.toDb(piece.to()))
                    .query(rs -> {
                        days.computeIfAbsent(rs.getString("channel"), c -> new HashSet<>()).add(rs.getObject("day", LocalDate.class));
                    });
        }
        Map<String, Long> counts = new TreeMap<>();
        days.forEach((channel, set) -> counts.put(channel, (long) set.size()));
        return counts;
    }

    /** Customers with an event in a period, and how many of them used two or more channels. */
    public record CustomerChannels(long customers, long multiChannel) {
    }

    /**
     * Customers active in {@code [from, to)} on channels other than {@code excluded}, and those among
     * them on two or more such channels; with a segment, only its members.
     */
    public CustomerChannels customerChannels(Instant from, Instant to, Collection<String> excluded, String segment) {
        String notExcluded = excluded.isEmpty() ? "" : " AND channel NOT IN (:excluded)";
        JdbcClient.StatementSpec statement = jdbc.sql("SELECT COUNT(*) AS customers, COALESCE(SUM(CASE WHEN channels >= 2 THEN 1 ELSE 0 END), 0)"
                        + " AS multi FROM (SELECT customer_id, COUNT(DISTINCT channel) AS channels FROM interaction_event"
                        + " WHERE occurred_at >= :from AND occurred_at < :to" + notExcluded
                        + SegmentMembers.optionalCondition(segment, "customer_id", "segment") + " GROUP BY customer_id) c")
                .param("from", UtcTimes.toDb(from)).param("to", UtcTimes.toDb(to));
        if (!excluded.isEmpty()) {
            statement = statement.param("excluded", excluded);
        }
        return SegmentMembers.bind(statement, "segment", segment).query((rs, i) -> new CustomerChannels(rs.getLong("customers"), rs.getLong("multi"))).single();
    }

    /** Distinct customers (of a segment, when set) with an event of one of {@code types} in {@code [from, to)} (0 for no types). */
    public long customersWithTypes(Instant from, Instant to, Collection<String> types, String segment) {
        if (types.isEmpty()) {
            return 0;
        }
        return SegmentMembers.bind(jdbc.sql("SELECT COUNT(DISTINCT customer_id) FROM interaction_event WHERE type IN (:types) AND occurred_at >= :from"
                        + " AND occurred_at < :to" + SegmentMembers.optionalCondition(segment, "customer_id", "segment")), "segment", segment)
                .param("types", types).param("from", UtcTimes.toDb(from)).param("to", UtcTimes.toDb(to)).query(Long.class).single();
    }

    /** Events (of a segment's members, when set) of one of {@code types} in {@code [from, to)} (0 for no types). */
    public long eventsOfTypes(Instant from, Instant to, Collection<String> types, String segment) {
        if (types.isEmpty()) {
            return 0;
        }
        return SegmentMembers.bind(jdbc.sql("SELECT COUNT(*) FROM interaction_event WHERE type IN (:types) AND occurred_at >= :from AND occurred_at < :to"
                        + SegmentMembers.optionalCondition(segment, "customer_id", "segment")), "segment", segment)
                .param("types", types).param("from", UtcTimes.toDb(from)).param("to", UtcTimes.toDb(to)).query(Long.class).single();
    }
}
