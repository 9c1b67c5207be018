package org.hamsafar.analytics.clusters;

import java.util.Arrays;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The customers a clustering job put in one cluster, as its customer scores ({@code analytics_customer_score}) hold them. */
@Repository
class ClusterMembers {
    private final JdbcClient jdbc;

    ClusterMembers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** In id order; empty when the job's scores were replaced by a later clustering. */
    long[] of(long jobId, int cluster) {
        long[][] buffer = {new long[1024]};
        int[] size = {0};
        jdbc.sql("SELECT customer_id FROM analytics_customer_score WHERE kind = :kind AND job_id = :job AND label = :label"
                        + " ORDER BY customer_id")
                .param("kind", ClusterAnalysis.SCORE_KIND).param("job", jobId).param("label", ClusterAnalysis.label(cluster))
                .withFetchSize(5000)
                .query(rs -> {
                    if (size[0] == buffer[0].length) {
                        buffer[0] = Arrays.copyOf(buffer[0], size[0] * 2);
                    }
                    buffer[0][size[0]++] = rs.getLong(1);
                });
        return Arrays.copyOf(buffer[0], size[0]);
    }
}
