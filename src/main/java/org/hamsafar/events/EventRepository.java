package org.hamsafar.events;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.hamsafar.shared.Channel;
import org.hamsafar.shared.store.BulkInserter;
import org.hamsafar.shared.store.UtcTimes;
import org.hamsafar.customers.TimelineWindow;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class EventRepository {
    private static final List<String> COLUMNS = List.of("id", "client_id", "customer_id", "source_identity", "type", "channel",
            "touchpoint", "occurred_at", "received_at", "session_id", "value", "currency", "text", "properties");
    private final JdbcClient jdbc;
    private final BulkInserter bulk;
    private final StoredEventIds storedIds;

    EventRepository(JdbcClient jdbc, BulkInserter bulk, StoredEventIds storedIds) {
        this.jdbc = jdbc;
        this.bulk = bulk;
        this.storedIds = storedIds;
    }

    /** A stored event. */
    record StoredEvent(UUID id, String clientId, long customerId, String type, String channel, String touchpoint, Instant occurredAt,
                       Instant receivedAt, String sessionId, BigDecimal value, String currency, String text, String properties) {
    }

    /**
     * Inserts the events, skipping ids already stored (and, within {@code events}, every repeat of an
     * id after its first); returns the ids that were new. Ids that {@link StoredEventIds} knows to be
     * new are appended directly (embedded store); the others are copied straight in when none of
     * them is stored ({@link BulkInserter#insertAllIfNoneStored}, PostgreSQL) and otherwise go
     * through the checked path of {@link BulkInserter#insertDistinctReturningKeys}.
     */
    Set<UUID> insertNew(List<NewEvent> events, Instant receivedAt) {
        LocalDateTime received = UtcTimes.toDb(receivedAt);
        List<Object[]> fresh = new ArrayList<>(events.size());
        List<Object[]> checked = new ArrayList<>();
        Set<UUID> inserted = new HashSet<>();
        Set<UUID> checkedIds = new HashSet<>();
        for (NewEvent e : events) {
            Object[] row = {e.id(), e.clientId(), e.customerId(), e.sourceIdentity(), e.type(), e.channel().key(), e.touchpoint(),
                    UtcTimes.toDb(e.occurredAt()), received, e.sessionId(), money(e.value()), e.currency(), e.text(),
                    e.propertiesJson()};
            // markNew counts the id as stored at once: a repeat of it in this batch comes here as "maybe stored".
            if (storedIds.markNew(e.id(), this::forEachStoredId)) {
                fresh.add(row);
                inserted.add(e.id());
            } else if (checkedIds.add(e.id())) {
                checked.add(row); // appended after the fresh rows, so a repeat of one of them is skipped there
            }
        }
        try {
            bulk.insertFresh("interaction_event", "id", COLUMNS, fresh);
        } catch (DuplicateKeyException e) {
            // Some id reached the table without passing here, so the filter is wrong: nothing is lost
            // (the transaction rolls back), the filter is read again, and WriteTransactions retries.
            storedIds.reset();
            throw e;
        }
        if (bulk.insertAllIfNoneStored("interaction_event", COLUMNS, checked)) { // PostgreSQL, no id resent
            checked.forEach(row -> inserted.add((UUID) row[0]));
        } else {
            for (Object[] key : bulk.insertDistinctReturningKeys("interaction_event", "id", COLUMNS, checked)) {
                inserted.add(uuid(key[0]));
            }
        }
        return inserted;
    }

    private void forEachStoredId(Consumer<UUID> action) {
        jdbc.sql("SELECT id FROM interaction_event").query(rs -> {
            action.accept(uuid(rs.getObject(1)));
        });
    }

    /** A UUID column's value: DuckDB's driver gives a UUID, PostgreSQL's a UUID or its text. */
    private static UUID uuid(Object value) {
        return value instanceof UUID uuid ? uuid : UUID.fromString(value.toString());
    }

    /** The column is DECIMAL(18, 4); the bulk path needs the value at exactly that scale. */
    private static BigDecimal money(BigDecimal value) {
        return value == null ? null : value.setScale(4, RoundingMode.HALF_EVEN);
    }

    long count() {
        return jdbc.sql("SELECT COUNT(*) FROM interaction_event").query(Long.class).single();
    }

    Map<Channel, Long> countByChannel() {
        Map<Channel, Long> counts = new LinkedHashMap<>();
        jdbc.sql("SELECT channel, COUNT(*) AS n FROM interaction_event GROUP BY channel ORDER BY n DESC")
                .query((rs, n) -> Map.entry(rs.getString("channel"), rs.getLong("n")))
                .list()
                .forEach(row -> Channel.fromKey(row.getKey()).ifPresent(c -> counts.put(c, row.getValue())));
        return counts;
    }

    void moveAll(long from, long to) {
        jdbc.sql("UPDATE interaction_event SET customer_id = :to WHERE customer_id = :from").param("to", to).param("from", from).update();
    }

    void moveBySource(long from, long to, Collection<String> sourceIdentities) {
        if (!sourceIdentities.isEmpty()) {
            jdbc.sql("UPDATE interaction_event SET customer_id = :to WHERE customer_id = :from AND source_identity IN (:sources)")
                    .param("to", to).param("from", from).param("sources", sourceIdentities).update();
        }
    }

    List<StoredEvent> allOf(long customerId) {
        return jdbc.sql("SELECT * FROM interaction_event WHERE customer_id = :id ORDER BY occurred_at, id")
                .param("id", customerId).query(EventRepository::map).list();
    }

    /** Keeps the de-identified facts (type, channel, touchpoint, time, value) and removes personal content. */
    void anonymise(long customerId) {
        jdbc.sql("""
                UPDATE interaction_event SET text = NULL, properties = NULL, session_id = NULL, source_identity = NULL
                WHERE customer_id = :id""").param("id", customerId).update();
    }

    void deleteAll(long customerId) {
        jdbc.sql("DELETE FROM interaction_event WHERE customer_id = :id").param("id", customerId).update();
    }

    /** Per-customer facts computed by the database. */
    Map<String, Object> facts(long customerId) {
        Map<String, Object> facts = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT MIN(occurred_at), MAX(occurred_at), COUNT(*), SUM(value), COUNT(DISTINCT currency),
                       MIN(currency), SUM(CASE WHEN type = 'purchase' THEN 1 ELSE 0 END)
                FROM interaction_event WHERE customer_id = :id""")
                .param("id", customerId)
                .query((rs, n) -> {
                    facts.put("firstSeen", UtcTimes.fromDb(rs.getObject(1, LocalDateTime.class)));
                    facts.put("lastSeen", UtcTimes.fromDb(rs.getObject(2, LocalDateTime.class)));
                    facts.put("interactions", rs.getLong(3));
                    BigDecimal total = rs.getBigDecimal(4);
                    facts.put("totalValue", total == null ? BigDecimal.ZERO : total.stripTrailingZeros().toPlainString());
                    facts.put("currency", rs.getInt(5) == 1 ? rs.getString(6) : null);
                    facts.put("purchases", rs.getLong(7));
                    return true;
                })
                .single();
        Map<String, Long> channels = new LinkedHashMap<>();
        jdbc.sql("SELECT channel, COUNT(*) AS n FROM interaction_event WHERE customer_id = :id GROUP BY channel ORDER BY n DESC, channel")
                .param("id", customerId)
                .query((rs, n) -> channels.put(rs.getString(1), rs.getLong(2)))
                .list();
        facts.put("channels", channels);
        return facts;
    }

    /** One page of a customer's events in (time desc, id desc) order, after the window's bound. */
    List<StoredEvent> newestFirst(long customerId, TimelineWindow window) {
        return window.bind(jdbc.sql(window.sql("*", "interaction_event", "occurred_at")), customerId).query(EventRepository::map).list();
    }

    /** Deletes events that occurred before {@code cutoff}; returns how many. */
    int deleteOccurredBefore(Instant cutoff) {
        return jdbc.sql("DELETE FROM interaction_event WHERE occurred_at < :cutoff").param("cutoff", UtcTimes.toDb(cutoff)).update();
    }

    /** Clears the free text of events that occurred before {@code cutoff}; returns how many. */
    int clearTextBefore(Instant cutoff) {
        return jdbc.sql("UPDATE interaction_event SET text = NULL WHERE occurred_at < :cutoff AND text IS NOT NULL")
                .param("cutoff", UtcTimes.toDb(cutoff)).update();
    }

    /** The customer's events with {@code from <= occurredAt <= to} of the given type, channel and touchpoint (null: any). */
    long countInWindow(long customerId, Instant from, Instant to, String type, String channel, String touchpoint) {
        StringBuilder sql = new StringBuilder("SELECT COUNT(*) FROM interaction_event WHERE customer_id = :customer "
                + "AND occurred_at >= :from AND occurred_at <= :to");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("customer", customerId);
        params.put("from", UtcTimes.toDb(from));
        params.put("to", UtcTimes.toDb(to));
        if (type != null) {
            sql.append(" AND type = :type");
            params.put("type", type);
        }
        if (channel != null) {
            sql.append(" AND channel = :channel");
            params.put("channel", channel);
        }
        if (touchpoint != null) {
            sql.append(" AND touchpoint = :touchpoint");
            params.put("touchpoint", touchpoint);
        }
        return jdbc.sql(sql.toString()).params(params).query(Long.class).single();
    }

    /** Up to {@code limit} events with {@code from <= occurredAt < to}, oldest first. */
    List<RecordedInteraction> between(Instant from, Instant to, int limit) {
        return jdbc.sql("""
                        SELECT id, customer_id, type, channel, touchpoint, occurred_at, source_identity, text, value, properties
                        FROM interaction_event WHERE occurred_at >= :from AND occurred_at < :to
                        ORDER BY occurred_at LIMIT :limit""")
                .param("from", UtcTimes.toDb(from)).param("to", UtcTimes.toDb(to)).param("limit", limit)
                .query((rs, n) -> new RecordedInteraction(rs.getObject("id", UUID.class), rs.getLong("customer_id"), rs.getString("type"),
                        rs.getString("channel"), rs.getString("touchpoint"), UtcTimes.fromDb(rs.getObject("occurred_at", LocalDateTime.class)),
                        rs.getString("source_identity"), rs.getString("text"), rs.getObject("value", BigDecimal.class),
                        rs.getString("properties")))
                .list();
    }

    private static StoredEvent map(ResultSet rs, int row) throws SQLException {
        BigDecimal value = rs.getBigDecimal("value");
        return new StoredEvent(rs.getObject("id", UUID.class), rs.getString("client_id"), rs.getLong("customer_id"), rs.getString("type"), rs.getString("channel"),
                rs.getString("touchpoint"), UtcTimes.fromDb(rs.getObject("occurred_at", LocalDateTime.class)),
                UtcTimes.fromDb(rs.getObject("received_at", LocalDateTime.class)), rs.getString("session_id"),
                value == null ? null : value.stripTrailingZeros(), rs.getString("currency"), rs.getString("text"),
                rs.getString("properties"));
    }
}
