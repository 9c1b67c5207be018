package org.hamsafar.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hamsafar.shared.store.BulkInserter;
import org.hamsafar.shared.store.UtcTimes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stores analysis results ({@code text_result}, one row per text, and {@code text_result_topic},
 * one row per topic it mentions). Storing a text's result again replaces the earlier one.
 */
@Repository
class TextResultRepository {

    static final List<String> COLUMNS = List.of("source", "source_id", "customer_id", "source_identity", "survey_id", "question_key",
            "channel", "touchpoint", "occurred_at", "text", "language", "sentiment", "score", "confidence", "anger", "joy",
            "sadness", "fear", "surprise", "trust", "disgust", "keywords", "topics", "model_version", "analyzed_at");
    private static final List<String> TOPIC_COLUMNS = List.of("source", "source_id", "topic_key", "sentiment", "score", "survey_id",
            "channel", "touchpoint", "occurred_at");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;
    private final BulkInserter bulk;

    TextResultRepository(JdbcClient jdbc, BulkInserter bulk) {
        this.jdbc = jdbc;
        this.bulk = bulk;
    }

    /** Stores the results, replacing earlier results of the same texts; run inside a write transaction. */
    /** Stores the results in place of earlier ones of the same texts; answers the texts that had none (analysed for the first time). */
    List<AnalysedText> replace(List<AnalysedText> results) {
        java.util.Set<String> hadResult = new java.util.HashSet<>();
        if (!results.isEmpty()) {
            List<Object[]> keys = results.stream().map(r -> new Object[] {r.text().source(), r.text().sourceId()}).toList();
            bulk.withStagedRows("text_result", List.of("source", "source_id"), keys, stage -> {
                jdbc.sql("DELETE FROM text_result WHERE (source, source_id) IN (SELECT source, source_id FROM " + stage
                                + ") RETURNING source, source_id")
                        .query((rs, n) -> hadResult.add(rs.getString(1) + "\u0000" + rs.getString(2))).list();
                jdbc.sql("DELETE FROM text_result_topic WHERE (source, source_id) IN (SELECT source, source_id FROM " + stage + ")").update();
                return null;
            });
        }
        List<Object[]> rows = new ArrayList<>(results.size());
        List<Object[]> topicRows = new ArrayList<>();
        for (AnalysedText r : results) {
            PendingText t = r.text();
            TextAnalysis a = r.analysis();
            Map<Emotion, Double> e = a.emotions();
            rows.add(new Object[] {t.source(), t.sourceId(), t.customerId(), t.sourceIdentity(), t.surveyId(), t.questionKey(),
                    t.channel(), t.touchpoint(), UtcTimes.toDb(t.occurredAt()), t.text(), a.language().language().code(),
                    a.sentiment().label().code(), a.sentiment().score(), a.sentiment().confidence(), e.get(Emotion.ANGER),
                    e.get(Emotion.JOY), e.get(Emotion.SADNESS), e.get(Emotion.FEAR), e.get(Emotion.SURPRISE), e.get(Emotion.TRUST),
                    e.get(Emotion.DISGUST), keywords(a.keywords()), topicsJson(a.topics()), a.modelVersion(),
                    UtcTimes.toDb(r.analyzedAt())});
            for (TopicMention m : a.topics()) {
                topicRows.add(new Object[] {t.source(), t.sourceId(), m.key(), m.sentiment().label().code(), m.sentiment().score(),
                        t.surveyId(), t.channel(), t.touchpoint(), UtcTimes.toDb(t.occurredAt())});
            }
        }
        bulk.insertUnkeyed("text_result", COLUMNS, rows);
        bulk.insertUnkeyed("text_result_topic", TOPIC_COLUMNS, topicRows);
        return results.stream().filter(r -> !hadResult.contains(r.text().source() + "\u0000" + r.text().sourceId())).toList();
    }

    private static String keywords(List<String> keywords) {
        String joined = String.join("\n", keywords);
        return joined.length() > 2000 ? joined.substring(0, 2000) : joined;
    }

    /** The mentions as the API shows them (see {@link TextAnalysisView}). */
    static String topicsJson(List<TopicMention> topics) {
        return JSON.writeValueAsString(topics.stream().map(TextAnalysisView::topic).toList());
    }

    /** Up to {@code limit} results of texts with {@code from <= occurredAt < to}, oldest first, as {@link TextsAnalysed} reports them. */
    List<TextsAnalysed.Text> between(java.time.Instant from, java.time.Instant to, int limit) {
        record Row(String source, String sourceId, Long customerId, Long surveyId, String questionKey, String channel, String touchpoint,
                   java.time.Instant occurredAt, String language, String sentiment, double score, Map<String, Double> emotions,
                   List<String> keywords, String text) {
        }
        List<Row> rows = jdbc.sql("""
                        SELECT source, source_id, customer_id, survey_id, question_key, channel, touchpoint, occurred_at, language,
                               sentiment, score, anger, joy, sadness, fear, surprise, trust, disgust, keywords, text
                        FROM text_result WHERE occurred_at >= :from AND occurred_at < :to ORDER BY occurred_at LIMIT :limit""")
                .param("from", UtcTimes.toDb(from)).param("to", UtcTimes.toDb(to)).param("limit", limit)
                .query((rs, n) -> {
                    Map<String, Double> emotions = new LinkedHashMap<>();
                    for (Emotion e : Emotion.values()) {
                        emotions.put(e.code(), rs.getDouble(e.code()));
                    }
                    String keywords = rs.getString("keywords");
                    return new Row(rs.getString("source"), rs.getString("source_id"), (Long) rs.getObject("customer_id", Long.class),
                            (Long) rs.getObject("survey_id", Long.class), rs.getString("question_key"), rs.getString("channel"),
                            rs.getString("touchpoint"), UtcTimes.fromDb(rs.getObject("occurred_at", java.time.LocalDateTime.class)),
                            rs.getString("language"), rs.getString("sentiment"), rs.getDouble("score"), emotions,
                            keywords == null || keywords.isEmpty() ? List.of() : List.of(keywords.split("\n")), rs.getString("text"));
                })
                .list();
        // The topics of exactly those texts, a few hundred at a time.
        Map<String, Map<String, String>> topics = new java.util.HashMap<>();
        Map<String, List<String>> idsBySource = new LinkedHashMap<>();
        rows.forEach(r -> idsBySource.computeIfAbsent(r.source(), k -> new ArrayList<>()).add(r.sourceId()));
        idsBySource.forEach((source, ids) -> {
            for (int at = 0; at < ids.size(); at += 500) {
                jdbc.sql("SELECT source_id, topic_key, sentiment FROM text_result_topic WHERE source = :source AND source_id IN (:ids)")
                        .param("source", source).param("ids", ids.subList(at, Math.min(ids.size(), at + 500)))
                        .query((rs, n) -> topics.computeIfAbsent(source + "\u0000" + rs.getString("source_id"), k -> new LinkedHashMap<>())
                                .put(rs.getString("topic_key"), rs.getString("sentiment")))
                        .list();
            }
        });
        return rows.stream().map(r -> new TextsAnalysed.Text(r.source(), r.sourceId(), r.customerId(), r.surveyId(), r.questionKey(),
                        r.channel(), r.touchpoint(), r.occurredAt(), r.language(), r.sentiment(), r.score(),
                        topics.getOrDefault(r.source() + "\u0000" + r.sourceId(), Map.of()), r.emotions(), r.keywords(), r.text()))
                .toList();
    }

    long count() {
        return jdbc.sql("SELECT COUNT(*) FROM text_result").query(Long.class).single();
    }

    /** How many stored results each model version produced. */
    Map<String, Long> countByModel() {
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.sql("SELECT model_version, COUNT(*) AS n FROM text_result GROUP BY model_version ORDER BY model_version")
                .query((rs, n) -> counts.put(rs.getString("model_version"), rs.getLong("n"))).list();
        return counts;
    }

    void moveCustomer(long from, long to) {
        jdbc.sql("UPDATE text_result SET customer_id = :to WHERE customer_id = :from").param("to", to).param("from", from).update();
    }

    void moveBySource(long from, long to, Set<String> sourceIdentities) {
        if (!sourceIdentities.isEmpty()) {
            jdbc.sql("UPDATE text_result SET customer_id = :to WHERE customer_id = :from AND source_identity IN (:identities)")
                    .param("to", to).param("from", from).param("identities", sourceIdentities).update();
        }
    }

    /** Erasure: the texts and keywords go; with {@code delete} the whole results go. */
    void eraseCustomer(long customerId, boolean deleteRows) {
        if (deleteRows) {
            jdbc.sql("""
                    DELETE FROM text_result_topic WHERE EXISTS (SELECT 1 FROM text_result r WHERE r.customer_id = :id
                        AND r.source = text_result_topic.source AND r.source_id = text_result_topic.source_id)""")
                    .param("id", customerId).update();
            jdbc.sql("DELETE FROM text_result WHERE customer_id = :id").param("id", customerId).update();
        } else {
            jdbc.sql("""
                    UPDATE text_result SET text = '', keywords = '', topics = '[]', source_identity = NULL, customer_id = NULL
                    WHERE customer_id = :id""").param("id", customerId).update();
        }
    }

    /** Retention: clears the texts (and keywords and spans, which quote them) analysed before {@code before}. */
    int clearTextsBefore(java.time.Instant before) {
        return jdbc.sql("UPDATE text_result SET text = '', keywords = '', topics = '[]' WHERE occurred_at < :before AND text <> ''")
                .param("before", UtcTimes.toDb(before)).update();
    }

    /** The stored results of one customer, newest first, as JSON-ready maps. */
    List<Map<String, Object>> exportFor(long customerId) {
        return jdbc.sql("""
                        SELECT source, source_id, occurred_at, text, language, sentiment, score, keywords, topics, model_version
                        FROM text_result WHERE customer_id = :id ORDER BY occurred_at DESC""")
                .param("id", customerId)
                .query((rs, n) -> {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("source", rs.getString("source"));
                    row.put("sourceId", rs.getString("source_id"));
                    row.put("occurredAt", UtcTimes.fromDb(rs.getObject("occurred_at", java.time.LocalDateTime.class)).toString());
                    row.put("text", rs.getString("text"));
                    row.put("language", rs.getString("language"));
                    row.put("sentiment", rs.getString("sentiment"));
                    row.put("score", rs.getDouble("score"));
                    row.put("keywords", rs.getString("keywords").isEmpty() ? List.of() : List.of(rs.getString("keywords").split("\n")));
                    row.put("topics", JSON.readTree(rs.getString("topics")));
                    row.put("model", rs.getString("model_version"));
                    return row;
                })
                .list();
    }
}
