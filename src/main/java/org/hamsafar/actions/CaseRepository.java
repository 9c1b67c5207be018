package org.hamsafar.actions;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hamsafar.shared.store.SequenceBlocks;
import org.hamsafar.shared.store.UtcTimes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Cases ({@code cx_case}), their history and their notes. */
@Repository
class CaseRepository {

    private static final String COLUMNS = "id, customer_id, title, description, state, priority, team, assignee, origin, origin_ref, rule_id, "
            + "root_cause, resolution, created_at, created_by, updated_at, first_response_at, resolved_at, closed_at";

    private final JdbcClient jdbc;
    private final SequenceBlocks ids;

    CaseRepository(JdbcClient jdbc, SequenceBlocks ids) {
        this.jdbc = jdbc;
        this.ids = ids;
    }

    long nextId() {
        return ids.next("cx_case_seq", 1).get(0);
    }

    void insert(CxCase c) {
        jdbc.sql("INSERT INTO cx_case (" + COLUMNS + ") VALUES (:id, :customer, :title, :description, :state, :priority, :team, "
                        + ":assignee, :origin, :originRef, :rule, :rootCause, :resolution, :created, :createdBy, :updated, :firstResponse, "
                        + ":resolved, :closed)")
                .params(values(c)).update();
    }

    void update(CxCase c) {
        jdbc.sql("""
                        UPDATE cx_case SET state = :state, priority = :priority, team = :team, assignee = :assignee,
                            root_cause = :rootCause, resolution = :resolution, updated_at = :updated,
                            first_response_at = :firstResponse, resolved_at = :resolved, closed_at = :closed
                        WHERE id = :id""")
                .params(values(c)).update();
    }

    private static Map<String, Object> values(CxCase c) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("id", c.id());
        v.put("customer", c.customerId());
        v.put("title", c.title());
        v.put("description", c.description());
        v.put("state", c.state().key());
        v.put("priority", c.priority().key());
        v.put("team", c.team());
        v.put("assignee", c.assignee());
        v.put("origin", c.origin());
        v.put("originRef", c.originRef());
        v.put("rule", c.ruleId());
        v.put("rootCause", c.rootCause());
        v.put("resolution", c.resolution());
        v.put("created", UtcTimes.toDb(c.createdAt()));
        v.put("createdBy", c.createdBy());
        v.put("updated", UtcTimes.toDb(c.updatedAt()));
        v.put("firstResponse", c.firstResponseAt() == null ? null : UtcTimes.toDb(c.firstResponseAt()));
        v.put("resolved", c.resolvedAt() == null ? null : UtcTimes.toDb(c.resolvedAt()));
        v.put("closed", c.closedAt() == null ? null : UtcTimes.toDb(c.closedAt()));
        return v;
    }

    Optional<CxCase> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM cx_case WHERE id = :id").param("id", id).query(CaseRepository::row).optional();
    }

    Optional<CxCase> openOfRule(Long customerId, long ruleId) {
        String customer = customerId == null ? "customer_id IS NULL" : "customer_id = :customer";
        var statement = jdbc.sql("SELECT " + COLUMNS + " FROM cx_case WHERE " + customer + " AND rule_id = :rule "
                        + "AND state IN ('new', 'acknowledged', 'in_progress') ORDER BY id DESC LIMIT 1")
                .param("rule", ruleId);
        if (customerId != null) {
            statement = statement.param("customer", customerId);
        }
        return statement.query(CaseRepository::row).optional();
    }

    /** Newest first, after the case {@code beforeId} (a cursor), with the filters that are set. */
    List<CxCase> list(CaseFilter filter, Long beforeId, int limit) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM cx_case WHERE 1 = 1");
        Map<String, Object> params = new LinkedHashMap<>();
        condition(sql, params, "customer_id", "customer", filter.customerId());
        condition(sql, params, "state", "state", filter.state() == null ? null : filter.state().key());
        condition(sql, params, "team", "team", filter.team());
        condition(sql, params, "assignee", "assignee", filter.assignee());
        condition(sql, params, "priority", "priority", filter.priority() == null ? null : filter.priority().key());
        if (filter.breached() != null) {
            sql.append(filter.breached() ? " AND id IN (" : " AND id NOT IN (").append(org.hamsafar.actions.sla.BreachedCases.IDS).append(")");
        }
        if (filter.assigned() != null) {
            sql.append(filter.assigned() ? " AND assignee IS NOT NULL" : " AND assignee IS NULL");
        }
        if (beforeId != null) {
            sql.append(" AND id < :before");
            params.put("before", beforeId);
        }
        sql.append(" ORDER BY id DESC LIMIT :limit");
        params.put("limit", limit);
        return jdbc.sql(sql.toString()).params(params).query(CaseRepository::row).list();
    }

    private static void condition(StringBuilder sql, Map<String, Object> params, String column, String name, Object value) {
        if (value != null) {
            sql.append(" AND ").append(column).append(" = :").append(name);
            params.put(name, value);
        }
    }

    void addHistory(long caseId, Instant at, String actor, String change, String from, String to) {
        jdbc.sql("INSERT INTO cx_case_history (case_id, changed_at, actor, change, from_value, to_value) "
                        + "VALUES (:id, :at, :actor, :change, :from, :to)")
                .param("id", caseId).param("at", UtcTimes.toDb(at)).param("actor", actor).param("change", change)
                .param("from", clip(from)).param("to", clip(to)).update();
    }

    List<CaseChange> history(long caseId) {
        return jdbc.sql("SELECT changed_at, actor, change, from_value, to_value FROM cx_case_history WHERE case_id = :id "
                        + "ORDER BY changed_at, change")
                .param("id", caseId)
                .query((rs, n) -> new CaseChange(time(rs, "changed_at"), rs.getString("actor"), rs.getString("change"),
                        rs.getString("from_value"), rs.getString("to_value")))
                .list();
    }

    CaseNote addNote(long caseId, String author, Instant at, String text) {
        long id = ids.next("cx_case_note_seq", 1).get(0);
        jdbc.sql("INSERT INTO cx_case_note (id, case_id, author, created_at, text) VALUES (:id, :case, :author, :at, :text)")
                .param("id", id).param("case", caseId).param("author", author).param("at", UtcTimes.toDb(at)).param("text", text)
                .update();
        return new CaseNote(id, author, at, text);
    }

    List<CaseNote> notes(long caseId) {
        return jdbc.sql("SELECT id, author, created_at, text FROM cx_case_note WHERE case_id = :id ORDER BY id")
                .param("id", caseId)
                .query((rs, n) -> new CaseNote(rs.getLong("id"), rs.getString("author"), time(rs, "created_at"), rs.getString("text")))
                .list();
    }

    void moveCustomer(long from, long to) {
        jdbc.sql("UPDATE cx_case SET customer_id = :to WHERE customer_id = :from").param("to", to).param("from", from).update();
    }

    List<Long> idsOf(long customerId) {
        return jdbc.sql("SELECT id FROM cx_case WHERE customer_id = :c ORDER BY id").param("c", customerId).query(Long.class).list();
    }

    /** Erasure: the customer's cases lose the link and the free texts that may describe them; notes go. */
    void eraseCustomer(long customerId) {
        List<Long> cases = idsOf(customerId);
        if (cases.isEmpty()) {
            return;
        }
        jdbc.sql("DELETE FROM cx_case_note WHERE case_id IN (:ids)").param("ids", cases).update();
        // The history quotes notes and resolutions: those quotes go too.
        jdbc.sql("UPDATE cx_case_history SET from_value = NULL, to_value = NULL WHERE case_id IN (:ids) AND change IN ('note', 'resolution')")
                .param("ids", cases).update();
        jdbc.sql("UPDATE cx_case SET customer_id = NULL, description = NULL, resolution = NULL WHERE id IN (:ids)")
                .param("ids", cases).update();
    }


    private static String clip(String value) {
        return value == null || value.length() <= 200 ? value : value.substring(0, 197) + "...";
    }

    private static Instant time(ResultSet rs, String column) throws SQLException {
        LocalDateTime value = rs.getObject(column, LocalDateTime.class);
        return value == null ? null : UtcTimes.fromDb(value);
    }

    private static CxCase row(ResultSet rs, int n) throws SQLException {
        return new CxCase(rs.getLong("id"), (Long) rs.getObject("customer_id", Long.class), rs.getString("title"),
                rs.getString("description"), CaseState.fromKey(rs.getString("state")).orElseThrow(),
                CasePriority.fromKey(rs.getString("priority")).orElseThrow(), rs.getString("team"), rs.getString("assignee"),
                rs.getString("origin"), rs.getString("origin_ref"), (Long) rs.getObject("rule_id", Long.class), rs.getString("root_cause"), rs.getString("resolution"),
                time(rs, "created_at"), rs.getString("created_by"), time(rs, "updated_at"), time(rs, "first_response_at"),
                time(rs, "resolved_at"), time(rs, "closed_at"));
    }
}
