package org.hamsafar.events;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hamsafar.shared.store.BulkInserter;
import org.hamsafar.shared.store.UtcTimes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class EventRepository {
    private final JdbcClient jdbc;
    private static final List<String> COLUMNS = List.of("id", "customer_id", "type", "channel", "touchpoint",
            "occurred_at", "received_at", "session_id", "value", "currency", "text", "properties");
    private final BulkInserter bulk;

    EventRepository(JdbcClient jdbc, BulkInserter bulk) {
        this.jdbc = jdbc;
        this.bulk = bulk;
    }

    /** Inserts the events, skipping ids already stored; returns how many were new. */
    int insertNew(List<NewEvent> events, Instant receivedAt) {
        List<Object[]> rows = new ArrayList<>(events.size());
        for (NewEvent e : events) {
            rows.add(new Object[] {e.id(), e.customerId(), e.type(), e.channel().key(), e.touchpoint(),
                    UtcTimes.toDb(e.occurredAt()), UtcTimes.toDb(receivedAt), e.sessionId(), money(e.value()), e.currency(),
                    e.text(), e.propertiesJson()});
        }
        return bulk.insertNew("interaction_event", "id", COLUMNS, rows);
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
}
