package org.hamsafar.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.sql.DataSource;
import org.hamsafar.shared.store.SegmentMembers;
import org.hamsafar.shared.store.SqlDialect;
import org.hamsafar.shared.store.UtcTimes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Acquisition cohorts over {@code interaction_event}, read-only, counted in the database: a customer
 * belongs to the cohort of the calendar period (UTC month, or ISO week from Monday) of their first
 * ever event of the acquisition types, when that first event falls in {@code [from, to)}. Their later
 * events of the activity types, from that first event up to {@code until} (exclusive), count in the
 * period {@code k} after the cohort's start in which they happen: {@code k = 0} is the cohort's own
 * period. One statement gives each cohort's size and, per period, its distinct active customers and
 * the sum of the activity events' values.
 */
@Component
public class AcquisitionCohorts {
    private final JdbcClient jdbc;
    private final SqlDialect dialect;
    private final TransactionTemplate readOnly;

    AcquisitionCohorts(JdbcClient jdbc, SqlDialect dialect, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.dialect = dialect;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /**
     * The same queries on a store outside the application (the evaluation on a public dataset loaded
     * into an in-memory DuckDB): {@code dataSource} must hold an {@code interaction_event} table with
     * at least the columns {@code customer_id, type, occurred_at, value}.
     */
    public static AcquisitionCohorts over(DataSource dataSource) {
        return new AcquisitionCohorts(JdbcClient.create(dataSource), SqlDialect.of(dataSource),
                new DataSourceTransactionManager(dataSource));
    }

    /** Calendar periods a cohort and its activity are counted in. */
    public enum Period {
        MONTH, WEEK
    }

    /**
     * What to count: event types (1 or more each), the period, the acquisition window and the end of
     * observation; {@code segment} (a customer tag, null for everyone) keeps only the customers who carry it now.
     */
    public record CohortQuery(List<String> acquisitionTypes, List<String> activityTypes, Period period, Instant from, Instant to,
                              Instant until, String segment) {
        public CohortQuery {
            acquisitionTypes = List.copyOf(acquisitionTypes);
            activityTypes = List.copyOf(activityTypes);
            Objects.requireNonNull(period, "period");
            if (acquisitionTypes.isEmpty() || activityTypes.isEmpty()) {
                throw new IllegalArgumentException("a cohort query needs acquisition and activity types");
            }
            if (!from.isBefore(to) || until.isBefore(from)) {
                throw new IllegalArgumentException("from must be before to, and until not before from");
            }
        }
    }

    /** A cohort: the first day of its period (UTC) and how many customers it acquired. */
    public record Cohort(LocalDate start, long customers) {
    }

    /**
     * Activity of one cohort in period {@code index} after its start: distinct customers with an
     * activity event then, and the sum of those events' values (null when none had a value).
     */
    public record CohortActivity(LocalDate cohortStart, int index, long customers, BigDecimal value) {
    }

    /** Cohorts in order of their start, and their activity cells (only cells with any activity). */
    public record CohortCounts(List<Cohort> cohorts, List<CohortActivity> activity) {
    }

    public CohortCounts count(CohortQuery query) {
        String unit = query.period() == Period.MONTH ? "month" : "week";
        String index = query.period() == Period.MONTH
                ? "CAST((EXTRACT(YEAR FROM e.occurred_at) - EXTRACT(YEAR FROM c.cohort_start)) * 12"
                + " + EXTRACT(MONTH FROM e.occurred_at) - EXTRACT(MONTH FROM c.cohort_start) AS INTEGER)"
                // Both are Mondays: the difference in days is a whole number of weeks.
                : "CAST((CAST(date_trunc('week', e.occurred_at) AS DATE) - c.cohort_start) / 7 AS INTEGER)";
        String sql = """
                WITH acquired AS (
                    SELECT e.customer_id, MIN(e.occurred_at) AS first_at
                    FROM interaction_event e WHERE e.type IN (:acquisition) AND e.occurred_at < :to
                    GROUP BY e.customer_id
                ), cohort AS (
                    SELECT a.customer_id, a.first_at, CAST(date_trunc('%s', a.first_at) AS DATE) AS cohort_start
                    FROM acquired a WHERE a.first_at >= :from%s
                ), active AS (
                    SELECT c.cohort_start, c.customer_id, %s AS period_index, e.value
                    FROM cohort c JOIN interaction_event e ON e.customer_id = c.customer_id
                    WHERE e.type IN (:activity) AND e.occurred_at >= c.first_at AND e.occurred_at < :until
                )
                SELECT cohort_start, -1 AS period_index, COUNT(*) AS customers, CAST(NULL AS DECIMAL(38, 4)) AS total
                FROM cohort GROUP BY cohort_start
                UNION ALL
                SELECT cohort_start, period_index, COUNT(DISTINCT customer_id), CAST(SUM(value) AS DECIMAL(38, 4))
                FROM active GROUP BY cohort_start, period_index
                ORDER BY cohort_start, period_index""".formatted(unit,
                SegmentMembers.optionalCondition(query.segment(), "a.customer_id", "segment"), index);
        Map<String, Object> params = new HashMap<>(Map.of("acquisition", query.acquisitionTypes(), "activity", query.activityTypes(),
                "from", UtcTimes.toDb(query.from()), "to", UtcTimes.toDb(query.to()), "until", UtcTimes.toDb(query.until())));
        if (query.segment() != null) {
            params.put("segment", query.segment());
        }
        List<Cohort> cohorts = new ArrayList<>();
        List<CohortActivity> activity = new ArrayList<>();
        readOnly.executeWithoutResult(status -> {
            dialect.analyticQuerySettings().forEach(setting -> jdbc.sql(setting).update());
            jdbc.sql(sql).params(params).query(rs -> {
                LocalDate start = rs.getObject("cohort_start", LocalDate.class);
                int period = rs.getInt("period_index");
                if (period < 0) {
                    cohorts.add(new Cohort(start, rs.getLong("customers")));
                } else {
                    activity.add(new CohortActivity(start, period, rs.getLong("customers"), rs.getBigDecimal("total")));
                }
            });
        });
        return new CohortCounts(cohorts, activity);
    }
}
