package org.hamsafar.events;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.hamsafar.shared.store.SegmentMembers;
import org.hamsafar.shared.store.SqlDialect;
import org.hamsafar.shared.store.UtcTimes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An A/B experiment read from interaction events, counted in the database (read-only; the
 * analytics module runs the tests). A customer enters the experiment at their first exposure event
 * (of type {@code exposureType}, in [from, to), with the variant property set and, when an
 * experiment name is given, the property {@code experiment} equal to it) and belongs to the variant
 * of that first exposure. They convert when an event of type {@code conversionType} follows within
 * {@code window} after it (at or after the exposure); their value is the sum of those events'
 * values (0 without one). Customers exposed to more than one variant are counted in their first
 * and reported as crossovers.
 */
@Component
public class ExperimentOutcomes {
    /** The property that names the experiment when {@link Query#experiment()} is given. */
    public static final String EXPERIMENT_PROPERTY = "experiment";
    private final JdbcClient jdbc;
    private final SqlDialect dialect;
    private final TransactionTemplate readOnly;

    ExperimentOutcomes(JdbcClient jdbc, SqlDialect dialect, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.dialect = dialect;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /**
     * @param variantProperty a top-level property name of letters, digits, '_', '.' or '-'
     * @param experiment      null for every exposure event of the type
     * @param segment         a customer tag: only customers who carry it now; null for everyone
     */
    public record Query(String exposureType, String variantProperty, String experiment, String conversionType, Duration window,
                        Instant from, Instant to, String segment) {
        public Query {
            Objects.requireNonNull(exposureType, "exposureType");
            Objects.requireNonNull(variantProperty, "variantProperty");
            Objects.requireNonNull(conversionType, "conversionType");
        }
    }

    /** A variant's customers, how many converted, the mean and sample standard deviation of their value, and crossovers among them. */
    public record VariantOutcome(String variant, long visitors, long converted, double meanValue, Double sdValue, long crossovers) {
    }

    /** Per variant (ordered by name, as Java compares strings), and the exposure events in the period that carried no variant. */
    public record Outcomes(List<VariantOutcome> variants, long exposuresWithoutVariant) {
    }

    public Outcomes read(Query q) {
        Map<String, Object> params = new HashMap<>();
        params.put("x_exposure", q.exposureType());
        params.put("x_conversion", q.conversionType());
        params.put("x_from", UtcTimes.toDb(q.from()));
        params.put("x_to", UtcTimes.toDb(q.to()));
        params.put("x_last", UtcTimes.toDb(q.to().plus(q.window())));
        params.put("x_window", q.window().toSeconds());
        String experiment = "";
        if (q.experiment() != null) {
            experiment = " AND " + dialect.jsonFieldEquals("e.properties", EXPERIMENT_PROPERTY, SqlDialect.JsonKind.STRING, "x_experiment");
            params.put("x_experiment", q.experiment());
        }
        if (q.segment() != null) {
            experiment += SegmentMembers.condition("e.customer_id", "x_segment");
            params.put("x_segment", q.segment());
        }
        String variant = dialect.jsonFieldText("e.properties", q.variantProperty());
        String exposures = "SELECT e.customer_id, e.occurred_at, " + variant + " AS variant FROM interaction_event e"
                + " WHERE e.type = :x_exposure AND e.occurred_at >= :x_from AND e.occurred_at < :x_to" + experiment;
        String sql = "WITH ex AS (" + exposures + "),"
                + " firsts AS (SELECT customer_id, MIN(occurred_at) AS t, COUNT(DISTINCT variant) AS variants FROM ex"
                + " WHERE variant IS NOT NULL GROUP BY customer_id),"
                + " assigned AS (SELECT f.customer_id, f.t, f.variants, MIN(x.variant) AS variant FROM firsts f"
                + " JOIN ex x ON x.customer_id = f.customer_id AND x.occurred_at = f.t AND x.variant IS NOT NULL"
                + " GROUP BY f.customer_id, f.t, f.variants),"
                + " conv AS (SELECT a.customer_id, SUM(COALESCE(e.value, 0)) AS v FROM assigned a"
                + " JOIN interaction_event e ON e.customer_id = a.customer_id"
                + " WHERE e.type = :x_conversion AND e.occurred_at >= :x_from AND e.occurred_at <= :x_last"
                + " AND e.occurred_at >= a.t AND e.occurred_at <= a.t + CAST(:x_window AS BIGINT) * INTERVAL '1 second'"
                + " GROUP BY a.customer_id)"
                + " SELECT a.variant, COUNT(*) AS visitors, SUM(CASE WHEN c.customer_id IS NULL THEN 0 ELSE 1 END) AS converted,"
                + " AVG(CAST(COALESCE(c.v, 0) AS DOUBLE PRECISION)) AS mean_value,"
                + " STDDEV_SAMP(CAST(COALESCE(c.v, 0) AS DOUBLE PRECISION)) AS sd_value,"
                + " SUM(CASE WHEN a.variants > 1 THEN 1 ELSE 0 END) AS crossovers"
                + " FROM assigned a LEFT JOIN conv c ON c.customer_id = a.customer_id GROUP BY a.variant";
        String unassigned = "SELECT COUNT(*) FROM (" + exposures + ") z WHERE z.variant IS NULL";
        List<VariantOutcome> variants = new ArrayList<>();
        long[] without = new long[1];
        readOnly.executeWithoutResult(status -> {
            dialect.analyticQuerySettings().forEach(setting -> jdbc.sql(setting).update());
            jdbc.sql(sql).params(params).query(rs -> {
                double sd = rs.getDouble("sd_value");
                Double sdValue = rs.wasNull() ? null : sd;
                variants.add(new VariantOutcome(rs.getString("variant"), rs.getLong("visitors"), rs.getLong("converted"),
                        rs.getDouble("mean_value"), sdValue, rs.getLong("crossovers")));
            });
            without[0] = jdbc.sql(unassigned).params(params).query(Long.class).single();
        });
        // Ordered here: the stores' collations order text differently.
        variants.sort(Comparator.comparing(VariantOutcome::variant));
        return new Outcomes(variants, without[0]);
    }
}
