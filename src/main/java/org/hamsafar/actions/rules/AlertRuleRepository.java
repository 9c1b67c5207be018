package org.hamsafar.actions.rules;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.hamsafar.shared.store.SequenceBlocks;
import org.hamsafar.shared.store.UtcTimes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Alert rules ({@code alert_rule}); a deleted rule is kept (its triggers and cases name it) but no longer listed. */
@Repository
class AlertRuleRepository {
    private static final String COLUMNS = "id, name, enabled, subject, definition, active_since, created_at, created_by, updated_at, updated_by";

    /** Switching a rule on starts its time; keeping it on keeps it; switching it off ends it. */
    private static final String ACTIVE_SINCE = "active_since = CASE WHEN NOT :enabled THEN NULL WHEN enabled THEN active_since "
            + "ELSE :now END, ";

    private final JdbcClient jdbc;
    private final SequenceBlocks ids;

    AlertRuleRepository(JdbcClient jdbc, SequenceBlocks ids) {
        this.jdbc = jdbc;
        this.ids = ids;
    }

    long nextId() {
        return ids.next("alert_rule_seq", 1).get(0);
    }

    void insert(long id, RuleDraft draft, Instant now, String actor) {
        jdbc.sql("INSERT INTO alert_rule (" + COLUMNS + ") VALUES (:id, :name, :enabled, :subject, :definition, "
                        + "CASE WHEN :enabled THEN :now END, :now, :actor, :now, :actor)")
                .param("id", id).param("name", draft.name()).param("enabled", draft.enabled()).param("subject", draft.subject().key())
                .param("definition", draft.definition()).param("now", UtcTimes.toDb(now)).param("actor", actor).update();
    }

    void update(long id, RuleDraft draft, Instant now, String actor) {
        jdbc.sql("UPDATE alert_rule SET name = :name, subject = :subject, definition = :definition, " + ACTIVE_SINCE
                        + "enabled = :enabled, updated_at = :now, updated_by = :actor WHERE id = :id AND deleted_at IS NULL")
                .param("id", id).param("name", draft.name()).param("enabled", draft.enabled()).param("subject", draft.subject().key())
                .param("definition", draft.definition()).param("now", UtcTimes.toDb(now)).param("actor", actor).update();
    }

    void setEnabled(long id, boolean enabled, Instant now, String actor) {
        jdbc.sql("UPDATE alert_rule SET " + ACTIVE_SINCE + "enabled = :enabled, updated_at = :now, updated_by = :actor WHERE id = :id")
                .param("id", id).param("enabled", enabled).param("now", UtcTimes.toDb(now)).param("actor", actor).update();
    }

    void delete(long id, Instant now, String actor) {
        jdbc.sql("UPDATE alert_rule SET deleted_at = :now, enabled = FALSE, updated_at = :now, updated_by = :actor WHERE id = :id")
                .param("id", id).param("now", UtcTimes.toDb(now)).param("actor", actor).update();
    }

    Optional<StoredRule> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM alert_rule WHERE id = :id AND deleted_at IS NULL").param("id", id)
                .query(AlertRuleRepository::row).optional();
    }

    List<StoredRule> all() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM alert_rule WHERE deleted_at IS NULL ORDER BY id").query(AlertRuleRepository::row).list();
    }

    List<StoredRule> enabled() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM alert_rule WHERE deleted_at IS NULL AND enabled ORDER BY id")
                .query(AlertRuleRepository::row).list();
    }

    /** A rule's row before it is read into conditions and actions. */
    record StoredRule(long id, String name, boolean enabled, String subject, String definition, Instant activeSince, Instant createdAt,
                      String createdBy, Instant updatedAt, String updatedBy) {
    }

    private static StoredRule row(ResultSet rs, int n) throws SQLException {
        return new StoredRule(rs.getLong("id"), rs.getString("name"), rs.getBoolean("enabled"), rs.getString("subject"),
                rs.getString("definition"), time(rs, "active_since"), time(rs, "created_at"), rs.getString("created_by"), time(rs, "updated_at"),
                rs.getString("updated_by"));
    }

    private static Instant time(ResultSet rs, String column) throws SQLException {
        LocalDateTime value = rs.getObject(column, LocalDateTime.class);
        return value == null ? null : UtcTimes.fromDb(value);
    }
}
