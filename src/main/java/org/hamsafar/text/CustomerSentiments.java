package org.hamsafar.text;

import java.time.Instant;
import java.util.Map;
import java.util.function.Consumer;
import org.hamsafar.shared.store.UtcTimes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Each customer's analysed texts (comments, event texts, case notes) of a period: how many and
 * their mean sentiment score (-1..+1), computed in the database. Read-only.
 */
@Component
public class CustomerSentiments {
    private static final int FETCH_SIZE = 5000;
    private final JdbcClient jdbc;

    CustomerSentiments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One customer's texts and their mean sentiment. */
    public record Mean(long customerId, long texts, double meanScore) {
    }

    /** Streams the customers with texts that occurred in {@code [from, to)}, in customer id order. */
    public void forEach(Instant from, Instant to, Consumer<Mean> consumer) {
        jdbc.sql("SELECT customer_id, COUNT(*) AS n, AVG(score) AS mean_score FROM text_result WHERE customer_id IS NOT NULL"
                        + " AND occurred_at >= :from AND occurred_at < :to GROUP BY customer_id ORDER BY customer_id")
                .withFetchSize(FETCH_SIZE)
                .params(Map.of("from", UtcTimes.toDb(from), "to", UtcTimes.toDb(to)))
                .query(rs -> {
                    consumer.accept(new Mean(rs.getLong("customer_id"), rs.getLong("n"), rs.getDouble("mean_score")));
                });
    }
}
