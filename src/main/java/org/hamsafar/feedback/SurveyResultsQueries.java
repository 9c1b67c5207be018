package org.hamsafar.feedback;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hamsafar.shared.store.UtcTimes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What a survey's results page shows, counted by the store: responses, unfinished drafts, and per
 * question the answers grouped by score or option (survey_answer holds one row per answered question
 * and per chosen option). Only the comments page reads rows, one page at a time.
 */
@Repository
class SurveyResultsQueries {
    private static final String RANGE = " AND submitted_at >= :from AND submitted_at < :to";
    private final JdbcClient jdbc;

    SurveyResultsQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** How often one score or one option was given to a question. */
    record AnswerCount(String questionKey, String questionType, Integer score, String choice, long count) {
    }

    /** A text answer with where it came from; {@code customerId} null for anonymous responses. */
    record Comment(UUID responseId, String questionKey, String text, Instant submittedAt, String channel, String touchpoint,
                   Long customerId) {
    }

    /** A scored answer of a response, shown beside its comment. */
    record Score(String questionType, int score) {
    }

    /** All-time responses per survey, for the survey list. */
    Map<Long, Long> responseCounts(Collection<Long> surveyIds) {
        Map<Long, Long> counts = new HashMap<>();
        if (surveyIds.isEmpty()) {
            return counts;
        }
        jdbc.sql("SELECT survey_id, COUNT(*) AS n FROM survey_response WHERE survey_id IN (:ids) GROUP BY survey_id")
                .param("ids", surveyIds)
                .query((rs, i) -> counts.put(rs.getLong("survey_id"), rs.getLong("n")))
                .list();
        return counts;
    }

    long responses(long surveyId, Instant from, Instant to) {
        return range(jdbc.sql("SELECT COUNT(*) FROM survey_response WHERE survey_id = :survey" + RANGE), surveyId, from, to)
                .query(Long.class).single();
    }

    /** Forms saved part-way on the public page, started in the range and not sent (yet). */
    long drafts(long surveyId, Instant from, Instant to) {
        return jdbc.sql("SELECT COUNT(*) FROM survey_draft WHERE survey_id = :survey AND started_at >= :from AND started_at < :to"
                        + " AND submitted_at IS NULL")
                .param("survey", surveyId).param("from", UtcTimes.toDb(from)).param("to", UtcTimes.toDb(to))
                .query(Long.class).single();
    }

    /** Counts per question and score (scored and yes/no questions) or option (choice questions). */
    List<AnswerCount> answerCounts(long surveyId, Instant from, Instant to) {
        return range(jdbc.sql("SELECT question_key, question_type, score, choice, COUNT(*) AS n FROM survey_answer"
                + " WHERE survey_id = :survey AND question_type <> 'text'" + RANGE
                + " GROUP BY question_key, question_type, score, choice"), surveyId, from, to)
                .query((rs, i) -> {
                    int score = rs.getInt("score");
                    Integer scoreOrNull = rs.wasNull() ? null : score;
                    return new AnswerCount(rs.getString("question_key"), rs.getString("question_type"), scoreOrNull,
                            rs.getString("choice"), rs.getLong("n"));
                })
                .list();
    }

    /** Responses that answered each question (a multiple choice answer counts once). */
    Map<String, Long> respondents(long surveyId, Instant from, Instant to) {
        Map<String, Long> counts = new LinkedHashMap<>();
        range(jdbc.sql("SELECT question_key, COUNT(DISTINCT response_id) AS n FROM survey_answer WHERE survey_id = :survey"
                + RANGE + " GROUP BY question_key"), surveyId, from, to)
                .query((rs, i) -> counts.put(rs.getString("question_key"), rs.getLong("n")))
                .list();
        return counts;
    }

    /** Text answers, newest first; {@code questionKey} null for every text question. */
    List<Comment> comments(long surveyId, Instant from, Instant to, String questionKey, int limit, long offset) {
        String sql = "SELECT response_id, question_key, text, submitted_at, channel, touchpoint, customer_id FROM survey_answer"
                + " WHERE survey_id = :survey AND question_type = 'text'" + RANGE
                + (questionKey == null ? "" : " AND question_key = :question")
                + " ORDER BY submitted_at DESC, response_id DESC, question_key LIMIT :limit OFFSET :offset";
        JdbcClient.StatementSpec spec = range(jdbc.sql(sql), surveyId, from, to).param("limit", limit).param("offset", offset);
        if (questionKey != null) {
            spec = spec.param("question", questionKey);
        }
        return spec.query(this::comment).list();
    }

    long commentCount(long surveyId, Instant from, Instant to, String questionKey) {
        String sql = "SELECT COUNT(*) FROM survey_answer WHERE survey_id = :survey AND question_type = 'text'" + RANGE
                + (questionKey == null ? "" : " AND question_key = :question");
        JdbcClient.StatementSpec spec = range(jdbc.sql(sql), surveyId, from, to);
        if (questionKey != null) {
            spec = spec.param("question", questionKey);
        }
        return spec.query(Long.class).single();
    }

    /** The NPS, CSAT and CES answers of the given responses. */
    Map<UUID, List<Score>> scoresOf(Collection<UUID> responseIds) {
        Map<UUID, List<Score>> scores = new HashMap<>();
        if (responseIds.isEmpty()) {
            return scores;
        }
        jdbc.sql("""
                SELECT response_id, question_type, score FROM survey_answer
                WHERE response_id IN (:ids) AND question_type IN ('nps', 'csat', 'ces') ORDER BY question_key""")
                .param("ids", responseIds)
                .query((rs, i) -> scores.computeIfAbsent(rs.getObject("response_id", UUID.class), id -> new ArrayList<>())
                        .add(new Score(rs.getString("question_type"), rs.getInt("score"))))
                .list();
        return scores;
    }

    private static JdbcClient.StatementSpec range(JdbcClient.StatementSpec spec, long surveyId, Instant from, Instant to) {
        return spec.param("survey", surveyId).param("from", UtcTimes.toDb(from)).param("to", UtcTimes.toDb(to));
    }

    private Comment comment(ResultSet rs, int row) throws SQLException {
        long customer = rs.getLong("customer_id");
        Long customerId = rs.wasNull() ? null : customer;
        return new Comment(rs.getObject("response_id", UUID.class), rs.getString("question_key"), rs.getString("text"),
                UtcTimes.fromDb(rs.getObject("submitted_at", LocalDateTime.class)), rs.getString("channel"),
                rs.getString("touchpoint"), customerId);
    }
}
