package org.hamsafar.identity;

import java.time.LocalDateTime;
import java.util.List;
import org.hamsafar.shared.store.UtcTimes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class AuditRepository {
    private final JdbcClient jdbc;

    AuditRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(AuditEntry entry) {
        jdbc.sql("""
                INSERT INTO audit_log (occurred_at, actor, action, target, detail, remote_address)
                VALUES (:at, :actor, :action, :target, :detail, :remote)""")
                .param("at", UtcTimes.toDb(entry.occurredAt()))
                .param("actor", entry.actor())
                .param("action", entry.action())
                .param("target", entry.target())
                .param("detail", entry.detail())
                .param("remote", entry.remoteAddress())
                .update();
    }

    /** Newest first; {@code beforeId} is exclusive (keyset pagination). */
    List<AuditEntry> page(Long beforeId, String action, int limit) {
        return jdbc.sql("""
                SELECT id, occurred_at, actor, action, target, detail, remote_address FROM audit_log
                WHERE (CAST(:before AS BIGINT) IS NULL OR id < :before)
                  AND (CAST(:action AS VARCHAR) IS NULL OR action = :action)
                ORDER BY id DESC LIMIT :limit""")
                .param("before", beforeId)
                .param("action", action)
                .param("limit", limit)
                .query((rs, n) -> new AuditEntry(rs.getLong("id"),
                        UtcTimes.fromDb(rs.getObject("occurred_at", LocalDateTime.class)),
                        rs.getString("actor"), rs.getString("action"), rs.getString("target"),
                        rs.getString("detail"), rs.getString("remote_address")))
                .list();
    }
}
