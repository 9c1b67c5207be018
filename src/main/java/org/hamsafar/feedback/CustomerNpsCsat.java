package org.hamsafar.feedback;

import java.time.Instant;
import java.util.Map;
import java.util.function.Consumer;
import org.hamsafar.shared.store.SqlDialect;
import org.hamsafar.shared.store.UtcTimes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Each customer's NPS (0..10) and CSAT (1..5) answers before a cutoff: how many, their mean and
 * the latest, computed in the database. Read-only; for models that describe customers.
 */
@Component
public class CustomerNpsCsat {
    private static final int FETCH_SIZE = 5000;
    private final JdbcClient jdbc;
    private final SqlDialect dialect;
    private final TransactionTemplate readOnly;

    CustomerNpsCsat(JdbcClient jdbc, SqlDialect dialect, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.dialect = dialect;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /** One customer's answers; a mean and a latest value are NaN when there is no answer of the kind. */
    public record Answers(long customerId, long npsCount, double npsMean, double npsLast, long csatCount, double csatMean, double csatLast) {
    }

    /** Streams the customers with an NPS or CSAT answer submitted before {@code cutoff}, in customer id order. */
    public void forEach(Instant cutoff, Consumer<Answers> consumer) {
        String sql = """
                SELECT customer_id,
                       CAST(SUM(CASE WHEN question_type = 'nps' THEN 1 ELSE 0 END) AS BIGINT) AS nps_n,
                       AVG(CASE WHEN question_type = 'nps' THEN CAST(score AS DOUBLE PRECISION) END) AS nps_mean,
                       MAX(CASE WHEN question_type = 'nps' AND newest = 1 THEN score END) AS nps_last,
                       CAST(SUM(CASE WHEN question_type = 'csat' THEN 1 ELSE 0 END) AS BIGINT) AS csat_n,
                       AVG(CASE WHEN question_type = 'csat' THEN CAST(score AS DOUBLE PRECISION) END) AS csat_mean,
                       MAX(CASE WHEN question_type = 'csat' AND newest = 1 THEN score END) AS csat_last
                FROM (SELECT customer_id, question_type, score,
                             ROW_NUMBER() OVER (PARTITION BY customer_id, question_type ORDER BY submitted_at DESC, response_id) AS newest
                      FROM survey_answer
                      WHERE question_type IN ('nps', 'csat') AND score IS NOT NULL AND customer_id IS NOT NULL
                        AND submitted_at < :cutoff) a
                GROUP BY customer_id ORDER BY customer_id""";
        readOnly.executeWithoutResult(status -> {
            dialect.analyticQuerySettings().forEach(setting -> jdbc.sql(setting).update());
            jdbc.sql(sql).withFetchSize(FETCH_SIZE).params(Map.of("cutoff", UtcTimes.toDb(cutoff))).query(rs -> {
                long nps = rs.getLong("nps_n");
                long csat = rs.getLong("csat_n");
                consumer.accept(new Answers(rs.getLong("customer_id"), nps, nps == 0 ? Double.NaN : rs.getDouble("nps_mean"),
                        nps == 0 ? Double.NaN : rs.getDouble("nps_last"), csat, csat == 0 ? Double.NaN : rs.getDouble("csat_mean"),
                        csat == 0 ? Double.NaN : rs.getDouble("csat_last")));
            });
        });
    }
}
