package org.hamsafar.feedback;

import org.hamsafar.shared.time.OffsetPiece;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.hamsafar.shared.store.SegmentMembers;
import org.hamsafar.shared.store.UtcTimes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The additive counts behind the CX metrics, aggregated by the store: per local day for series,
 * per touchpoint or channel for breakdowns. Answers are stored in UTC; a local day is computed in
 * SQL by adding the zone's offset as a literal interval, which DuckDB and PostgreSQL read alike.
 * Where the zone changes its offset inside the range (daylight saving, a changed law), the range
 * is cut at each transition and every piece is read with its own offset.
 */
@Repository
class MetricsQueries {
    /** NPS: promoters answer 9-10, detractors 0-6 (Reichheld 2003). CSAT: satisfied answer 4-5. */
    private static final int PROMOTER_FROM = 9;
    private static final int DETRACTOR_TO = 6;
    private static final int SATISFIED_FROM = 4;

    private final JdbcClient jdbc;

    MetricsQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }


    /** The tallies of the query's answers per local day of its zone; days without answers are absent. */
    NavigableMap<LocalDate, MetricTally> daily(Metric metric, MetricQuery query) {
        NavigableMap<LocalDate, MetricTally> days = new TreeMap<>();
        for (OffsetPiece piece : OffsetPiece.of(query.from(), query.to(), query.zone())) {
            // The offset is a whole number of seconds from java.time, never user text.
            String day = "CAST(submitted_at + INTERVAL '" + piece.offset().getTotalSeconds() + " seconds' AS DATE)";
            String sql = "SELECT " + day + " AS day, " + aggregates(metric) + " FROM survey_answer" + where(query)
                    + " GROUP BY " + day;
            bind(jdbc.sql(sql), metric, query, piece.from(), piece.to())
                    .query((rs, i) -> new Object[] {rs.getObject("day", LocalDate.class), tally(rs)})
                    .list()
                    .forEach(row -> days.merge((LocalDate) row[0], (MetricTally) row[1], MetricTally::plus));
        }
        return days;
    }

    /** The tallies of the query's answers per value of the dimension (null: answers without one). */
    List<KeyedTally> byDimension(Metric metric, MetricQuery query, MetricDimension dimension) {
        String column = dimension.column();
        String sql = "SELECT " + column + " AS dimension_key, " + aggregates(metric) + " FROM survey_answer" + where(query)
                + " GROUP BY " + column;
        return bind(jdbc.sql(sql), metric, query, query.from(), query.to())
                .query((rs, i) -> new KeyedTally(rs.getString("dimension_key"), tally(rs)))
                .list();
    }

    record KeyedTally(String key, MetricTally tally) {
    }


    /**
     * The select list of a metric's tally over rows of its question type with a {@code score}
     * column (n, high, low, score_sum, score_squares): the one place that says what a promoter,
     * detractor and satisfied answer is. Read back with {@link #tally}.
     */
    static String aggregates(Metric metric) {
        String high = "0";
        String low = "0";
        String sum = "0";
        String squares = "0";
        switch (metric) {
            case NPS -> {
                high = count("score >= " + PROMOTER_FROM);
                low = count("score <= " + DETRACTOR_TO);
            }
            case CSAT -> high = count("score >= " + SATISFIED_FROM);
            case CES -> {
                sum = "CAST(SUM(score) AS BIGINT)";
                squares = "CAST(SUM(score * score) AS BIGINT)";
            }
        }
        return "COUNT(*) AS n, " + high + " AS high, " + low + " AS low, " + sum + " AS score_sum, " + squares + " AS score_squares";
    }

    private static String count(String condition) {
        return "CAST(SUM(CASE WHEN " + condition + " THEN 1 ELSE 0 END) AS BIGINT)";
    }

    private static String where(MetricQuery query) {
        StringBuilder where = new StringBuilder(" WHERE question_type = :type AND submitted_at >= :from AND submitted_at < :to"
                + " AND score BETWEEN :minScore AND :maxScore");
        if (query.surveyId() != null) {
            where.append(" AND survey_id = :surveyId");
        }
        if (query.touchpoint() != null) {
            where.append(" AND touchpoint = :touchpoint");
        }
        if (query.channel() != null) {
            where.append(" AND channel = :channel");
        }
        if (query.segment() != null) {
            where.append(SegmentMembers.condition("customer_id", "segment"));
        }
        return where.toString();
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, Metric metric, MetricQuery query, Instant from, Instant to) {
        spec = spec.param("type", metric.questionType().key())
                .param("from", UtcTimes.toDb(from))
                .param("to", UtcTimes.toDb(to))
                .param("minScore", metric.questionType().min())
                .param("maxScore", metric.questionType().max());
        if (query.surveyId() != null) {
            spec = spec.param("surveyId", query.surveyId());
        }
        if (query.touchpoint() != null) {
            spec = spec.param("touchpoint", query.touchpoint());
        }
        if (query.channel() != null) {
            spec = spec.param("channel", query.channel());
        }
        return SegmentMembers.bind(spec, "segment", query.segment());
    }

    static MetricTally tally(ResultSet rs) throws SQLException {
        return new MetricTally(rs.getLong("n"), rs.getLong("high"), rs.getLong("low"), rs.getLong("score_sum"),
                rs.getLong("score_squares"));
    }
}
