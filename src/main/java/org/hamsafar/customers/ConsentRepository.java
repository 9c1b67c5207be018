package org.hamsafar.customers;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.hamsafar.shared.store.BulkInserter;
import org.hamsafar.shared.store.SequenceBlocks;
import org.hamsafar.shared.store.UtcTimes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ConsentRepository {
    private static final List<String> COLUMNS = List.of("id", "customer_id", "channel", "purpose", "granted", "changed_at",
            "source", "recorded_at");
    private final JdbcClient jdbc;
    private final BulkInserter bulk;
    private final SequenceBlocks sequences;

    ConsentRepository(JdbcClient jdbc, BulkInserter bulk, SequenceBlocks sequences) {
        this.jdbc = jdbc;
        this.bulk = bulk;
        this.sequences = sequences;
    }

    /** Stores many consent changes at once (bulk registration): customer id and change per row. */
    void insertAll(List<Long> customerIds, List<ConsentChange> changes, Instant recordedAt) {
        List<Long> ids = sequences.next("customer_consent_seq", changes.size());
        List<Object[]> rows = new java.util.ArrayList<>(changes.size());
        for (int i = 0; i < changes.size(); i++) {
            ConsentChange change = changes.get(i);
            rows.add(new Object[] {ids.get(i), customerIds.get(i), change.channel().key(), change.purpose(), change.granted(),
                    UtcTimes.toDb(change.at()), change.source(), UtcTimes.toDb(recordedAt)});
        }
        bulk.insertFresh("customer_consent", "id", COLUMNS, rows);
    }

    /** A stored consent change with its row id. */
    record StoredConsent(long id, String channel, String purpose, boolean granted, Instant changedAt, String source,
                         Instant recordedAt) {
    }

    void insert(long customerId, ConsentChange change, Instant recordedAt) {
        jdbc.sql("""
                INSERT INTO customer_consent (id, customer_id, channel, purpose, granted, changed_at, source, recorded_at)
                VALUES (:id, :customer, :channel, :purpose, :granted, :changedAt, :source, :recordedAt)""")
                .param("id", sequences.next("customer_consent_seq", 1).get(0))
                .param("customer", customerId).param("channel", change.channel().key()).param("purpose", change.purpose())
                .param("granted", change.granted()).param("changedAt", UtcTimes.toDb(change.at()))
                .param("source", change.source()).param("recordedAt", UtcTimes.toDb(recordedAt))
                .update();
    }

    /** The consent in force per channel and purpose: the change with the latest time (then the latest recorded). */
    List<ConsentState> current(long customerId) {
        return jdbc.sql("""
                SELECT channel, purpose, granted, changed_at, source FROM (
                    SELECT channel, purpose, granted, changed_at, source,
                           ROW_NUMBER() OVER (PARTITION BY channel, purpose ORDER BY changed_at DESC, id DESC) AS recency
                    FROM customer_consent WHERE customer_id = :id) latest
                WHERE recency = 1 ORDER BY channel, purpose""")
                .param("id", customerId)
                .query((rs, n) -> new ConsentState(rs.getString(1), rs.getString(2), rs.getBoolean(3),
                        UtcTimes.fromDb(rs.getObject(4, LocalDateTime.class)), rs.getString(5)))
                .list();
    }

    List<StoredConsent> history(long customerId) {
        return jdbc.sql("""
                SELECT id, channel, purpose, granted, changed_at, source, recorded_at FROM customer_consent
                WHERE customer_id = :id ORDER BY changed_at, id""")
                .param("id", customerId)
                .query((rs, n) -> new StoredConsent(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBoolean(4),
                        UtcTimes.fromDb(rs.getObject(5, LocalDateTime.class)), rs.getString(6),
                        UtcTimes.fromDb(rs.getObject(7, LocalDateTime.class))))
                .list();
    }

    /** Moves all consent rows to another profile and returns their ids (to move them back on undo). */
    List<Long> moveAll(long from, long to) {
        List<Long> ids = jdbc.sql("SELECT id FROM customer_consent WHERE customer_id = :from").param("from", from)
                .query(Long.class).list();
        jdbc.sql("UPDATE customer_consent SET customer_id = :to WHERE customer_id = :from").param("to", to).param("from", from).update();
        return ids;
    }

    void move(List<Long> ids, long to) {
        if (!ids.isEmpty()) {
            jdbc.sql("UPDATE customer_consent SET customer_id = :to WHERE id IN (:ids)").param("to", to).param("ids", ids).update();
        }
    }

    void deleteAll(long customerId) {
        jdbc.sql("DELETE FROM customer_consent WHERE customer_id = :id").param("id", customerId).update();
    }
}
