package org.hamsafar.text;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hamsafar.customers.CustomerRelation;
import org.hamsafar.feedback.FeedbackPlace;
import org.hamsafar.feedback.FeedbackPlaces;
import org.hamsafar.shared.store.UtcTimes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The sentiment and negative topics of the analysed texts written at sets of places (the
 * touchpoints of a journey map's stages), aggregated by the store: per scope, the texts that
 * occurred in {@code [from, to)} at any of its places ({@link TextPlace}). A text at two places of
 * one scope counts once. Texts count once the analysis has stored them.
 */
@Service
public class TouchpointTexts {
    /** The most negative topics per scope. */
    public static final int MAX_TOPICS = 10;
    private final JdbcClient jdbc;

    TouchpointTexts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One {@link PlaceTexts} per scope, in the order given, with up to {@code topics} negative topics
     * (most negative mentions first, then most mentions, then key); only texts of customers in
     * {@code customers} when it is not null.
     */
    public List<PlaceTexts> at(List<List<TextPlace>> scopes, Instant from, Instant to, CustomerRelation customers, int topics) {
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("from must be before to");
        }
        if (topics < 0 || topics > MAX_TOPICS) {
            throw new IllegalArgumentException("0 to " + MAX_TOPICS + " topics");
        }
        List<PlaceTexts> result = new ArrayList<>();
        scopes.forEach(s -> result.add(PlaceTexts.empty()));
        if (scopes.stream().allMatch(List::isEmpty)) {
            return result;
        }
        Map<String, Object> params = new HashMap<>();
        String matched = matched(scopes, from, to, customers, params);
        Map<Integer, PlaceTexts> summaries = new HashMap<>();
        jdbc.sql(matched + """
                         SELECT scope, COUNT(*) AS texts, SUM(score) AS score_sum,
                                CAST(SUM(CASE WHEN sentiment = 'positive' THEN 1 ELSE 0 END) AS BIGINT) AS positive,
                                CAST(SUM(CASE WHEN sentiment = 'neutral' THEN 1 ELSE 0 END) AS BIGINT) AS neutral,
                                CAST(SUM(CASE WHEN sentiment = 'negative' THEN 1 ELSE 0 END) AS BIGINT) AS negative
                         FROM m GROUP BY scope""")
                .params(params)
                .query(rs -> {
                    long texts = rs.getLong("texts");
                    double sum = rs.getDouble("score_sum");
                    summaries.put(rs.getInt("scope"), new PlaceTexts(texts, rs.getLong("positive"), rs.getLong("neutral"),
                            rs.getLong("negative"), sum, texts == 0 ? null : sum / texts, List.of()));
                });
        Map<Integer, List<PlaceTexts.NegativeTopic>> negative = new HashMap<>();
        if (topics > 0 && !summaries.isEmpty()) {
            params.put("tt_top", topics);
            // Ranked per scope by a window function, so only the top rows leave the store.
            jdbc.sql(matched + """
                             , counted AS (
                                 SELECT m.scope, tt.topic_key,
                                        CAST(SUM(CASE WHEN tt.sentiment = 'negative' THEN 1 ELSE 0 END) AS BIGINT) AS negative,
                                        COUNT(*) AS mentions
                                 FROM m JOIN text_result_topic tt ON tt.source = m.source AND tt.source_id = m.source_id
                                 GROUP BY m.scope, tt.topic_key),
                             ranked AS (
                                 SELECT c.*, ROW_NUMBER() OVER (PARTITION BY c.scope ORDER BY c.negative DESC, c.mentions DESC, c.topic_key) AS nth
                                 FROM counted c WHERE c.negative > 0)
                             SELECT r.scope, r.topic_key, r.negative, r.mentions, t.label_fa, t.label_en
                             FROM ranked r LEFT JOIN text_topic t ON t.topic_key = r.topic_key
                             WHERE r.nth <= :tt_top ORDER BY r.scope, r.nth""")
                    .params(params)
                    .query(rs -> {
                        negative.computeIfAbsent(rs.getInt("scope"), s -> new ArrayList<>()).add(new PlaceTexts.NegativeTopic(
                                rs.getString("topic_key"), rs.getString("label_fa"), rs.getString("label_en"), rs.getLong("negative"),
                                rs.getLong("mentions")));
                    });
        }
        summaries.forEach((scope, s) -> result.set(scope, new PlaceTexts(s.texts(), s.positive(), s.neutral(), s.negative(), s.scoreSum(),
                s.meanScore(), List.copyOf(negative.getOrDefault(scope, List.of())))));
        return result;
    }

    /**
     * "WITH ... m AS (...)": the distinct (scope, source, source_id, score, sentiment) of the texts at
     * each scope's places. Event texts join their places on the channel; a place naming an event type
     * keeps a text only when the customer has an event of that type at the text's instant (the
     * text's own event: same customer, time and channel), found through the events' customer index.
     */
    private static String matched(List<List<TextPlace>> scopes, Instant from, Instant to, CustomerRelation customers,
                                  Map<String, Object> params) {
        params.put("tt_from", UtcTimes.toDb(from));
        params.put("tt_to", UtcTimes.toDb(to));
        StringBuilder filter = new StringBuilder(" AND t.occurred_at >= :tt_from AND t.occurred_at < :tt_to");
        if (customers != null) {
            filter.append(" AND t.customer_id IN (SELECT r.customer_id FROM (").append(customers.sql()).append(") r)");
            params.putAll(customers.params());
        }
        List<String> places = new ArrayList<>();
        List<List<FeedbackPlace>> feedbackScopes = new ArrayList<>();
        for (int s = 0; s < scopes.size(); s++) {
            List<FeedbackPlace> feedback = new ArrayList<>();
            for (TextPlace place : scopes.get(s)) {
                int i = places.size();
                params.put("tt_c" + i, place.channel());
                String type = "CAST(NULL AS VARCHAR(64))";
                if (place.type() != null) {
                    type = "CAST(:tt_y" + i + " AS VARCHAR(64))";
                    params.put("tt_y" + i, place.type());
                }
                String touchpoint = "CAST(NULL AS VARCHAR(64))";
                if (place.touchpoint() != null) {
                    touchpoint = "CAST(:tt_t" + i + " AS VARCHAR(64))";
                    params.put("tt_t" + i, place.touchpoint());
                }
                places.add("SELECT " + s + " AS scope, CAST(:tt_c" + i + " AS VARCHAR(16)) AS channel, " + type + " AS type, "
                        + touchpoint + " AS touchpoint");
                if (place.feedback() != null) {
                    feedback.add(place.feedback());
                }
            }
            feedbackScopes.add(feedback);
        }
        StringBuilder sql = new StringBuilder("WITH ep AS (").append(String.join(" UNION ALL ", places)).append(")");
        sql.append(", ec AS (SELECT DISTINCT p.scope, t.source, t.source_id, t.score, t.sentiment, t.customer_id, t.occurred_at,")
                .append(" t.channel, p.type FROM text_result t JOIN ep p ON t.channel = p.channel")
                .append(" AND (p.touchpoint IS NULL OR t.touchpoint = p.touchpoint) WHERE t.source = 'event'").append(filter).append(")");
        List<String> parts = new ArrayList<>();
        parts.add("SELECT c.scope, c.source, c.source_id, c.score, c.sentiment FROM ec c WHERE c.type IS NULL"
                + " OR EXISTS (SELECT 1 FROM interaction_event e WHERE e.customer_id = c.customer_id AND e.occurred_at = c.occurred_at"
                + " AND e.type = c.type AND e.channel = c.channel)");
        String feedbackPlaces = FeedbackPlaces.relation(feedbackScopes, "ttf_", params);
        if (feedbackPlaces != null) {
            sql.append(", fp AS (").append(feedbackPlaces).append(")");
            for (String condition : FeedbackPlaces.joinConditions("t", "p")) {
                parts.add("SELECT p.scope, t.source, t.source_id, t.score, t.sentiment FROM text_result t JOIN fp p ON " + condition
                        + " WHERE t.source = 'survey_answer'" + filter);
            }
        }
        return sql.append(", m AS (").append(String.join(" UNION ", parts)).append(")").toString();
    }
}
