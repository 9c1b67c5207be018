package org.hamsafar.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.time.Instant;
import org.hamsafar.shared.store.BulkInserter;
import org.hamsafar.shared.store.UtcTimes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The queue of texts waiting for analysis ({@code text_pending}). */
@Repository
class PendingTextRepository {

    private static final List<String> COLUMNS = List.of("id", "source", "source_id", "customer_id", "source_identity", "survey_id",
            "question_key", "channel", "touchpoint", "occurred_at", "text", "queued_at", "live");

    private final JdbcClient jdbc;
    private final BulkInserter bulk;

    PendingTextRepository(JdbcClient jdbc, BulkInserter bulk) {
        this.jdbc = jdbc;
        this.bulk = bulk;
    }

    void insert(List<PendingText> texts, Instant queuedAt) {
        List<Object[]> rows = new ArrayList<>(texts.size());
        for (PendingText t : texts) {
            rows.add(new Object[] {t.id(), t.source(), t.sourceId(), t.customerId(), t.sourceIdentity(), t.surveyId(), t.questionKey(),
                    t.channel(), t.touchpoint(), UtcTimes.toDb(t.occurredAt()), t.text(), UtcTimes.toDb(queuedAt), t.live()});
        }
        bulk.insertFresh("text_pending", "id", COLUMNS, rows);
    }

    /** The longest-waiting texts first. */
    List<PendingText> oldest(int limit) {
        return jdbc.sql("SELECT " + String.join(", ", COLUMNS) + " FROM text_pending ORDER BY queued_at, id LIMIT :limit")
                .param("limit", limit)
                .query((rs, n) -> new PendingText(rs.getObject("id", UUID.class), rs.getString("source"), rs.getString("source_id"),
                        (Long) rs.getObject("customer_id", Long.class), rs.getString("source_identity"),
                        (Long) rs.getObject("survey_id", Long.class), rs.getString("question_key"), rs.getString("channel"),
                        rs.getString("touchpoint"), UtcTimes.fromDb(rs.getObject("occurred_at", java.time.LocalDateTime.class)),
                        rs.getString("text"), rs.getBoolean("live")))
                .list();
    }

    /**
     * Takes the queued texts off the queue and answers which of them were still there, with their
     * customer as it stands now: a text erased meanwhile, or taken by another instance's worker,
     * is not returned; a text whose customer was merged meanwhile comes with the survivor.
     */
    Map<UUID, Long> claim(List<UUID> ids) {
        Map<UUID, Long> claimed = new java.util.HashMap<>();
        if (!ids.isEmpty()) {
            List<Object[]> keys = ids.stream().map(id -> new Object[] {id}).toList();
            bulk.withStagedRows("text_pending", List.of("id"), keys, stage ->
                    jdbc.sql("DELETE FROM text_pending WHERE id IN (SELECT id FROM " + stage + ") RETURNING id, customer_id")
                            .query((rs, n) -> claimed.put(rs.getObject("id", UUID.class), (Long) rs.getObject("customer_id", Long.class)))
                            .list());
        }
        return claimed;
    }

    long count() {
        return jdbc.sql("SELECT COUNT(*) FROM text_pending").query(Long.class).single();
    }

    /** Queues every analysed text again (after a model or taxonomy change); returns how many. */
    int requeueAll(Instant queuedAt) {
        return jdbc.sql("""
                        INSERT INTO text_pending (id, source, source_id, customer_id, source_identity, survey_id, question_key, channel,
                                                  touchpoint, occurred_at, text, queued_at)
                        SELECT gen_random_uuid(), source, source_id, customer_id, source_identity, survey_id, question_key, channel,
                               touchpoint, occurred_at, text, :queuedAt
                        FROM text_result WHERE text <> ''""")
                .param("queuedAt", UtcTimes.toDb(queuedAt))
                .update();
    }

    void moveCustomer(long from, long to) {
        jdbc.sql("UPDATE text_pending SET customer_id = :to WHERE customer_id = :from").param("to", to).param("from", from).update();
    }

    void moveBySource(long from, long to, java.util.Set<String> sourceIdentities) {
        if (!sourceIdentities.isEmpty()) {
            jdbc.sql("UPDATE text_pending SET customer_id = :to WHERE customer_id = :from AND source_identity IN (:identities)")
                    .param("to", to).param("from", from).param("identities", sourceIdentities).update();
        }
    }

    void deleteCustomer(long customerId) {
        jdbc.sql("DELETE FROM text_pending WHERE customer_id = :id").param("id", customerId).update();
    }
}
