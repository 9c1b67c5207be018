package org.hamsafar.events;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.hamsafar.shared.Keys;
import org.hamsafar.shared.store.SegmentMembers;
import org.hamsafar.shared.store.SqlDialect;
import org.hamsafar.shared.store.UtcTimes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Customers' repeat-purchase histories for lifetime-value models, read-only and aggregated in the
 * database. A purchase is a UTC day on which the customer had at least one event of the purchase
 * type (several events on one day are one purchase, their values added); the first purchase day is
 * the customer's acquisition, not a repeat purchase. Days are counted since 1970-01-01.
 */
@Component
public class PurchaseHistory {
    private static final int FETCH_SIZE = 5000;
    /** Each customer's purchase days up to {@code until}, with that day's summed value and how many of its events had one. */
    private static final String DAYS = """
            WITH days AS (
                SELECT e.customer_id, CAST(e.occurred_at AS DATE) - DATE '1970-01-01' AS day,
                       SUM(e.value) AS spend, COUNT(e.value) AS priced
                FROM interaction_event e
                WHERE e.type = :type AND e.occurred_at < :until%s
                GROUP BY e.customer_id, CAST(e.occurred_at AS DATE)
            ), marked AS (
                SELECT customer_id, day, spend, priced, MIN(day) OVER (PARTITION BY customer_id) AS first_day FROM days
            )
            """;
    private final JdbcClient jdbc;
    private final SqlDialect dialect;
    private final TransactionTemplate readOnly;

    PurchaseHistory(JdbcClient jdbc, SqlDialect dialect, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.dialect = dialect;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /**
     * Which purchases: events of {@code eventType}; the calibration period ends with the day
     * {@code calibrationEnd} (included); an optional holdout period follows it up to {@code holdoutEnd} (included);
     * {@code segment} (a customer tag) keeps only its members' purchases, null everyone's.
     */
    public record PurchaseQuery(String eventType, LocalDate calibrationEnd, LocalDate holdoutEnd, String segment) {
        public PurchaseQuery {
            if (!Keys.isKey(eventType)) {
                throw new IllegalArgumentException("not an event type: " + eventType);
            }
            Objects.requireNonNull(calibrationEnd, "calibrationEnd");
            if (holdoutEnd != null && !holdoutEnd.isAfter(calibrationEnd)) {
                throw new IllegalArgumentException("the holdout must end after the calibration");
            }
        }

        long endDay() {
            return calibrationEnd.toEpochDay();
        }

        /** The first instant after the last day read. */
        Instant until() {
            return (holdoutEnd == null ? calibrationEnd : holdoutEnd).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        }
    }

    /**
     * One customer first bought on or before the calibration end: their first and last purchase day
     * in calibration, the repeat purchases in it, the summed value of those that had a value and how
     * many did ({@code repeatValue} 0 when none), and their purchases in the holdout period.
     */
    public record CustomerPurchases(long customerId, long firstDay, long lastDay, int repeats, double repeatValue, int pricedRepeats,
                                    int holdoutPurchases) {
    }

    /** Streams every customer who first bought by the calibration end, in no particular order. One statement. */
    public void forEachCustomer(PurchaseQuery query, Consumer<CustomerPurchases> consumer) {
        String sql = days(query) + """
                SELECT customer_id, MIN(first_day) AS first_day,
                       MAX(CASE WHEN day <= :end_day THEN day END) AS last_day,
                       COUNT(CASE WHEN day > first_day AND day <= :end_day THEN 1 END) AS repeats,
                       CAST(SUM(CASE WHEN day > first_day AND day <= :end_day AND priced > 0 THEN spend END) AS DOUBLE PRECISION) AS repeat_value,
                       COUNT(CASE WHEN day > first_day AND day <= :end_day AND priced > 0 THEN 1 END) AS priced_repeats,
                       COUNT(CASE WHEN day > :end_day THEN 1 END) AS holdout
                FROM marked
                GROUP BY customer_id
                HAVING MIN(first_day) <= :end_day""";
        readOnly.executeWithoutResult(status -> {
            dialect.analyticQuerySettings().forEach(setting -> jdbc.sql(setting).update());
            jdbc.sql(sql).withFetchSize(FETCH_SIZE).params(params(query)).query(rs -> {
                double value = rs.getDouble("repeat_value");
                consumer.accept(new CustomerPurchases(rs.getLong("customer_id"), rs.getLong("first_day"), rs.getLong("last_day"),
                        rs.getInt("repeats"), rs.wasNull() ? 0 : value, rs.getInt("priced_repeats"), rs.getInt("holdout")));
            });
        });
    }

    /**
     * The repeat purchases of the customers {@link #forEachCustomer} reads, counted by day, in both
     * periods: the actual side of a cumulative tracking chart. One statement.
     */
    public NavigableMap<Long, Long> repeatsByDay(PurchaseQuery query) {
        String sql = days(query) + """
                SELECT day, COUNT(*) AS repeats FROM marked
                WHERE day > first_day AND first_day <= :end_day
                GROUP BY day""";
        NavigableMap<Long, Long> days = new TreeMap<>();
        readOnly.executeWithoutResult(status -> {
            dialect.analyticQuerySettings().forEach(setting -> jdbc.sql(setting).update());
            jdbc.sql(sql).params(params(query)).query(rs -> {
                days.put(rs.getLong("day"), rs.getLong("repeats"));
            });
        });
        return days;
    }

    private static String days(PurchaseQuery query) {
        return DAYS.formatted(SegmentMembers.optionalCondition(query.segment(), "e.customer_id", "segment"));
    }

    private static Map<String, Object> params(PurchaseQuery query) {
        Map<String, Object> params = new HashMap<>(Map.of("type", query.eventType(), "until", UtcTimes.toDb(query.until()),
                "end_day", query.endDay()));
        if (query.segment() != null) {
            params.put("segment", query.segment());
        }
        return params;
    }
}
