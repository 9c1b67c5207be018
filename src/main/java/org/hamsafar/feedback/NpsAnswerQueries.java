package org.hamsafar.feedback;

import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.hamsafar.shared.store.UtcTimes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** NPS answers read across responses: a response's answer and its customer's next one. */
@Repository
class NpsAnswerQueries {
    /*
     * "asked": the given responses with their (lowest) NPS score. "later": every later response of
     * the same customer with an NPS answer, numbered by submission time, so the first is the next
     * answer. The customer comes from survey_response, which merges keep up to date and which is
     * indexed by (customer_id, submitted_at).
     */
    private static final String REVISITS = """
            WITH asked AS (
                SELECT r.id AS response_id, r.customer_id, r.submitted_at, MIN(a.score) AS score
                FROM survey_response r JOIN survey_answer a ON a.response_id = r.id
                WHERE r.id IN (:ids) AND a.question_type = 'nps' AND a.score IS NOT NULL
                GROUP BY r.id, r.customer_id, r.submitted_at
            ), later AS (
                SELECT q.response_id AS asked_id, r.submitted_at, MIN(a.score) AS score,
                       ROW_NUMBER() OVER (PARTITION BY q.response_id ORDER BY r.submitted_at, r.id) AS nth
                FROM asked q
                JOIN survey_response r ON r.customer_id = q.customer_id AND r.submitted_at > q.submitted_at
                JOIN survey_answer a ON a.response_id = r.id AND a.question_type = 'nps' AND a.score IS NOT NULL
                GROUP BY q.response_id, r.id, r.submitted_at
            )
            SELECT q.response_id, q.customer_id, q.submitted_at, q.score, l.score AS next_score, l.submitted_at AS next_at
            FROM asked q LEFT JOIN later l ON l.asked_id = q.response_id AND l.nth = 1""";

    private final JdbcClient jdbc;

    NpsAnswerQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<NpsRevisit> revisits(List<UUID> responseIds) {
        if (responseIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(REVISITS).param("ids", responseIds)
                .query((rs, n) -> {
                    long customer = rs.getLong("customer_id");
                    Long customerId = rs.wasNull() ? null : customer;
                    int next = rs.getInt("next_score");
                    Integer nextScore = rs.wasNull() ? null : next;
                    return new NpsRevisit(rs.getObject("response_id", UUID.class), customerId,
                            UtcTimes.fromDb(rs.getObject("submitted_at", LocalDateTime.class)), rs.getInt("score"), nextScore,
                            UtcTimes.fromDb(rs.getObject("next_at", LocalDateTime.class)));
                })
                .list();
    }
}
