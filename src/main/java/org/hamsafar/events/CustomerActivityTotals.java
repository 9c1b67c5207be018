package org.hamsafar.events;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import org.hamsafar.shared.Channel;
import org.hamsafar.shared.store.SqlDialect;
import org.hamsafar.shared.store.UtcTimes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Per-customer totals of interaction events before a cutoff, one GROUP BY in the database, for
 * models that describe each customer by their behaviour (churn). Read-only.
 */
@Component
public class CustomerActivityTotals {
    private static final int FETCH_SIZE = 5000;
    private final JdbcClient jdbc;
    private final SqlDialect dialect;
    private final TransactionTemplate readOnly;

    CustomerActivityTotals(JdbcClient jdbc, SqlDialect dialect, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.dialect = dialect;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /**
     * Which events count as what: {@code activity} (purchases, renewals: what a customer who stays
     * does), {@code contacts} and {@code complaints} (either may be empty). Counts and values are
     * over {@code [from, cutoff)}; first and last times over all history before {@code cutoff}.
     */
    public record Window(List<String> activity, List<String> contacts, List<String> complaints, Instant from, Instant cutoff) {
        public Window {
            if (activity.isEmpty() || !from.isBefore(cutoff)) {
                throw new IllegalArgumentException("activity types are required and from must be before cutoff");
            }
            activity = List.copyOf(activity);
            contacts = List.copyOf(contacts);
            complaints = List.copyOf(complaints);
        }
    }

    /**
     * One customer's totals. {@code eventsByChannel} follows {@link Channel#values()}; values are
     * the activity events' summed {@code value} (events without one count 0).
     */
    public record Totals(long customerId, Instant firstEventAt, Instant lastActivityAt, long activities, double activityValue,
                         long events, long[] eventsByChannel, long contacts, long complaints) {
    }

    /** Streams the totals of every customer with at least one activity event before the cutoff, in customer id order. */
    public void forEach(Window window, Consumer<Totals> consumer) {
        Map<String, Object> params = new HashMap<>();
        params.put("cat_activity", window.activity());
        params.put("cat_from", UtcTimes.toDb(window.from()));
        params.put("cat_cutoff", UtcTimes.toDb(window.cutoff()));
        String recent = "occurred_at >= :cat_from";
        List<String> columns = new ArrayList<>();
        columns.add("MIN(occurred_at) AS first_at");
        columns.add("MAX(CASE WHEN type IN (:cat_activity) THEN occurred_at END) AS last_activity");
        columns.add(count("type IN (:cat_activity) AND " + recent) + " AS activities");
        columns.add("CAST(SUM(CASE WHEN type IN (:cat_activity) AND " + recent + " THEN COALESCE(value, 0) ELSE 0 END) AS DOUBLE PRECISION)"
                + " AS activity_value");
        columns.add(count(recent) + " AS events");
        for (Channel channel : Channel.values()) {
            // channel keys are an enum's lower-case names, never user text
            columns.add(count(recent + " AND channel = '" + channel.key() + "'") + " AS ch_" + channel.key());
        }
        columns.add(typeCount("contacts", window.contacts(), recent, params));
        columns.add(typeCount("complaints", window.complaints(), recent, params));
        String sql = "SELECT customer_id, " + String.join(", ", columns) + " FROM interaction_event WHERE occurred_at < :cat_cutoff"
                + " GROUP BY customer_id HAVING MAX(CASE WHEN type IN (:cat_activity) THEN 1 ELSE 0 END) = 1 ORDER BY customer_id";
        stream(sql, params, rs -> {
            long[] byChannel = new long[Channel.values().length];
            for (Channel channel : Channel.values()) {
                byChannel[channel.ordinal()] = rs.getLong("ch_" + channel.key());
            }
            consumer.accept(new Totals(rs.getLong("customer_id"), UtcTimes.fromDb(rs.getObject("first_at", LocalDateTime.class)),
                    UtcTimes.fromDb(rs.getObject("last_activity", LocalDateTime.class)), rs.getLong("activities"),
                    rs.getDouble("activity_value"), rs.getLong("events"), byChannel, rs.getLong("contacts"), rs.getLong("complaints")));
        });
    }

    /** Streams the customers with an event of {@code types} in {@code [from, to)}, in customer id order. */
    public void activeBetween(List<String> types, Instant from, Instant to, LongConsumer consumer) {
        Map<String, Object> params = Map.of("cat_types", List.copyOf(types), "cat_from", UtcTimes.toDb(from), "cat_to", UtcTimes.toDb(to));
        stream("SELECT DISTINCT customer_id FROM interaction_event WHERE type IN (:cat_types) AND occurred_at >= :cat_from"
                + " AND occurred_at < :cat_to ORDER BY customer_id", params, rs -> consumer.accept(rs.getLong("customer_id")));
    }

    /** The channels in the order of {@link Totals#eventsByChannel()}, as keys. */
    public static List<String> channels() {
        return Arrays.stream(Channel.values()).map(Channel::key).toList();
    }

    private interface Row {
        void read(java.sql.ResultSet rs) throws java.sql.SQLException;
    }

    private void stream(String sql, Map<String, Object> params, Row row) {
        readOnly.executeWithoutResult(status -> {
            dialect.analyticQuerySettings().forEach(setting -> jdbc.sql(setting).update());
            jdbc.sql(sql).withFetchSize(FETCH_SIZE).params(params).query(rs -> {
                row.read(rs);
            });
        });
    }

    private static String count(String condition) {
        return "CAST(SUM(CASE WHEN " + condition + " THEN 1 ELSE 0 END) AS BIGINT)";
    }

    private static String typeCount(String name, List<String> types, String recent, Map<String, Object> params) {
        if (types.isEmpty()) {
            return "CAST(0 AS BIGINT) AS " + name;
        }
        params.put("cat_" + name, types);
        return count("type IN (:cat_" + name + ") AND " + recent) + " AS " + name;
    }
}
