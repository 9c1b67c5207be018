package org.hamsafar.actions.rules;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.hamsafar.shared.store.UtcTimes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Every match of a rule on an item ({@code alert_trigger}), with the case it opened or joined. */
@Repository
class AlertTriggerRepository {
    private final JdbcClient jdbc;

    AlertTriggerRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One match as the API lists it. */
    record Trigger(long ruleId, String itemKind, String itemRef, Long customerId, Instant occurredAt, Instant triggeredAt, Long caseId) {
    }

    boolean exists(long ruleId, String kind, String ref) {
        return jdbc.sql("SELECT COUNT(*) FROM alert_trigger WHERE rule_id = :rule AND item_kind = :kind AND item_ref = :ref")
                .param("rule", ruleId).param("kind", kind).param("ref", ref).query(Long.class).single() > 0;
    }

    void insert(Trigger t) {
        jdbc.sql("INSERT INTO alert_trigger (rule_id, item_kind, item_ref, customer_id, occurred_at, triggered_at, case_id) "
                        + "VALUES (:rule, :kind, :ref, :customer, :occurred, :triggered, :case)")
                .param("rule", t.ruleId()).param("kind", t.itemKind()).param("ref", t.itemRef()).param("customer", t.customerId())
                .param("occurred", UtcTimes.toDb(t.occurredAt())).param("triggered", UtcTimes.toDb(t.triggeredAt()))
                .param("case", t.caseId()).update();
    }

    /** The rule's matches, newest first, before the time {@code before} (a cursor) if given. */
    List<Trigger> ofRule(long ruleId, Instant before, int limit) {
        String sql = "SELECT rule_id, item_kind, item_ref, customer_id, occurred_at, triggered_at, case_id FROM alert_trigger "
                + "WHERE rule_id = :rule" + (before == null ? "" : " AND triggered_at < :before") + " ORDER BY triggered_at DESC LIMIT :limit";
        var statement = jdbc.sql(sql).param("rule", ruleId).param("limit", limit);
        if (before != null) {
            statement = statement.param("before", UtcTimes.toDb(before));
        }
        return statement.query(AlertTriggerRepository::row).list();
    }

    List<Trigger> ofCustomer(long customerId) {
        return jdbc.sql("SELECT rule_id, item_kind, item_ref, customer_id, occurred_at, triggered_at, case_id FROM alert_trigger "
                        + "WHERE customer_id = :c ORDER BY triggered_at")
                .param("c", customerId)
                .query(AlertTriggerRepository::row)
                .list();
    }

    long countOfRule(long ruleId, Instant since) {
        return jdbc.sql("SELECT COUNT(*) FROM alert_trigger WHERE rule_id = :rule AND triggered_at >= :since")
                .param("rule", ruleId).param("since", UtcTimes.toDb(since)).query(Long.class).single();
    }

    void moveCustomer(long from, long to) {
        jdbc.sql("UPDATE alert_trigger SET customer_id = :to WHERE customer_id = :from").param("to", to).param("from", from).update();
    }

    void eraseCustomer(long customerId) {
        jdbc.sql("UPDATE alert_trigger SET customer_id = NULL WHERE customer_id = :c").param("c", customerId).update();
    }

    private static Trigger row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Trigger(rs.getLong("rule_id"), rs.getString("item_kind"), rs.getString("item_ref"),
                (Long) rs.getObject("customer_id", Long.class), UtcTimes.fromDb(rs.getObject("occurred_at", LocalDateTime.class)),
                UtcTimes.fromDb(rs.getObject("triggered_at", LocalDateTime.class)), (Long) rs.getObject("case_id", Long.class));
    }
}
