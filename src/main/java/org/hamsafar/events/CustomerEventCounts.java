package org.hamsafar.events;

import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.hamsafar.shared.store.UtcTimes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Sets of customers by their recent interactions, counted in the database, as sorted id arrays for
 * rules that combine them with other modules' sets (segments). Read-only.
 */
@Component
public class CustomerEventCounts {
    private final JdbcClient jdbc;

    CustomerEventCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Customers with at least {@code min} (1 or more) events of {@code type} (null: any type) at or after {@code from}. */
    public long[] withAtLeast(String type, Instant from, int min) {
        if (min < 1) {
            throw new IllegalArgumentException("min must be 1 or more");
        }
        Map<String, Object> params = new HashMap<>();
        params.put("from", UtcTimes.toDb(from));
        params.put("min", min);
        if (type != null) {
            params.put("type", type);
        }
        return ids("SELECT customer_id FROM interaction_event WHERE occurred_at >= :from" + (type == null ? "" : " AND type = :type")
                + " GROUP BY customer_id HAVING COUNT(*) >= :min ORDER BY customer_id", params);
    }

    /** Customers with events whose latest happened before {@code before}: seen once, not since. */
    public long[] lastSeenBefore(Instant before) {
        return ids("SELECT customer_id FROM interaction_event GROUP BY customer_id HAVING MAX(occurred_at) < :before ORDER BY customer_id",
                Map.of("before", UtcTimes.toDb(before)));
    }

    private long[] ids(String sql, Map<String, Object> params) {
        long[][] buffer = {new long[1024]};
        int[] size = {0};
        jdbc.sql(sql).withFetchSize(5000).params(params).query(rs -> {
            if (size[0] == buffer[0].length) {
                buffer[0] = Arrays.copyOf(buffer[0], size[0] * 2);
            }
            buffer[0][size[0]++] = rs.getLong(1);
        });
        return Arrays.copyOf(buffer[0], size[0]);
    }
}
