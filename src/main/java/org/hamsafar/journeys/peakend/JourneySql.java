package org.hamsafar.journeys.peakend;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.hamsafar.shared.store.UtcTimes;

/**
 * Builds the SQL that turns scored moments into journeys with their peak, end, average and
 * outcomes, as a chain of common table expressions that callers finish with their own SELECT. The
 * same text runs on DuckDB and PostgreSQL; every value is a bound parameter.
 *
 * <p>This is the one place outside their modules that reads the append-only fact tables of feedback
 * ({@code survey_answer}, {@code survey_response}), text ({@code text_result}), events
 * ({@code interaction_event}) and customers ({@code customer_tag}), read-only: a journey mixes all of
 * them, and the window functions that find its peak and end must see them in one query.
 *
 * <p>The chain:
 * <ol>
 *   <li>{@code rating_scale} (when rating answers are read): the stars of each rating question per survey
 *       version, as bound values from {@link RatingScales};</li>
 *   <li>{@code moment}: one row per moment (see {@link MomentScale}): {@code source}, {@code source_id},
 *       {@code customer_id}, {@code moment_at}, {@code channel}, {@code touchpoint}, {@code intensity}, {@code measures};</li>
 *   <li>{@code numbered}: each moment with its customer's journey number: a journey starts at a customer's
 *       first moment and at every moment more than the gap after the one before (by gap), or is all of
 *       the customer's moments (by period). Moments are ordered by time, then source and source id, so that
 *       simultaneous moments have a fixed order;</li>
 *   <li>{@code placed}: each moment's rank for the peak (largest |intensity|; a tie goes to the later
 *       moment) and for the end (the last moment);</li>
 *   <li>{@code journey}: per journey the count, first and last time, average, and the peak and end moments;</li>
 *   <li>{@code ended}: the journeys whose last moment is in {@code [endedFrom, endedTo)}, with
 *       {@code peak_end} = (peak + end) / 2;</li>
 *   <li>{@code outcome}: those journeys with the customer's next NPS answer strictly after the
 *       journey's last moment and within the horizon ({@code next_nps}, {@code next_nps_at}), and
 *       {@code repurchased}: 1 if an event of the purchase type followed within the horizon, 0 if none
 *       did, null while the horizon has not fully passed ({@code now}).</li>
 * </ol>
 */
final class JourneySql {
    /** The order of a customer's moments: by time, then source and source id, so that simultaneous moments have a fixed order. */
    private static final String ORDER = "ORDER BY moment_at, source, source_id";
    private static final String LATEST_FIRST = "moment_at DESC, source DESC, source_id DESC";

    private JourneySql() {
    }

    /**
     * What to read: moments in {@code [momentsFrom, momentsTo)} (either may be null: open), of one
     * customer or all; journeys by {@code gap} (null: one journey per customer); outcomes of journeys
     * whose last moment is in {@code [endedFrom, endedTo)} (null: every journey).
     */
    record Scope(Instant momentsFrom, Instant momentsTo, Duration gap, String channel, String touchpoint, String segment,
                 Long customerId, Instant endedFrom, Instant endedTo, Duration horizon, String purchaseType, Instant now,
                 List<RatingScales.Scale> scales) {
    }

    /** The versions with rating answers among the moments of {@code scope}, for {@link RatingScales}. */
    static String ratingVersions(Scope scope, Map<String, Object> params) {
        StringBuilder sql = new StringBuilder("""
                SELECT DISTINCT a.survey_id, r.survey_version FROM survey_answer a JOIN survey_response r ON r.id = a.response_id
                WHERE a.question_type = 'rating' AND a.score IS NOT NULL AND a.customer_id IS NOT NULL""");
        answerConditions(scope, params, sql);
        return sql.toString();
    }

    /** "WITH ... outcome AS (...)": the whole chain; the caller appends ", more AS (...)" and a SELECT. */
    static String outcomes(Scope scope, Map<String, Object> params) {
        StringBuilder sql = new StringBuilder("WITH ");
        if (!scope.scales().isEmpty()) {
            ratingScales(scope.scales(), params, sql);
        }
        moments(scope, params, sql);
        journeys(scope, params, sql);
        outcome(scope, params, sql);
        return sql.toString();
    }

    private static void ratingScales(List<RatingScales.Scale> scales, Map<String, Object> params, StringBuilder sql) {
        sql.append("rating_scale AS (");
        for (int i = 0; i < scales.size(); i++) {
            RatingScales.Scale s = scales.get(i);
            sql.append(i == 0 ? "" : " UNION ALL ").append("SELECT CAST(:rs").append(i).append(" AS BIGINT) AS survey_id, CAST(:rv")
                    .append(i).append(" AS INTEGER) AS survey_version, CAST(:rk").append(i).append(" AS VARCHAR(64)) AS question_key, CAST(:rn")
                    .append(i).append(" AS INTEGER) AS scale");
            params.put("rs" + i, s.surveyId());
            params.put("rv" + i, s.version());
            params.put("rk" + i, s.questionKey());
            params.put("rn" + i, s.stars());
        }
        sql.append("),\n");
    }

    private static void moments(Scope scope, Map<String, Object> params, StringBuilder sql) {
        // Scored answers with the stars of rating questions: looked up per rating answer through its response's
        // version (a primary-key lookup), so other answers never touch survey_response.
        sql.append("answer_scored AS (SELECT a.response_id, a.customer_id, a.submitted_at, a.channel, a.touchpoint, a.question_type,")
                .append(" a.score, ");
        if (scope.scales().isEmpty()) {
            sql.append("CAST(NULL AS INTEGER)");
        } else {
            sql.append("CASE WHEN a.question_type = 'rating' THEN (SELECT s.scale FROM survey_response r JOIN rating_scale s")
                    .append(" ON s.survey_id = r.survey_id AND s.survey_version = r.survey_version AND s.question_key = a.question_key")
                    .append(" WHERE r.id = a.response_id) END");
        }
        sql.append(" AS scale\nFROM survey_answer a")
                .append(" WHERE a.question_type IN ('nps', 'csat', 'ces', 'rating') AND a.score IS NOT NULL AND a.customer_id IS NOT NULL");
        answerConditions(scope, params, sql);
        sql.append("),\n");
        sql.append("answer_moment AS (SELECT response_id, customer_id, submitted_at, channel, touchpoint, ")
                .append(MomentScale.ANSWER_MEASURE).append(" AS measure, ").append(MomentScale.ANSWER_INTENSITY)
                .append(" AS intensity FROM answer_scored a),\n");
        sql.append("response_moment AS (SELECT '").append(MomentScale.RESPONSE).append("' AS source, CAST(response_id AS VARCHAR(120)) AS source_id,"
                        + " customer_id, submitted_at AS moment_at, MIN(channel) AS channel, MIN(touchpoint) AS touchpoint, ")
                .append(MomentScale.clipped("AVG(intensity)")).append(" AS intensity, CAST(SUM(DISTINCT measure) AS INTEGER) AS measures")
                .append(" FROM answer_moment GROUP BY response_id, customer_id, submitted_at),\n");
        // A response's analysed comments make a moment only when the response has no scored answer.
        sql.append("comment_moment AS (SELECT '").append(MomentScale.TEXT).append("' AS source, SUBSTR(t.source_id, 1, 36) AS source_id,"
                        + " t.customer_id, t.occurred_at AS moment_at, MIN(t.channel) AS channel, MIN(t.touchpoint) AS touchpoint, ")
                .append(MomentScale.clipped("AVG(t.score)")).append(" AS intensity, ").append(MomentScale.SENTIMENT).append(" AS measures")
                .append("\nFROM text_result t WHERE t.source = 'survey_answer' AND t.customer_id IS NOT NULL");
        textConditions(scope, params, sql);
        sql.append(" AND NOT EXISTS (SELECT 1 FROM response_moment m WHERE m.source_id = SUBSTR(t.source_id, 1, 36))")
                .append(" GROUP BY SUBSTR(t.source_id, 1, 36), t.customer_id, t.occurred_at),\n");
        sql.append("event_moment AS (SELECT '").append(MomentScale.EVENT).append("' AS source, t.source_id, t.customer_id, t.occurred_at AS moment_at,"
                        + " t.channel, t.touchpoint, ").append(MomentScale.clipped("t.score")).append(" AS intensity, ")
                .append(MomentScale.SENTIMENT).append(" AS measures\nFROM text_result t WHERE t.source = 'event' AND t.customer_id IS NOT NULL");
        textConditions(scope, params, sql);
        sql.append("),\n");
        sql.append("moment AS (SELECT * FROM (SELECT * FROM response_moment UNION ALL SELECT * FROM comment_moment"
                + " UNION ALL SELECT * FROM event_moment) u");
        if (scope.segment() != null) {
            sql.append(" WHERE u.customer_id IN (SELECT g.customer_id FROM customer_tag g WHERE g.tag = :segment)");
            params.put("segment", scope.segment());
        }
        sql.append("),\n");
    }

    private static void answerConditions(Scope scope, Map<String, Object> params, StringBuilder sql) {
        if (scope.customerId() != null) {
            // Through survey_response's (customer_id, submitted_at) index: survey_answer has none by customer.
            sql.append(" AND a.response_id IN (SELECT c.id FROM survey_response c WHERE c.customer_id = :customer)");
            params.put("customer", scope.customerId());
        }
        common("a.submitted_at", "a.", scope, params, sql);
    }

    private static void textConditions(Scope scope, Map<String, Object> params, StringBuilder sql) {
        if (scope.customerId() != null) {
            sql.append(" AND t.customer_id = :customer");
            params.put("customer", scope.customerId());
        }
        common("t.occurred_at", "t.", scope, params, sql);
    }

    private static void common(String time, String alias, Scope scope, Map<String, Object> params, StringBuilder sql) {
        if (scope.momentsFrom() != null) {
            sql.append(" AND ").append(time).append(" >= :momentsFrom");
            params.put("momentsFrom", UtcTimes.toDb(scope.momentsFrom()));
        }
        if (scope.momentsTo() != null) {
            sql.append(" AND ").append(time).append(" < :momentsTo");
            params.put("momentsTo", UtcTimes.toDb(scope.momentsTo()));
        }
        if (scope.channel() != null) {
            sql.append(" AND ").append(alias).append("channel = :channel");
            params.put("channel", scope.channel());
        }
        if (scope.touchpoint() != null) {
            sql.append(" AND ").append(alias).append("touchpoint = :touchpoint");
            params.put("touchpoint", scope.touchpoint());
        }
    }

    private static void journeys(Scope scope, Map<String, Object> params, StringBuilder sql) {
        if (scope.gap() != null) {
            sql.append("stepped AS (SELECT m.*, CASE WHEN LAG(moment_at) OVER (PARTITION BY customer_id ").append(ORDER).append(") IS NULL")
                    .append(" OR moment_at > LAG(moment_at) OVER (PARTITION BY customer_id ").append(ORDER)
                    .append(") + CAST(:gap AS BIGINT) * INTERVAL '1 second' THEN 1 ELSE 0 END AS starts FROM moment m),\n")
                    .append("numbered AS (SELECT s.*, SUM(starts) OVER (PARTITION BY customer_id ").append(ORDER)
                    .append(" ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS journey_no FROM stepped s),\n");
            params.put("gap", scope.gap().toSeconds());
        } else {
            sql.append("numbered AS (SELECT m.*, 1 AS journey_no FROM moment m),\n");
        }
        sql.append("placed AS (SELECT n.*,")
                .append(" ROW_NUMBER() OVER (PARTITION BY customer_id, journey_no ORDER BY ABS(intensity) DESC, ").append(LATEST_FIRST)
                .append(") AS peak_rank, ROW_NUMBER() OVER (PARTITION BY customer_id, journey_no ORDER BY ").append(LATEST_FIRST)
                .append(") AS end_rank FROM numbered n),\n");
        sql.append("journey AS (SELECT customer_id, journey_no, COUNT(*) AS moments, MIN(moment_at) AS first_at, MAX(moment_at) AS last_at,")
                .append(" CAST(CAST(AVG(intensity) AS DECIMAL(9, 6)) AS DOUBLE PRECISION) AS average");
        for (String role : List.of("peak", "end")) {
            String rank = role + "_rank = 1";
            sql.append(",\n MAX(CASE WHEN ").append(rank).append(" THEN intensity END) AS ").append(role).append("_value")
                    .append(", MAX(CASE WHEN ").append(rank).append(" THEN source END) AS ").append(role).append("_source")
                    .append(", MAX(CASE WHEN ").append(rank).append(" THEN source_id END) AS ").append(role).append("_source_id")
                    .append(", MAX(CASE WHEN ").append(rank).append(" THEN moment_at END) AS ").append(role).append("_at")
                    .append(", MAX(CASE WHEN ").append(rank).append(" THEN channel END) AS ").append(role).append("_channel")
                    .append(", MAX(CASE WHEN ").append(rank).append(" THEN touchpoint END) AS ").append(role).append("_touchpoint")
                    .append(", MAX(CASE WHEN ").append(rank).append(" THEN measures END) AS ").append(role).append("_measures");
        }
        sql.append("\nFROM placed GROUP BY customer_id, journey_no),\n");
        sql.append("ended AS (SELECT j.*, CAST(CAST((peak_value + end_value) / 2 AS DECIMAL(9, 6)) AS DOUBLE PRECISION) AS peak_end FROM journey j");
        String where = " WHERE ";
        if (scope.endedFrom() != null) {
            sql.append(where).append("last_at >= :endedFrom");
            params.put("endedFrom", UtcTimes.toDb(scope.endedFrom()));
            where = " AND ";
        }
        if (scope.endedTo() != null) {
            sql.append(where).append("last_at < :endedTo");
            params.put("endedTo", UtcTimes.toDb(scope.endedTo()));
        }
        sql.append("),\n");
    }

    private static void outcome(Scope scope, Map<String, Object> params, StringBuilder sql) {
        String horizonAfter = " + CAST(:horizon AS BIGINT) * INTERVAL '1 second'";
        params.put("horizon", scope.horizon().toSeconds());
        params.put("purchaseType", scope.purchaseType());
        params.put("now", UtcTimes.toDb(scope.now()));
        // The next NPS answer: several NPS questions in one response count as its lowest answer, as elsewhere.
        sql.append("next_nps AS (SELECT j.customer_id, j.journey_no, a.score, a.submitted_at, ROW_NUMBER() OVER"
                        + " (PARTITION BY j.customer_id, j.journey_no ORDER BY a.submitted_at, a.response_id, a.score) AS nth")
                .append("\nFROM ended j JOIN survey_answer a ON a.customer_id = j.customer_id AND a.question_type = 'nps' AND a.score IS NOT NULL")
                .append(" AND a.submitted_at > j.last_at AND a.submitted_at <= j.last_at").append(horizonAfter);
        if (scope.endedFrom() != null) {
            sql.append(" AND a.submitted_at > :endedFrom");
        }
        if (scope.endedTo() != null) {
            sql.append(" AND a.submitted_at <= CAST(:endedTo AS TIMESTAMP)").append(horizonAfter);
        }
        if (scope.customerId() != null) {
            sql.append(" AND a.response_id IN (SELECT c.id FROM survey_response c WHERE c.customer_id = :customer)");
        }
        sql.append("),\n");
        sql.append("outcome AS (SELECT j.*, n.score AS next_nps, n.submitted_at AS next_nps_at,")
                .append(" CASE WHEN j.last_at").append(horizonAfter).append(" > :now THEN NULL")
                .append(" WHEN EXISTS (SELECT 1 FROM interaction_event e WHERE e.customer_id = j.customer_id AND e.type = :purchaseType")
                .append(" AND e.occurred_at > j.last_at AND e.occurred_at <= j.last_at").append(horizonAfter).append(") THEN 1 ELSE 0 END AS repurchased")
                .append("\nFROM ended j LEFT JOIN next_nps n ON n.customer_id = j.customer_id AND n.journey_no = j.journey_no AND n.nth = 1)");
    }
}
