package org.hamsafar.actions.sla;

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
import java.util.Optional;
import org.hamsafar.actions.CasePriority;
import org.hamsafar.shared.store.SegmentMembers;
import org.hamsafar.shared.store.UtcTimes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;
import org.springframework.stereotype.Repository;

/** Cases' SLA clocks ({@code cx_case_sla}), read together with the case times they are judged on. */
@Repository
class CaseSlaRepository {
    private static final String COLUMNS = "case_id, priority, first_response_minutes, resolution_minutes, started_at, first_response_due, "
            + "resolution_due, first_response_breached_at, resolution_breached_at, first_response_escalated_at, resolution_escalated_at, "
            + "computed_at, adopted_at";
    /** Ids per IN list: well below both stores' parameter limits. */
    private static final int CHUNK = 500;

    private final JdbcClient jdbc;

    CaseSlaRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a new clock; a clock that another writer stored meanwhile is kept. */
    void insert(CaseSlaClock clock) {
        jdbc.sql("INSERT INTO cx_case_sla (" + COLUMNS + ") VALUES (:id, :priority, :firstMinutes, :resolutionMinutes, :started, "
                        + ":firstDue, :resolutionDue, :firstBreached, :resolutionBreached, :firstEscalated, :resolutionEscalated, :computed, :adopted) "
                        + "ON CONFLICT (case_id) DO NOTHING")
                .params(values(clock)).update();
    }

    void update(CaseSlaClock clock) {
        jdbc.sql("""
                        UPDATE cx_case_sla SET priority = :priority, first_response_minutes = :firstMinutes,
                            resolution_minutes = :resolutionMinutes, started_at = :started, first_response_due = :firstDue,
                            resolution_due = :resolutionDue, first_response_breached_at = :firstBreached,
                            resolution_breached_at = :resolutionBreached, first_response_escalated_at = :firstEscalated,
                            resolution_escalated_at = :resolutionEscalated, computed_at = :computed,
                            adopted_at = :adopted
                        WHERE case_id = :id""")
                .params(values(clock)).update();
    }

    Optional<CaseSlaClock> find(long caseId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM cx_case_sla WHERE case_id = :id").param("id", caseId)
                .query(CaseSlaRepository::row).optional();
    }

    Map<Long, CaseSlaClock> find(Collection<Long> caseIds) {
        Map<Long, CaseSlaClock> found = new HashMap<>();
        List<Long> ids = new ArrayList<>(caseIds);
        for (int i = 0; i < ids.size(); i += CHUNK) {
            jdbc.sql("SELECT " + COLUMNS + " FROM cx_case_sla WHERE case_id IN (:ids)")
                    .param("ids", ids.subList(i, Math.min(ids.size(), i + CHUNK)))
                    .query(CaseSlaRepository::row).list()
                    .forEach(clock -> found.put(clock.caseId(), clock));
        }
        return found;
    }

    /**
     * Cases after {@code afterId} with a target that still runs, is overdue at {@code now} and has
     * not been escalated: what the breach check escalates.
     */
    List<Long> overdueUnescalated(Instant now, long afterId, int limit) {
        return jdbc.sql("""
                        SELECT s.case_id FROM cx_case_sla s JOIN cx_case c ON c.id = s.case_id
                        WHERE s.case_id > :after AND c.closed_at IS NULL AND (
                            (s.first_response_escalated_at IS NULL AND c.first_response_at IS NULL AND s.first_response_due < :now)
                            OR (s.resolution_escalated_at IS NULL AND c.resolved_at IS NULL AND s.resolution_due < :now))
                        ORDER BY s.case_id LIMIT :limit""")
                .param("after", afterId).param("now", UtcTimes.toDb(now)).param("limit", limit)
                .query(Long.class).list();
    }

    /** Cases without a clock (opened before SLAs existed), oldest first. */
    List<Long> casesWithoutClock(int limit) {
        return jdbc.sql("SELECT c.id FROM cx_case c LEFT JOIN cx_case_sla s ON s.case_id = c.id WHERE s.case_id IS NULL "
                        + "ORDER BY c.id LIMIT :limit")
                .param("limit", limit).query(Long.class).list();
    }

    /** Cases after {@code afterId} that are not closed and have a clock: those whose clocks new settings may move. */
    List<Long> openCasesWithClock(long afterId, int limit) {
        return jdbc.sql("SELECT s.case_id FROM cx_case_sla s JOIN cx_case c ON c.id = s.case_id "
                        + "WHERE s.case_id > :after AND c.closed_at IS NULL ORDER BY s.case_id LIMIT :limit")
                .param("after", afterId).param("limit", limit).query(Long.class).list();
    }

    /**
     * Per team, over cases opened in [{@code from}, {@code to}): how many targets were met and
     * breached as of {@code now}. The conditions are those of {@link CaseSlaClock#state}: breached
     * when recorded so, reached or closed after the due time, or still running past it.
     */
    List<TeamSlaRate> ratesByTeam(Instant from, Instant to, String segment, Instant now) {
        String firstBreached = "(s.first_response_breached_at IS NOT NULL OR COALESCE(c.first_response_at, c.closed_at) > s.first_response_due "
                + "OR (c.first_response_at IS NULL AND c.closed_at IS NULL AND s.first_response_due < :now))";
        String resolutionBreached = "(s.resolution_breached_at IS NOT NULL OR COALESCE(c.resolved_at, c.closed_at) > s.resolution_due "
                + "OR (c.resolved_at IS NULL AND c.closed_at IS NULL AND s.resolution_due < :now))";
        String sql = "SELECT c.team AS team, COUNT(*) AS cases, "
                + "CAST(SUM(CASE WHEN " + firstBreached + " THEN 1 ELSE 0 END) AS BIGINT) AS first_breached, "
                + "CAST(SUM(CASE WHEN NOT " + firstBreached + " AND c.first_response_at IS NOT NULL THEN 1 ELSE 0 END) AS BIGINT) AS first_met, "
                + "CAST(SUM(CASE WHEN " + resolutionBreached + " THEN 1 ELSE 0 END) AS BIGINT) AS resolution_breached, "
                + "CAST(SUM(CASE WHEN NOT " + resolutionBreached + " AND c.resolved_at IS NOT NULL THEN 1 ELSE 0 END) AS BIGINT) AS resolution_met "
                + "FROM cx_case c JOIN cx_case_sla s ON s.case_id = c.id "
                + "WHERE c.created_at >= :from AND c.created_at < :to"
                + SegmentMembers.optionalCondition(segment, "c.customer_id", "segment") + " GROUP BY c.team ORDER BY c.team";
        StatementSpec statement = jdbc.sql(sql).param("from", UtcTimes.toDb(from)).param("to", UtcTimes.toDb(to)).param("now", UtcTimes.toDb(now));
        return SegmentMembers.bind(statement, "segment", segment)
                .query((rs, n) -> new TeamSlaRate(rs.getString("team"), rs.getLong("cases"), rs.getLong("first_met"),
                        rs.getLong("first_breached"), rs.getLong("resolution_met"), rs.getLong("resolution_breached")))
                .list();
    }

    private static Map<String, Object> values(CaseSlaClock c) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("id", c.caseId());
        v.put("priority", c.priority().key());
        v.put("firstMinutes", c.firstResponseMinutes());
        v.put("resolutionMinutes", c.resolutionMinutes());
        v.put("started", UtcTimes.toDb(c.startedAt()));
        v.put("firstDue", UtcTimes.toDb(c.firstResponseDue()));
        v.put("resolutionDue", UtcTimes.toDb(c.resolutionDue()));
        v.put("firstBreached", UtcTimes.toDb(c.firstResponseBreachedAt()));
        v.put("resolutionBreached", UtcTimes.toDb(c.resolutionBreachedAt()));
        v.put("firstEscalated", UtcTimes.toDb(c.firstResponseEscalatedAt()));
        v.put("resolutionEscalated", UtcTimes.toDb(c.resolutionEscalatedAt()));
        v.put("computed", UtcTimes.toDb(c.computedAt()));
        v.put("adopted", UtcTimes.toDb(c.adoptedAt()));
        return v;
    }

    private static Instant time(ResultSet rs, String column) throws SQLException {
        return UtcTimes.fromDb(rs.getObject(column, LocalDateTime.class));
    }

    private static CaseSlaClock row(ResultSet rs, int n) throws SQLException {
        return new CaseSlaClock(rs.getLong("case_id"), CasePriority.fromKey(rs.getString("priority")).orElseThrow(),
                rs.getInt("first_response_minutes"), rs.getInt("resolution_minutes"), time(rs, "started_at"),
                time(rs, "first_response_due"), time(rs, "resolution_due"), time(rs, "first_response_breached_at"),
                time(rs, "resolution_breached_at"), time(rs, "first_response_escalated_at"), time(rs, "resolution_escalated_at"),
                time(rs, "computed_at"), time(rs, "adopted_at"));
    }
}
