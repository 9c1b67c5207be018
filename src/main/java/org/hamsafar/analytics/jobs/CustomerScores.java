package org.hamsafar.analytics.jobs;

import java.util.ArrayList;
import java.util.List;
import org.hamsafar.shared.store.BulkInserter;
import org.hamsafar.shared.store.WriteTransactions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.JsonNode;

/**
 * The latest per-customer output of each model (table analytics_customer_score). A job that
 * succeeds replaces all scores of its kind at once, so readers never see two runs mixed.
 */
@Repository
public class CustomerScores {
    private static final List<String> COLUMNS = List.of("kind", "customer_id", "job_id", "score", "label", "detail");
    private final JdbcClient jdbc;
    private final BulkInserter bulk;
    private final WriteTransactions writes;

    CustomerScores(JdbcClient jdbc, BulkInserter bulk, WriteTransactions writes) {
        this.jdbc = jdbc;
        this.bulk = bulk;
        this.writes = writes;
    }

    /** Replaces every score of {@code kind} by {@code scores} (one per customer), in one transaction. */
    public void replace(String kind, long jobId, List<CustomerScore> scores) {
        List<Object[]> rows = new ArrayList<>(scores.size());
        for (CustomerScore s : scores) {
            Double score = s.score() == null || s.score().isNaN() ? null : s.score();
            rows.add(new Object[] {kind, s.customerId(), jobId, score, s.label(),
                    s.detail() == null ? null : AnalyticsJobRepository.JSON.writeValueAsString(s.detail())});
        }
        writes.run(() -> {
            jdbc.sql("DELETE FROM analytics_customer_score WHERE kind = :kind").param("kind", kind).update();
            bulk.insertFresh("analytics_customer_score", "kind, customer_id", COLUMNS, rows);
        });
    }

    /** Every model's latest score of one customer, by kind. */
    public List<KindScore> of(long customerId) {
        return jdbc.sql("SELECT kind, job_id, score, label, detail FROM analytics_customer_score WHERE customer_id = :id ORDER BY kind")
                .param("id", customerId).query((rs, n) -> kindScore(rs)).list();
    }

    /** Forgets every score of the customers (their data changed or was erased: the next run scores them again). */
    void forget(List<Long> customerIds) {
        jdbc.sql("DELETE FROM analytics_customer_score WHERE customer_id IN (:ids)").param("ids", customerIds).update();
    }

    /** The customers with the highest (or lowest) scores of {@code kind}, at most {@code limit}. */
    public List<CustomerScore> top(String kind, boolean highest, int limit) {
        return jdbc.sql("SELECT customer_id, score, label, detail FROM analytics_customer_score WHERE kind = :kind AND score IS NOT NULL"
                        + " ORDER BY score " + (highest ? "DESC" : "ASC") + ", customer_id LIMIT :limit")
                .param("kind", kind).param("limit", limit).query((rs, n) -> new CustomerScore(rs.getLong("customer_id"),
                        rs.getDouble("score"), rs.getString("label"), json(rs.getString("detail")))).list();
    }

    /** How many customers carry each label of {@code kind}, largest first. */
    public List<LabelCount> labelCounts(String kind) {
        return jdbc.sql("SELECT label, COUNT(*) AS n FROM analytics_customer_score WHERE kind = :kind AND label IS NOT NULL"
                        + " GROUP BY label ORDER BY n DESC, label")
                .param("kind", kind).query((rs, n) -> new LabelCount(rs.getString("label"), rs.getLong("n"))).list();
    }

    /** A label and how many customers carry it. */
    public record LabelCount(String label, long customers) {
    }

    private static KindScore kindScore(java.sql.ResultSet rs) throws java.sql.SQLException {
        double score = rs.getDouble("score");
        return new KindScore(rs.getString("kind"), rs.getLong("job_id"), rs.wasNull() ? null : score, rs.getString("label"),
                json(rs.getString("detail")));
    }

    private static JsonNode json(String text) {
        return text == null ? null : AnalyticsJobRepository.JSON.readTree(text);
    }
}
