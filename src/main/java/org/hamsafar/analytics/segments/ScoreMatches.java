package org.hamsafar.analytics.segments;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Customers whose latest model output ({@code analytics_customer_score}) has a label or a score above or below a bound. */
@Repository
class ScoreMatches {
    private final JdbcClient jdbc;

    ScoreMatches(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Sorted ids; {@code label} and {@code operator} may each be null (not both); {@code operator} is {@code <=} or {@code >=}. */
    long[] of(SegmentCondition.Score condition) {
        StringBuilder sql = new StringBuilder("SELECT customer_id FROM analytics_customer_score WHERE kind = :kind");
        Map<String, Object> params = new HashMap<>();
        params.put("kind", condition.kind());
        if (condition.label() != null) {
            sql.append(" AND label = :label");
            params.put("label", condition.label());
        }
        if (condition.operator() != null) {
            // The operator is one of two constants, checked when the segment was read.
            sql.append(" AND score ").append(condition.operator().equals("<=") ? "<=" : ">=").append(" :value");
            params.put("value", condition.value());
        }
        sql.append(" ORDER BY customer_id");
        long[][] buffer = {new long[1024]};
        int[] size = {0};
        jdbc.sql(sql.toString()).withFetchSize(5000).params(params).query(rs -> {
            if (size[0] == buffer[0].length) {
                buffer[0] = Arrays.copyOf(buffer[0], size[0] * 2);
            }
            buffer[0][size[0]++] = rs.getLong(1);
        });
        return Arrays.copyOf(buffer[0], size[0]);
    }
}
