package org.hamsafar.actions.measures;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hamsafar.actions.sla.BreachedCases;
import org.hamsafar.shared.store.SegmentMembers;
import org.hamsafar.shared.store.UtcTimes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;
import org.springframework.stereotype.Repository;

/**
 * The SQL of the measures over cases ({@code cx_case}) and rule matches ({@code alert_trigger}).
 * The database counts and takes the medians; per team and in total in one pass (ROLLUP, where
 * GROUPING tells the total row from the row of cases without a team).
 *
 * <p>Medians use the ordered-set form {@code percentile_cont(0.5) WITHIN GROUP (ORDER BY ...)},
 * which PostgreSQL and DuckDB (2.0) both accept, so no dialect branch is needed; it ignores the
 * nulls of cases without the time. Durations are differences of epoch seconds, which both stores
 * compute alike for zoneless UTC timestamps.
 */
@Repository
class MeasuresQueries {
    private static final String IN_PERIOD = "(c.created_at >= :from AND c.created_at < :to)";
    private static final String OPEN = "c.state IN ('new', 'acknowledged', 'in_progress')";
    private static final String RESOLVED_IN_PERIOD = "(c.resolved_at >= :from AND c.resolved_at < :to)";

    private final JdbcClient jdbc;

    MeasuresQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One row of case figures: a team's, or the total ({@code total} true). */
    record CaseRow(String team, boolean total, LoopFigures.CaseCounts counts, LoopFigures.Median firstResponse,
                   LoopFigures.Median resolution, LoopFigures.Share breached) {
    }

    /** A response that opened or joined a case of {@code team} (null: a case without a team). */
    record TriggeringResponse(UUID responseId, String team) {
    }

    /** A team's closed-loop share; {@code total} for the row over all teams in scope. */
    record LoopRow(String team, boolean total, LoopFigures.Share share) {
    }

    List<CaseRow> caseRows(MeasuresScope scope) {
        String sql = "SELECT c.team AS team, GROUPING(c.team) AS total, "
                + "COUNT(CASE WHEN " + IN_PERIOD + " THEN 1 END) AS opened, "
                + "COUNT(CASE WHEN " + RESOLVED_IN_PERIOD + " THEN 1 END) AS resolved, "
                + "COUNT(CASE WHEN " + OPEN + " THEN 1 END) AS open_now, "
                + "COUNT(CASE WHEN " + IN_PERIOD + " AND c.first_response_at IS NOT NULL THEN 1 END) AS responded, "
                + median(hours("c.first_response_at")) + " AS first_response_hours, "
                + "COUNT(CASE WHEN " + IN_PERIOD + " AND c.resolved_at IS NOT NULL THEN 1 END) AS resolved_opened, "
                + median(hours("c.resolved_at")) + " AS resolution_hours, "
                + "COUNT(CASE WHEN " + IN_PERIOD + " AND b.case_id IS NOT NULL THEN 1 END) AS breached "
                + "FROM cx_case c LEFT JOIN (" + BreachedCases.IDS + ") b ON b.case_id = c.id "
                + "WHERE (" + IN_PERIOD + " OR " + RESOLVED_IN_PERIOD + " OR " + OPEN + ")"
                + scoped(scope)
                + " GROUP BY ROLLUP(c.team)";
        return bind(jdbc.sql(sql), scope).query((rs, n) -> {
            long opened = rs.getLong("opened");
            return new CaseRow(rs.getString("team"), rs.getInt("total") == 1,
                    new LoopFigures.CaseCounts(opened, rs.getLong("resolved"), rs.getLong("open_now")),
                    new LoopFigures.Median(hoursOf(rs, "first_response_hours"), rs.getLong("responded")),
                    new LoopFigures.Median(hoursOf(rs, "resolution_hours"), rs.getLong("resolved_opened")),
                    new LoopFigures.Share(rs.getLong("breached"), opened));
        }).list();
    }

    /**
     * Of the distinct responses that opened or joined a case by a rule match in the period, those
     * whose cases are all resolved or closed now: per team (a response whose cases belong to two
     * teams counts in both) and in total (once).
     */
    List<LoopRow> closedLoopRows(MeasuresScope scope) {
        String items = "SELECT t.item_ref, %s MIN(CASE WHEN c.state IN ('resolved', 'closed') THEN 1 ELSE 0 END) AS closed "
                + "FROM alert_trigger t JOIN cx_case c ON c.id = t.case_id "
                + "WHERE t.item_kind = 'response' AND t.triggered_at >= :from AND t.triggered_at < :to"
                + scoped(scope)
                + " GROUP BY t.item_ref %s";
        String perTeam = "SELECT team, COUNT(*) AS responses, COUNT(CASE WHEN closed = 1 THEN 1 END) AS closed_loop FROM ("
                + items.formatted("c.team AS team,", ", c.team") + ") x GROUP BY team";
        String total = "SELECT COUNT(*) AS responses, COUNT(CASE WHEN closed = 1 THEN 1 END) AS closed_loop FROM ("
                + items.formatted("", "") + ") x";
        List<LoopRow> rows = new ArrayList<>(bind(jdbc.sql(perTeam), scope)
                .query((rs, n) -> new LoopRow(rs.getString("team"), false, share(rs))).list());
        rows.add(bind(jdbc.sql(total), scope).query((rs, n) -> new LoopRow(null, true, share(rs))).single());
        return rows;
    }

    /** The responses that opened or joined a case by a rule match in the period, with the case's team. */
    List<TriggeringResponse> triggeringResponses(MeasuresScope scope) {
        String sql = "SELECT DISTINCT t.item_ref, c.team FROM alert_trigger t JOIN cx_case c ON c.id = t.case_id "
                + "WHERE t.item_kind = 'response' AND t.triggered_at >= :from AND t.triggered_at < :to"
                + scoped(scope);
        return bind(jdbc.sql(sql), scope)
                .query((rs, n) -> new TriggeringResponse(responseId(rs.getString("item_ref")), rs.getString("team"))).list()
                .stream().filter(r -> r.responseId() != null).toList();
    }

    /** "response:<uuid>" as the rules write it; null for anything else. */
    static UUID responseId(String itemRef) {
        if (itemRef == null || !itemRef.startsWith("response:")) {
            return null;
        }
        try {
            return UUID.fromString(itemRef.substring("response:".length()));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Hours from the case's creation to {@code column}, for cases opened in the period (null otherwise or without the time). */
    private static String hours(String column) {
        return "CASE WHEN " + IN_PERIOD + " THEN CAST((EXTRACT(EPOCH FROM " + column + ") - EXTRACT(EPOCH FROM c.created_at)) / 3600.0 "
                + "AS DOUBLE PRECISION) END";
    }

    private static String median(String expression) {
        return "percentile_cont(0.5) WITHIN GROUP (ORDER BY " + expression + ")";
    }

    /** The team and segment conditions on the case {@code c}, to append to a WHERE clause. */
    private static String scoped(MeasuresScope scope) {
        return (scope.team() == null ? "" : " AND c.team = :team")
                + SegmentMembers.optionalCondition(scope.segment(), "c.customer_id", "segment");
    }

    private static StatementSpec bind(StatementSpec statement, MeasuresScope scope) {
        StatementSpec bound = statement.param("from", UtcTimes.toDb(scope.from())).param("to", UtcTimes.toDb(scope.to()));
        if (scope.team() != null) {
            bound = bound.param("team", scope.team());
        }
        return SegmentMembers.bind(bound, "segment", scope.segment());
    }

    private static LoopFigures.Share share(ResultSet rs) throws SQLException {
        return new LoopFigures.Share(rs.getLong("closed_loop"), rs.getLong("responses"));
    }

    private static Double hoursOf(ResultSet rs, String column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }
}
