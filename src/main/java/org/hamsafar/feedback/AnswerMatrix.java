package org.hamsafar.feedback;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hamsafar.shared.store.SegmentMembers;
import org.hamsafar.shared.store.UtcTimes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The numeric answers (nps, csat, ces, rating, yes_no as 1/0) of chosen questions, one row per
 * response, for other modules' analyses (key drivers). The pivot runs in the database; rows stream
 * into memory as doubles, NaN where a response did not answer a question. Read-only.
 */
@Component
public class AnswerMatrix {
    /** The most questions one matrix may have (one column each). */
    public static final int MAX_QUESTIONS = 30;
    private static final int FETCH_SIZE = 2000;
    private final JdbcClient jdbc;
    private final TransactionTemplate readOnly;

    AnswerMatrix(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /** {@code rows[i][j]}: response i's score for {@code questions.get(j)}, NaN when unanswered. */
    public record Matrix(List<String> questions, double[][] rows) {
    }

    /**
     * Responses of the survey submitted in [from, to) that answered at least one of the questions
     * (keys as stored in the answers; 1 to {@link #MAX_QUESTIONS}), of customers who carry the tag
     * {@code segment} now (null: everyone's). Row order is unspecified.
     */
    public Matrix scores(long surveyId, List<String> questions, Instant from, Instant to, String segment) {
        if (questions.isEmpty() || questions.size() > MAX_QUESTIONS) {
            throw new IllegalArgumentException("1 to " + MAX_QUESTIONS + " questions");
        }
        Map<String, Object> params = new HashMap<>();
        StringBuilder columns = new StringBuilder();
        for (int j = 0; j < questions.size(); j++) {
            columns.append(", MAX(CASE WHEN question_key = :q").append(j).append(" THEN score END) AS c").append(j);
            params.put("q" + j, questions.get(j));
        }
        params.put("survey", surveyId);
        params.put("keys", questions);
        params.put("from", UtcTimes.toDb(from));
        params.put("to", UtcTimes.toDb(to));
        if (segment != null) {
            params.put("segment", segment);
        }
        // One answer row per question per response for scored questions (several only for multi_choice,
        // which has no score), so MAX picks the answer.
        String sql = "SELECT response_id" + columns + " FROM survey_answer WHERE survey_id = :survey AND submitted_at >= :from"
                + " AND submitted_at < :to AND question_key IN (:keys) AND score IS NOT NULL"
                + SegmentMembers.optionalCondition(segment, "customer_id", "segment")
                + " GROUP BY response_id";
        List<double[]> rows = new ArrayList<>();
        int width = questions.size();
        // PostgreSQL's driver streams rows by the fetch size only inside a transaction.
        readOnly.executeWithoutResult(status -> jdbc.sql(sql).withFetchSize(FETCH_SIZE).params(params).query(rs -> {
            double[] row = new double[width];
            for (int j = 0; j < width; j++) {
                int score = rs.getInt(j + 2);
                row[j] = rs.wasNull() ? Double.NaN : score;
            }
            rows.add(row);
        }));
        return new Matrix(List.copyOf(questions), rows.toArray(double[][]::new));
    }
}
