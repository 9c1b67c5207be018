package org.hamsafar.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.hamsafar.shared.store.SegmentMembers;
import org.hamsafar.shared.store.UtcTimes;
import org.hamsafar.shared.time.OffsetPiece;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How many events of a kind happened on each local day, and the sum of their {@code value} (for
 * purchases: revenue, whatever the currency), counted in the database. Forecasts and goals read
 * their event and revenue series here.
 */
@Component
public class EventDailyTotals {
    private final JdbcClient jdbc;

    EventDailyTotals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One day's events and the sum of their values (0 when none had a value). */
    public record DayTotal(long events, double value) {
        DayTotal plus(DayTotal other) {
            return new DayTotal(events + other.events, value + other.value);
        }
    }

    /**
     * The days of {@code [from, to)} in {@code zone} that had events matching the filters, with
     * their totals; days without events are absent. {@code type}, {@code channel} and
     * {@code touchpoint} null match any; {@code segment} (a customer tag) keeps the events of customers who carry it now.
     */
    public NavigableMap<LocalDate, DayTotal> daily(Instant from, Instant to, ZoneId zone, String type, String channel, String touchpoint,
                                                   String segment) {
        NavigableMap<LocalDate, DayTotal> days = new TreeMap<>();
        for (OffsetPiece piece : OffsetPiece.of(from, to, zone)) {
            // The offset is a whole number of seconds from java.time, never user text.
            String day = "CAST(occurred_at + INTERVAL '" + piece.offset().getTotalSeconds() + " seconds' AS DATE)";
            StringBuilder sql = new StringBuilder("SELECT " + day + " AS day, COUNT(*) AS n, SUM(value) AS total FROM interaction_event"
                    + " WHERE occurred_at >= :from AND occurred_at < :to");
            Map<String, Object> params = new LinkedHashMap<>();
            params.put("from", UtcTimes.toDb(piece.from()));
            params.put("to", UtcTimes.toDb(piece.to()));
            if (type != null) {
                sql.append(" AND type = :type");
                params.put("type", type);
            }
            if (channel != null) {
                sql.append(" AND channel = :channel");
                params.put("channel", channel);
            }
            if (touchpoint != null) {
                sql.append(" AND touchpoint = :touchpoint");
                params.put("touchpoint", touchpoint);
            }
            if (segment != null) {
                sql.append(SegmentMembers.condition("customer_id", "segment"));
                params.put("segment", segment);
            }
            sql.append(" GROUP BY ").append(day);
            jdbc.sql(sql.toString()).params(params).query(rs -> {
                BigDecimal total = rs.getBigDecimal("total");
                days.merge(rs.getObject("day", LocalDate.class),
                        new DayTotal(rs.getLong("n"), total == null ? 0 : total.doubleValue()), DayTotal::plus);
            });
        }
        return days;
    }
}
