package org.hamsafar.actions;

import java.time.Instant;
import java.util.Map;
import java.util.function.Consumer;
import org.hamsafar.shared.store.UtcTimes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Each customer's cases as they stood at a moment, computed in the database: how many were opened
 * in a period before it and how many were still open then (opened before it, neither resolved nor
 * closed before it). Read-only.
 */
@Component
public class CustomerCaseCounts {
    private static final int FETCH_SIZE = 5000;
    private final JdbcClient jdbc;

    CustomerCaseCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One customer's cases: opened in {@code [from, at)} and open at {@code at}. */
    public record Counts(long customerId, long opened, long open) {
    }

    /** Streams the customers with a case opened before {@code at}, in customer id order. */
    public void forEach(Instant from, Instant at, Consumer<Counts> consumer) {
        String settled = "COALESCE(resolved_at, closed_at)";
        jdbc.sql("SELECT customer_id, CAST(SUM(CASE WHEN created_at >= :from THEN 1 ELSE 0 END) AS BIGINT) AS opened,"
                        + " CAST(SUM(CASE WHEN " + settled + " IS NULL OR " + settled + " >= :at THEN 1 ELSE 0 END) AS BIGINT) AS still_open"
                        + " FROM cx_case WHERE customer_id IS NOT NULL AND created_at < :at GROUP BY customer_id ORDER BY customer_id")
                .withFetchSize(FETCH_SIZE)
                .params(Map.of("from", UtcTimes.toDb(from), "at", UtcTimes.toDb(at)))
                .query(rs -> {
                    consumer.accept(new Counts(rs.getLong("customer_id"), rs.getLong("opened"), rs.getLong("still_open")));
                });
    }
}
