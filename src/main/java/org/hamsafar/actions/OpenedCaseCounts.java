package org.hamsafar.actions;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.hamsafar.shared.store.SegmentMembers;
import org.hamsafar.shared.store.UtcTimes;
import org.hamsafar.shared.time.OffsetPiece;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** How many cases were opened on each local day, counted in the database (for forecasts and goals). */
@Component
public class OpenedCaseCounts {
    private final JdbcClient jdbc;

    OpenedCaseCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The days of {@code [from, to)} in {@code zone} on which cases were opened, with how many; other
     * days are absent. {@code segment} (a customer tag) counts only its members' cases, null everyone's.
     */
    public NavigableMap<LocalDate, Long> daily(Instant from, Instant to, ZoneId zone, String segment) {
        NavigableMap<LocalDate, Long> days = new TreeMap<>();
        for (OffsetPiece piece : OffsetPiece.of(from, to, zone)) {
            // The offset is a whole number of seconds from java.time, never user text.
            String day = "CAST(created_at + INTERVAL '" + piece.offset().getTotalSeconds() + " seconds' AS DATE)";
            var statement = SegmentMembers.bind(jdbc.sql("SELECT " + day + " AS day, COUNT(*) AS n FROM cx_case WHERE created_at >= :from AND created_at < :to"
                            + SegmentMembers.optionalCondition(segment, "customer_id", "segment") + " GROUP BY " + day)
                    .param("from", UtcTimes.toDb(piece.from()))
                    .param("to", UtcTimes.toDb(piece.to())), "segment", segment);
            statement.query(rs -> {
                days.merge(rs.getObject("day", LocalDate.class), rs.getLong("n"), Long::sum);
            });
        }
        return days;
    }
}
