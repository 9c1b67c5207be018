package org.hamsafar.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.hamsafar.shared.store.SqlDialect;
import org.hamsafar.shared.store.SegmentMembers;
import org.hamsafar.shared.store.UtcTimes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Per-customer purchase aggregates over {@code interaction_event}, read-only, and their RFM quintile
 * scores, both computed in the database: for each customer with a purchase event in
 * {@code [from, asOf)}, the time of the last one, how many and their summed value, and scores 1..5
 * by {@code NTILE(5)} over all such customers (5 = most recent, most frequent, highest value).
 *
 * <p>Ties. NTILE alone splits customers with equal figures between quintiles by an arbitrary order;
 * here equal figures get the same score, the lowest quintile any of them fell in (customers whose
 * last purchase was on the same UTC day share R). When, as is common, half the customers bought
 * once, they all get F = 1 and the next frequency gets a higher score: scores then skip values,
 * and quintiles hold unequal numbers of customers.
 */
@Component
public class PurchaseSummaries {
    private static final int FETCH_SIZE = 2000;
    private final JdbcClient jdbc;
    private final SqlDialect dialect;
    private final TransactionTemplate readOnly;

    PurchaseSummaries(JdbcClient jdbc, SqlDialect dialect, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.dialect = dialect;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /** The same queries on a store outside the application (an in-memory DuckDB holding a public dataset). */
    public static PurchaseSummaries over(DataSource dataSource) {
        return new PurchaseSummaries(JdbcClient.create(dataSource), SqlDialect.of(dataSource), new DataSourceTransactionManager(dataSource));
    }

    /**
     * One customer's purchases and scores: {@code value} is the sum of the events' values (0 when none
     * had one); {@code r}, {@code f}, {@code m} are 1..5.
     */
    public record RfmScore(long customerId, Instant lastPurchase, long purchases, BigDecimal value, int r, int f, int m) {
    }

    /**
     * Streams every customer's scores, in customer id order, for purchases of {@code types} with
     * {@code from <= occurredAt < asOf} ({@code from} null: all history before {@code asOf}); with a
     * {@code segment} (a customer tag), only its members, tiled among themselves.
     */
    public void forEachRfm(List<String> types, Instant from, Instant asOf, String segment, Consumer<RfmScore> consumer) {
        Map<String, Object> params = new HashMap<>();
        params.put("types", List.copyOf(types));
        params.put("as_of", UtcTimes.toDb(asOf));
        if (from != null) {
            params.put("from", UtcTimes.toDb(from));
        }
        if (segment != null) {
            params.put("segment", segment);
        }
        String sql = """
                WITH agg AS (
                    SELECT e.customer_id, MAX(e.occurred_at) AS last_at, COUNT(*) AS purchases,
                           CAST(COALESCE(SUM(e.value), 0) AS DECIMAL(38, 4)) AS total
                    FROM interaction_event e
                    WHERE e.type IN (:types) AND e.occurred_at < :as_of%s
                    GROUP BY e.customer_id
                ), tiles AS (
                    SELECT customer_id, last_at, CAST(last_at AS DATE) AS last_day, purchases, total,
                           NTILE(5) OVER (ORDER BY last_at, customer_id) AS r_tile,
                           NTILE(5) OVER (ORDER BY purchases, customer_id) AS f_tile,
                           NTILE(5) OVER (ORDER BY total, customer_id) AS m_tile
                    FROM agg
                )
                SELECT customer_id, last_at, purchases, total,
                       MIN(r_tile) OVER (PARTITION BY last_day) AS r,
                       MIN(f_tile) OVER (PARTITION BY purchases) AS f,
                       MIN(m_tile) OVER (PARTITION BY total) AS m
                FROM tiles ORDER BY customer_id""".formatted((from == null ? "" : " AND e.occurred_at >= :from")
                + SegmentMembers.optionalCondition(segment, "e.customer_id", "segment"));
        readOnly.executeWithoutResult(status -> {
            dialect.analyticQuerySettings().forEach(setting -> jdbc.sql(setting).update());
            jdbc.sql(sql).withFetchSize(FETCH_SIZE).params(params).query(rs -> {
                consumer.accept(new RfmScore(rs.getLong("customer_id"), UtcTimes.fromDb(rs.getObject("last_at", LocalDateTime.class)),
                        rs.getLong("purchases"), rs.getBigDecimal("total"), rs.getInt("r"), rs.getInt("f"), rs.getInt("m")));
            });
        });
    }
}
