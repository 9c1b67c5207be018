package org.hamsafar.text;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.hamsafar.shared.store.UtcTimes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which topics each customer's analysed texts mention, counted in the database: per customer and
 * topic, the texts of a period that mention it and how many of those mentions were negative.
 * Read-only; for analyses that describe groups of customers (a cluster's top topics).
 */
@Component
public class CustomerTopicMentions {
    private static final int FETCH_SIZE = 5000;
    private final JdbcClient jdbc;

    CustomerTopicMentions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One customer's mentions of one topic. */
    public record Mentions(long customerId, String topic, long texts, long negative) {
    }

    /** A topic's labels in both languages. */
    public record Labels(String fa, String en) {
    }

    /** Streams every (customer, topic) of texts that occurred in {@code [from, to)}, in customer id order. */
    public void forEach(Instant from, Instant to, Consumer<Mentions> consumer) {
        jdbc.sql("""
                        SELECT r.customer_id, t.topic_key, COUNT(*) AS texts,
                               CAST(SUM(CASE WHEN t.sentiment = 'negative' THEN 1 ELSE 0 END) AS BIGINT) AS negative
                        FROM text_result r JOIN text_result_topic t ON t.source = r.source AND t.source_id = r.source_id
                        WHERE r.customer_id IS NOT NULL AND r.occurred_at >= :from AND r.occurred_at < :to
                        GROUP BY r.customer_id, t.topic_key ORDER BY r.customer_id, t.topic_key""")
                .withFetchSize(FETCH_SIZE)
                .params(Map.of("from", UtcTimes.toDb(from), "to", UtcTimes.toDb(to)))
                .query(rs -> {
                    consumer.accept(new Mentions(rs.getLong("customer_id"), rs.getString("topic_key"), rs.getLong("texts"),
                            rs.getLong("negative")));
                });
    }

    /** The taxonomy's labels by topic key, in display order. */
    public Map<String, Labels> labels() {
        Map<String, Labels> labels = new LinkedHashMap<>();
        jdbc.sql("SELECT topic_key, label_fa, label_en FROM text_topic ORDER BY position, topic_key")
                .query(rs -> {
                    labels.put(rs.getString("topic_key"), new Labels(rs.getString("label_fa"), rs.getString("label_en")));
                });
        return labels;
    }
}
