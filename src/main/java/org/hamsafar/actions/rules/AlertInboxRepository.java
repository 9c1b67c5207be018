package org.hamsafar.actions.rules;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hamsafar.shared.store.BulkInserter;
import org.hamsafar.shared.store.UtcTimes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The items waiting for the rules ({@code alert_inbox}). Items are written in the transaction
 * that stores them and claimed ({@code DELETE ... RETURNING}) in the transaction that acts on
 * them, so an item leaves the inbox exactly when its actions commit.
 */
@Repository
class AlertInboxRepository {
    private static final List<String> COLUMNS = List.of("id", "kind", "ref", "customer_id", "occurred_at", "fields", "queued_at",
            "attempts", "not_before", "last_error");

    private final JdbcClient jdbc;
    private final BulkInserter bulk;

    AlertInboxRepository(JdbcClient jdbc, BulkInserter bulk) {
        this.jdbc = jdbc;
        this.bulk = bulk;
    }

    /** An item as queued, with its tries so far. */
    record QueuedItem(UUID id, RuleItem item, int attempts) {
    }

    void insert(List<RuleItem> items, Instant now) {
        List<Object[]> rows = new ArrayList<>(items.size());
        for (RuleItem item : items) {
            rows.add(new Object[] {UUID.randomUUID(), item.subject().key(), item.ref(), item.customerId(),
                    UtcTimes.toDb(item.occurredAt()), ItemJson.write(withSummary(item)), UtcTimes.toDb(now), 0, null, null});
        }
        bulk.insertUnkeyed("alert_inbox", COLUMNS, rows);
    }

    private static java.util.Map<String, Object> withSummary(RuleItem item) {
        java.util.Map<String, Object> fields = new java.util.LinkedHashMap<>(item.fields());
        fields.put(SUMMARY, item.summary());
        return fields;
    }

    private static final String SUMMARY = "_summary";

    /** Up to {@code limit} items that are due, oldest first, left in the inbox (read without the write lock). */
    List<QueuedItem> due(int limit, int maxAttempts, Instant now) {
        return jdbc.sql("""
                        SELECT id, kind, ref, customer_id, occurred_at, fields, queued_at, attempts FROM alert_inbox
                        WHERE attempts < :max AND (not_before IS NULL OR not_before <= :now)
                        ORDER BY queued_at, id LIMIT :limit""")
                .param("max", maxAttempts).param("now", UtcTimes.toDb(now)).param("limit", limit)
                .query(AlertInboxRepository::row).list();
    }

    /**
     * Takes the items out of the inbox in the caller's transaction; answers those that were still
     * there (another instance may have taken some meanwhile).
     */
    java.util.Set<UUID> claim(List<UUID> ids) {
        return new java.util.HashSet<>(jdbc.sql("DELETE FROM alert_inbox WHERE id IN (:ids) RETURNING id").param("ids", ids)
                .query((rs, n) -> rs.getObject("id", UUID.class)).list());
    }

    /** After a failed try (whose claim rolled back): counts it and puts the item off until {@code notBefore}. */
    void recordFailure(UUID id, String error, Instant notBefore) {
        jdbc.sql("UPDATE alert_inbox SET attempts = attempts + 1, not_before = :notBefore, last_error = :error WHERE id = :id")
                .param("id", id).param("notBefore", UtcTimes.toDb(notBefore))
                .param("error", error == null ? null : error.length() > 1000 ? error.substring(0, 1000) : error).update();
    }

    long waiting(int maxAttempts) {
        return jdbc.sql("SELECT COUNT(*) FROM alert_inbox WHERE attempts < :max").param("max", maxAttempts).query(Long.class).single();
    }

    /** Items that failed every try, kept for a person to look at. */
    List<FailedItem> failed(int maxAttempts, int limit) {
        return jdbc.sql("SELECT id, kind, ref, queued_at, attempts, last_error FROM alert_inbox WHERE attempts >= :max "
                        + "ORDER BY queued_at, id LIMIT :limit")
                .param("max", maxAttempts).param("limit", limit)
                .query((rs, n) -> new FailedItem(rs.getObject("id", UUID.class), rs.getString("kind"), rs.getString("ref"),
                        UtcTimes.fromDb(rs.getObject("queued_at", java.time.LocalDateTime.class)), rs.getInt("attempts"),
                        rs.getString("last_error")))
                .list();
    }

    record FailedItem(UUID id, String kind, String ref, Instant queuedAt, int attempts, String lastError) {
    }

    /** Puts failed items back in the queue for another round of tries. */
    int retryFailed(int maxAttempts) {
        return jdbc.sql("UPDATE alert_inbox SET attempts = 0, not_before = NULL WHERE attempts >= :max").param("max", maxAttempts).update();
    }

    void moveCustomer(long from, long to) {
        jdbc.sql("UPDATE alert_inbox SET customer_id = :to WHERE customer_id = :from").param("to", to).param("from", from).update();
    }

    void eraseCustomer(long customerId) {
        jdbc.sql("DELETE FROM alert_inbox WHERE customer_id = :c").param("c", customerId).update();
    }

    private static QueuedItem row(ResultSet rs, int n) throws SQLException {
        java.util.Map<String, Object> fields = ItemJson.read(rs.getString("fields"));
        String summary = (String) fields.remove(SUMMARY);
        RuleItem item = new RuleItem(RuleSubject.fromKey(rs.getString("kind")), rs.getString("ref"),
                (Long) rs.getObject("customer_id", Long.class), UtcTimes.fromDb(rs.getObject("occurred_at", java.time.LocalDateTime.class)),
                fields, summary == null ? "" : summary);
        return new QueuedItem(rs.getObject("id", UUID.class), item, rs.getInt("attempts"));
    }
}
