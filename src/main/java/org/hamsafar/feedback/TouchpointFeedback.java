package org.hamsafar.feedback;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hamsafar.customers.CustomerRelation;
import org.hamsafar.shared.store.UtcTimes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The feedback given at sets of places (the touchpoints of a journey map's stages), aggregated by
 * the store in one statement: per scope, the responses whose answers were given at any of its
 * places ({@link FeedbackPlace}) in {@code [from, to)}, with NPS, CSAT and CES computed by the
 * same rules and calculators as the CX dashboards. A response matching two places of one scope
 * counts once; one matching places of two scopes counts in both.
 */
@Service
public class TouchpointFeedback {
    private final JdbcClient jdbc;

    TouchpointFeedback(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One {@link PlaceFeedback} per scope, in the order given (empty figures where nothing was
     * given); only answers of customers in {@code customers} when it is not null.
     */
    public List<PlaceFeedback> at(List<List<FeedbackPlace>> scopes, Instant from, Instant to, CustomerRelation customers) {
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("from must be before to");
        }
        List<PlaceFeedback> result = new ArrayList<>();
        scopes.forEach(s -> result.add(PlaceFeedback.empty()));
        Map<String, Object> params = new HashMap<>();
        String places = FeedbackPlaces.relation(scopes, "fp_", params);
        if (places == null) {
            return result;
        }
        params.put("fp_from", UtcTimes.toDb(from));
        params.put("fp_to", UtcTimes.toDb(to));
        StringBuilder filter = new StringBuilder(" WHERE a.submitted_at >= :fp_from AND a.submitted_at < :fp_to");
        if (customers != null) {
            filter.append(" AND a.customer_id IN (SELECT r.customer_id FROM (").append(customers.sql()).append(") r)");
            params.putAll(customers.params());
        }
        List<String> joins = new ArrayList<>();
        for (String condition : FeedbackPlaces.joinConditions("a", "p")) {
            joins.add("SELECT p.scope, a.response_id, a.question_key, a.question_type, a.score FROM survey_answer a JOIN fp p ON "
                    + condition + filter);
        }
        StringBuilder sql = new StringBuilder("WITH fp AS (").append(places).append("), m AS (").append(String.join(" UNION ", joins))
                .append(") SELECT scope, 'responses' AS metric, COUNT(DISTINCT response_id) AS n, 0 AS high, 0 AS low, 0 AS score_sum,")
                .append(" 0 AS score_squares, 0 AS total_score FROM m GROUP BY scope");
        for (Metric metric : Metric.values()) {
            QuestionType type = metric.questionType();
            sql.append(" UNION ALL SELECT scope, '").append(metric.key()).append("', ").append(MetricsQueries.aggregates(metric))
                    .append(", CAST(SUM(score) AS BIGINT) FROM m WHERE question_type = '").append(type.key())
                    .append("' AND score BETWEEN ").append(type.min()).append(" AND ").append(type.max()).append(" GROUP BY scope");
        }
        Map<Integer, Map<String, Object[]>> rows = new HashMap<>();
        jdbc.sql(sql.toString()).params(params).query(rs -> {
            rows.computeIfAbsent(rs.getInt("scope"), s -> new HashMap<>())
                    .put(rs.getString("metric"), new Object[] {MetricsQueries.tally(rs), rs.getLong("total_score")});
        });
        rows.forEach((scope, byMetric) -> result.set(scope, feedback(byMetric)));
        return result;
    }

    private static PlaceFeedback feedback(Map<String, Object[]> byMetric) {
        Object[] responses = byMetric.get("responses");
        return new PlaceFeedback(responses == null ? 0 : ((MetricTally) responses[0]).n(),
                value(Metric.NPS, byMetric), value(Metric.CSAT, byMetric), value(Metric.CES, byMetric),
                sum(Metric.NPS, byMetric), sum(Metric.CSAT, byMetric), sum(Metric.CES, byMetric));
    }

    private static MetricValue value(Metric metric, Map<String, Object[]> byMetric) {
        Object[] row = byMetric.get(metric.key());
        return MetricValue.of(metric, row == null ? MetricTally.EMPTY : (MetricTally) row[0]);
    }

    private static long sum(Metric metric, Map<String, Object[]> byMetric) {
        Object[] row = byMetric.get(metric.key());
        return row == null ? 0 : (Long) row[1];
    }
}
