package org.hamsafar.journeys.peakend;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hamsafar.shared.store.UtcTimes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Runs the peak-end SQL of {@link JourneySql} and reads its aggregates: the database groups moments
 * into journeys, finds peaks and ends, and computes the correlations, regressions, ranks and
 * placement values the statistics need; Java only finishes formulas on a handful of numbers.
 */
@Repository
class PeakEndQueries {
    /** Bins of the histogram of peak-end scores: 20 of width 0.1 from -1 to +1 (the last includes +1). */
    static final int BINS = 20;

    private final JdbcClient jdbc;

    PeakEndQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The survey versions with rating answers among the scope's moments. */
    List<RatingScales.Version> ratingVersions(JourneySql.Scope scope) {
        Map<String, Object> params = new HashMap<>();
        String sql = JourneySql.ratingVersions(scope, params);
        return jdbc.sql(sql).params(params).query((rs, n) -> new RatingScales.Version(rs.getLong(1), rs.getInt(2))).list();
    }

    /** The aggregates of one question, in one row: summary, histogram and both prediction checks. */
    record Aggregates(long journeys, long customers, long moments, Double meanPeakEnd, Double meanAverage, long peakEndBelowAverage,
                      long[] bins, NpsFit nps, AucFit auc) {
    }

    /**
     * The next-NPS check's aggregates over the journeys with a next NPS answer: Pearson r of each
     * predictor with the answer and between the predictors ({@code rPredictors}), the same on mid-ranks
     * (Spearman), each least-squares line and its mean absolute error, and the error of predicting
     * the mean answer for everyone. Null where undefined (no variance, no journeys).
     */
    record NpsFit(long n, Double rPeakEnd, Double rAverage, Double rPredictors, Double rhoPeakEnd, Double rhoAverage,
                  Double slopePeakEnd, Double interceptPeakEnd, Double slopeAverage, Double interceptAverage,
                  Double maePeakEnd, Double maeAverage, Double maeBaseline, Double meanNps) {
    }

    /**
     * The repurchase check's aggregates over journeys whose horizon has passed: counts, each
     * predictor's AUC, and the variances and covariances of the DeLong placement values among buyers
     * ({@code 10}) and non-buyers ({@code 01}).
     */
    record AucFit(long n, long positives, Double aucPeakEnd, Double aucAverage, Double s10PeakEnd, Double s10Average, Double c10,
                  Double s01PeakEnd, Double s01Average, Double c01) {
    }

    Aggregates aggregates(JourneySql.Scope scope) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder sql = new StringBuilder(JourneySql.outcomes(scope, params));
        sql.append(",\nbinned AS (SELECT o.*, LEAST(").append(BINS - 1).append(", CAST(FLOOR((peak_end + 1) * ").append(BINS / 2)
                .append(" + 0.000001) AS INTEGER)) AS bin FROM outcome o),\n")
                .append("summary AS (SELECT COUNT(*) AS journeys, COUNT(DISTINCT customer_id) AS customers, COALESCE(SUM(moments), 0) AS moment_count,")
                .append(" AVG(peak_end) AS mean_peak_end, AVG(average) AS mean_average,")
                .append(" COALESCE(SUM(CASE WHEN peak_end < average THEN 1 ELSE 0 END), 0) AS below");
        for (int b = 0; b < BINS; b++) {
            sql.append(", COUNT(CASE WHEN bin = ").append(b).append(" THEN 1 END) AS b").append(b);
        }
        sql.append(" FROM binned),\n")
                .append("nps_sample AS (SELECT peak_end, average, CAST(next_nps AS DOUBLE PRECISION) AS y FROM outcome WHERE next_nps IS NOT NULL),\n")
                .append("nps_ranked AS (SELECT s.*, ").append(midRank("peak_end", null)).append(" AS q_pe, ").append(midRank("average", null))
                .append(" AS q_avg, ").append(midRank("y", null)).append(" AS q_y FROM nps_sample s),\n")
                .append("nps_fit AS (SELECT COUNT(*) AS nps_n, ").append(corr("peak_end", "y")).append(" AS r_pe, ").append(corr("average", "y"))
                .append(" AS r_avg, ").append(corr("peak_end", "average")).append(" AS r_x, ").append(corr("q_pe", "q_y")).append(" AS rho_pe, ")
                .append(corr("q_avg", "q_y")).append(" AS rho_avg, ")
                .append(fitted("REGR_SLOPE", "peak_end")).append(" AS slope_pe, ").append(fitted("REGR_INTERCEPT", "peak_end")).append(" AS icpt_pe, ")
                .append(fitted("REGR_SLOPE", "average")).append(" AS slope_avg, ").append(fitted("REGR_INTERCEPT", "average")).append(" AS icpt_avg, ")
                .append("AVG(y) AS mean_y FROM nps_ranked),\n")
                .append("nps_error AS (SELECT AVG(ABS(s.y - (COALESCE(f.icpt_pe, f.mean_y) + COALESCE(f.slope_pe, 0) * s.peak_end))) AS mae_pe,")
                .append(" AVG(ABS(s.y - (COALESCE(f.icpt_avg, f.mean_y) + COALESCE(f.slope_avg, 0) * s.average))) AS mae_avg,")
                .append(" AVG(ABS(s.y - f.mean_y)) AS mae_base FROM nps_sample s CROSS JOIN nps_fit f),\n")
                .append("auc_sample AS (SELECT peak_end, average, repurchased AS pos FROM outcome WHERE repurchased IS NOT NULL),\n")
                // Below-count of each journey among the other group: its mid-rank among all minus its mid-rank in its own group.
                .append("auc_ranked AS (SELECT pos, ").append(midRank("peak_end", null)).append(" - ").append(midRank("peak_end", "pos"))
                .append(" AS below_pe, ").append(midRank("average", null)).append(" - ").append(midRank("average", "pos"))
                .append(" AS below_avg, COUNT(*) OVER () - COUNT(*) OVER (PARTITION BY pos) AS others FROM auc_sample),\n")
                .append("auc_placed AS (SELECT pos, CASE WHEN pos = 1 THEN below_pe / others ELSE 1 - below_pe / others END AS v_pe,")
                .append(" CASE WHEN pos = 1 THEN below_avg / others ELSE 1 - below_avg / others END AS v_avg FROM auc_ranked WHERE others > 0),\n")
                .append("auc_fit AS (SELECT AVG(CASE WHEN pos = 1 THEN v_pe END) AS auc_pe, AVG(CASE WHEN pos = 1 THEN v_avg END) AS auc_avg,")
                .append(" VAR_SAMP(CASE WHEN pos = 1 THEN v_pe END) AS s10_pe, VAR_SAMP(CASE WHEN pos = 1 THEN v_avg END) AS s10_avg,")
                .append(" COVAR_SAMP(CASE WHEN pos = 1 THEN v_pe END, CASE WHEN pos = 1 THEN v_avg END) AS c10,")
                .append(" VAR_SAMP(CASE WHEN pos = 0 THEN v_pe END) AS s01_pe, VAR_SAMP(CASE WHEN pos = 0 THEN v_avg END) AS s01_avg,")
                .append(" COVAR_SAMP(CASE WHEN pos = 0 THEN v_pe END, CASE WHEN pos = 0 THEN v_avg END) AS c01 FROM auc_placed),\n")
                .append("auc_counts AS (SELECT COUNT(*) AS auc_n, COALESCE(SUM(pos), 0) AS auc_pos FROM auc_sample)\n")
                .append("SELECT * FROM summary CROSS JOIN nps_fit CROSS JOIN nps_error CROSS JOIN auc_fit CROSS JOIN auc_counts");
        return jdbc.sql(sql.toString()).params(params).query((rs, n) -> {
            long[] bins = new long[BINS];
            for (int b = 0; b < BINS; b++) {
                bins[b] = rs.getLong("b" + b);
            }
            NpsFit nps = new NpsFit(rs.getLong("nps_n"), number(rs, "r_pe"), number(rs, "r_avg"), number(rs, "r_x"), number(rs, "rho_pe"),
                    number(rs, "rho_avg"), number(rs, "slope_pe"), number(rs, "icpt_pe"), number(rs, "slope_avg"), number(rs, "icpt_avg"),
                    number(rs, "mae_pe"), number(rs, "mae_avg"), number(rs, "mae_base"), number(rs, "mean_y"));
            AucFit auc = new AucFit(rs.getLong("auc_n"), rs.getLong("auc_pos"), number(rs, "auc_pe"), number(rs, "auc_avg"),
                    number(rs, "s10_pe"), number(rs, "s10_avg"), number(rs, "c10"), number(rs, "s01_pe"), number(rs, "s01_avg"), number(rs, "c01"));
            return new Aggregates(rs.getLong("journeys"), rs.getLong("customers"), rs.getLong("moment_count"), number(rs, "mean_peak_end"),
                    number(rs, "mean_average"), rs.getLong("below"), bins, nps, auc);
        }).single();
    }

    /** How many journeys with a next NPS answer fall in each cell of (predictor rounded to 0.1, answer). */
    record Cell(String predictor, double x, int nps, long journeys) {
    }

    List<Cell> scatter(JourneySql.Scope scope) {
        Map<String, Object> params = new HashMap<>();
        String sql = JourneySql.outcomes(scope, params) + """
                ,
                cells AS (SELECT 'peakEnd' AS predictor, CAST(FLOOR(peak_end * 10 + 0.5) AS INTEGER) AS x10, next_nps FROM outcome WHERE next_nps IS NOT NULL
                    UNION ALL SELECT 'average', CAST(FLOOR(average * 10 + 0.5) AS INTEGER), next_nps FROM outcome WHERE next_nps IS NOT NULL)
                SELECT predictor, x10, next_nps, COUNT(*) AS journeys FROM cells GROUP BY predictor, x10, next_nps ORDER BY predictor, x10, next_nps""";
        return jdbc.sql(sql).params(params)
                .query((rs, n) -> new Cell(rs.getString(1), rs.getInt(2) / 10.0, rs.getInt(3), rs.getLong(4))).list();
    }

    /** One journey as the database summed it up, with its peak and end moments and its outcomes. */
    record JourneyRow(long customerId, long journeyNo, int moments, Instant firstAt, Instant lastAt, double average, double peakEnd,
                      PeakEndReport.Moment peak, PeakEndReport.Moment end, Integer nextNps, Instant nextNpsAt, Boolean repurchased) {
    }

    /** The {@code limit} journeys with the lowest peak-end score; ties: the most recent first. */
    List<JourneyRow> worst(JourneySql.Scope scope, int limit) {
        Map<String, Object> params = new HashMap<>();
        String sql = JourneySql.outcomes(scope, params) + "\nSELECT * FROM outcome ORDER BY peak_end, last_at DESC, customer_id LIMIT " + limit;
        return jdbc.sql(sql).params(params).query((rs, n) -> journey(rs)).list();
    }

    /** A journey of one customer with all its moments in time order. */
    record JourneyWithMoments(JourneyRow journey, List<PeakEndReport.Moment> moments, int peakIndex, int endIndex) {
    }

    /**
     * Up to {@code limit} of the customer's journeys that ended before {@code before} (null: any),
     * latest first, each with its moments.
     */
    List<JourneyWithMoments> ofCustomer(JourneySql.Scope scope, Instant before, int limit) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder sql = new StringBuilder(JourneySql.outcomes(scope, params));
        sql.append(",\nchosen AS (SELECT * FROM outcome");
        if (before != null) {
            sql.append(" WHERE last_at < :before");
            params.put("before", UtcTimes.toDb(before));
        }
        sql.append(" ORDER BY last_at DESC LIMIT ").append(limit).append(")\n")
                .append("SELECT c.*, m.source AS m_source, m.source_id AS m_source_id, m.moment_at AS m_at, m.channel AS m_channel,")
                .append(" m.touchpoint AS m_touchpoint, m.intensity AS m_intensity, m.measures AS m_measures, m.peak_rank AS m_peak_rank,")
                .append(" m.end_rank AS m_end_rank FROM chosen c JOIN placed m ON m.customer_id = c.customer_id AND m.journey_no = c.journey_no")
                .append(" ORDER BY c.last_at DESC, m.moment_at, m.source, m.source_id");
        Map<Long, JourneyRow> journeys = new LinkedHashMap<>();
        Map<Long, List<PeakEndReport.Moment>> moments = new LinkedHashMap<>();
        Map<Long, int[]> roles = new HashMap<>();
        jdbc.sql(sql.toString()).params(params).query(rs -> {
            long no = rs.getLong("journey_no");
            if (!journeys.containsKey(no)) {
                journeys.put(no, journey(rs));
            }
            List<PeakEndReport.Moment> list = moments.computeIfAbsent(no, k -> new ArrayList<>());
            int[] role = roles.computeIfAbsent(no, k -> new int[] {-1, -1});
            if (rs.getLong("m_peak_rank") == 1) {
                role[0] = list.size();
            }
            if (rs.getLong("m_end_rank") == 1) {
                role[1] = list.size();
            }
            list.add(new PeakEndReport.Moment(time(rs, "m_at"), rs.getString("m_source"), rs.getString("m_source_id"),
                    rs.getString("m_channel"), rs.getString("m_touchpoint"), PeakEndReport.round(rs.getDouble("m_intensity")),
                    MomentScale.measures(rs.getInt("m_measures"))));
        });
        List<JourneyWithMoments> out = new ArrayList<>();
        journeys.forEach((no, journey) -> out.add(new JourneyWithMoments(journey, moments.get(no), roles.get(no)[0], roles.get(no)[1])));
        return out;
    }

    private static JourneyRow journey(ResultSet rs) throws SQLException {
        Object repurchased = rs.getObject("repurchased");
        Object nextNps = rs.getObject("next_nps");
        return new JourneyRow(rs.getLong("customer_id"), rs.getLong("journey_no"), rs.getInt("moments"), time(rs, "first_at"),
                time(rs, "last_at"), PeakEndReport.round(rs.getDouble("average")), PeakEndReport.round(rs.getDouble("peak_end")),
                moment(rs, "peak"), moment(rs, "end"), nextNps == null ? null : ((Number) nextNps).intValue(), time(rs, "next_nps_at"),
                repurchased == null ? null : ((Number) repurchased).intValue() == 1);
    }

    private static PeakEndReport.Moment moment(ResultSet rs, String role) throws SQLException {
        return new PeakEndReport.Moment(time(rs, role + "_at"), rs.getString(role + "_source"), rs.getString(role + "_source_id"),
                rs.getString(role + "_channel"), rs.getString(role + "_touchpoint"), PeakEndReport.round(rs.getDouble(role + "_value")),
                MomentScale.measures(rs.getInt(role + "_measures")));
    }

    private static Instant time(ResultSet rs, String column) throws SQLException {
        return UtcTimes.fromDb(rs.getObject(column, LocalDateTime.class));
    }

    /** A number that may be NULL, or NaN (DuckDB's answer for some undefined statistics): both null. */
    private static Double number(ResultSet rs, String column) throws SQLException {
        Object value = rs.getObject(column);
        if (!(value instanceof Number number)) {
            return null;
        }
        double d = number.doubleValue();
        return Double.isNaN(d) || Double.isInfinite(d) ? null : d;
    }

    /**
     * The mid-rank of {@code x} (ties share the mean of their ranks), among all rows or within
     * {@code partition}: RANK gives the lowest rank of a tie, half the tie's size minus one is added.
     */
    private static String midRank(String x, String partition) {
        String by = partition == null ? "" : "PARTITION BY " + partition + " ";
        String ties = partition == null ? "PARTITION BY " + x : "PARTITION BY " + partition + ", " + x;
        return "CAST(RANK() OVER (" + by + "ORDER BY " + x + ") + (COUNT(*) OVER (" + ties + ") - 1) / 2.0 AS DOUBLE PRECISION)";
    }

    /** Pearson r, or null when either side has no variance (DuckDB would answer NaN, PostgreSQL NULL). */
    private static String corr(String x, String y) {
        return "CASE WHEN VAR_POP(" + x + ") > 0 AND VAR_POP(" + y + ") > 0 THEN CORR(" + x + ", " + y + ") END";
    }

    /** A least-squares coefficient of y on {@code x}, or null when {@code x} has no variance. */
    private static String fitted(String function, String x) {
        return "CASE WHEN VAR_POP(" + x + ") > 0 THEN " + function + "(y, " + x + ") END";
    }
}
