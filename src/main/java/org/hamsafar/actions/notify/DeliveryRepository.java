package org.hamsafar.actions.notify;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hamsafar.shared.store.SequenceBlocks;
import org.hamsafar.shared.store.UtcTimes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The outbox ({@code notification_delivery}) and its attempts. Every state change is an UPDATE
 * guarded by the state (and, for a claimed row, by the claim) the caller saw, so two workers or a
 * worker and an admin never both act on one row: the one whose UPDATE counts no row lost.
 */
@Repository
class DeliveryRepository {
    private static final String COLUMNS = "id, seq, channel, endpoint_id, event_type, recipient, language, subject, body, state, "
            + "attempts, created_at, next_attempt_at, claim, last_attempt_at, last_status, last_error, delivered_at, dead_at, customer_id, erased_at";
    private static final int ERROR_LENGTH = 1000;

    private final JdbcClient jdbc;
    private final SequenceBlocks sequences;

    DeliveryRepository(JdbcClient jdbc, SequenceBlocks sequences) {
        this.jdbc = jdbc;
        this.sequences = sequences;
    }

    long nextSeq() {
        return sequences.next("notification_delivery_seq", 1).get(0);
    }

    void insert(Delivery d) {
        jdbc.sql("INSERT INTO notification_delivery (" + COLUMNS + ") VALUES (:id, :seq, :channel, :endpoint, :eventType, :recipient, "
                        + ":language, :subject, :body, :state, :attempts, :created, :next, NULL, NULL, NULL, NULL, NULL, NULL, :customer, NULL)")
                .param("id", d.id()).param("seq", d.seq()).param("channel", d.channel().key()).param("endpoint", d.endpointId())
                .param("eventType", d.eventType()).param("recipient", d.recipient()).param("language", d.language())
                .param("subject", d.subject()).param("body", d.body()).param("state", d.state().key()).param("attempts", d.attempts())
                .param("created", UtcTimes.toDb(d.createdAt())).param("next", UtcTimes.toDb(d.nextAttemptAt()))
                .param("customer", d.customerId())
                .update();
    }

    /**
     * Pending deliveries due at {@code now}, longest waiting first. This includes deliveries whose
     * claim lapsed (the worker that held them stopped), which is what makes delivery at least once.
     */
    List<Delivery> due(Instant now, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM notification_delivery WHERE state = 'pending' AND next_attempt_at <= :now "
                        + "ORDER BY next_attempt_at, seq LIMIT :limit")
                .param("now", UtcTimes.toDb(now)).param("limit", limit)
                .query(DeliveryRepository::row).list();
    }

    /**
     * Takes a due delivery for one attempt: counts the attempt and holds the row until
     * {@code leaseEnd}. False when another worker took it first or it is no longer due.
     */
    boolean claim(UUID id, UUID claim, Instant now, Instant leaseEnd) {
        return jdbc.sql("""
                        UPDATE notification_delivery SET claim = :claim, attempts = attempts + 1, last_attempt_at = :now,
                            next_attempt_at = :leaseEnd
                        WHERE id = :id AND state = 'pending' AND next_attempt_at <= :now""")
                .param("claim", claim).param("now", UtcTimes.toDb(now)).param("leaseEnd", UtcTimes.toDb(leaseEnd)).param("id", id)
                .update() == 1;
    }

    /** The attempt under {@code claim} succeeded. False when the claim had lapsed and the row was taken over or changed. */
    boolean delivered(UUID id, UUID claim, Instant now, Integer status) {
        return jdbc.sql("""
                        UPDATE notification_delivery SET state = 'delivered', claim = NULL, delivered_at = :now, last_status = :status,
                            last_error = NULL
                        WHERE id = :id AND claim = :claim AND state = 'pending'""")
                .param("now", UtcTimes.toDb(now)).param("status", status).param("id", id).param("claim", claim)
                .update() == 1;
    }

    /** The attempt under {@code claim} failed: tried again at {@code retryAt}, or dead when that is null. */
    boolean failed(UUID id, UUID claim, Instant now, Integer status, String error, Instant retryAt) {
        if (retryAt == null) {
            return jdbc.sql("""
                            UPDATE notification_delivery SET state = 'dead', claim = NULL, dead_at = :now, last_status = :status,
                                last_error = :error
                            WHERE id = :id AND claim = :claim AND state = 'pending'""")
                    .param("now", UtcTimes.toDb(now)).param("status", status).param("error", clip(error)).param("id", id)
                    .param("claim", claim).update() == 1;
        }
        return jdbc.sql("""
                        UPDATE notification_delivery SET claim = NULL, next_attempt_at = :retryAt, last_status = :status,
                            last_error = :error
                        WHERE id = :id AND claim = :claim AND state = 'pending'""")
                .param("retryAt", UtcTimes.toDb(retryAt)).param("status", status).param("error", clip(error)).param("id", id)
                .param("claim", claim).update() == 1;
    }

    void addAttempt(UUID id, DeliveryAttempt attempt) {
        jdbc.sql("INSERT INTO notification_attempt (delivery_id, attempt, attempted_at, duration_ms, status, error) "
                        + "VALUES (:id, :attempt, :at, :duration, :status, :error)")
                .param("id", id).param("attempt", attempt.attempt()).param("at", UtcTimes.toDb(attempt.attemptedAt()))
                .param("duration", attempt.durationMs()).param("status", attempt.status()).param("error", clip(attempt.error()))
                .update();
    }

    List<DeliveryAttempt> attempts(UUID id) {
        return jdbc.sql("SELECT attempt, attempted_at, duration_ms, status, error FROM notification_attempt WHERE delivery_id = :id "
                        + "ORDER BY attempted_at, attempt")
                .param("id", id)
                .query((rs, n) -> new DeliveryAttempt(rs.getInt("attempt"), time(rs, "attempted_at"), rs.getLong("duration_ms"),
                        (Integer) rs.getObject("status", Integer.class), rs.getString("error")))
                .list();
    }

    /**
     * A dead or delivered delivery goes back to pending, due at {@code now}, with a fresh count of
     * attempts and the same id (so a receiver recognises a repeat). False when it is pending already
     * or its body was blanked by a customer's erasure (see {@link #erased(UUID)}).
     */
    boolean redeliver(UUID id, Instant now) {
        return jdbc.sql("""
                        UPDATE notification_delivery SET state = 'pending', attempts = 0, next_attempt_at = :now, claim = NULL,
                            delivered_at = NULL, dead_at = NULL
                        WHERE id = :id AND state IN ('dead', 'delivered') AND erased_at IS NULL""")
                .param("now", UtcTimes.toDb(now)).param("id", id).update() == 1;
    }

    /** Whether the delivery's body was blanked by its customer's erasure. */
    boolean erased(UUID id) {
        return jdbc.sql("SELECT COUNT(*) FROM notification_delivery WHERE id = :id AND erased_at IS NOT NULL").param("id", id)
                .query(Long.class).single() > 0;
    }

    /** A merge: the merged profile's notifications are about the survivor from now on. */
    void moveCustomer(long from, long to) {
        jdbc.sql("UPDATE notification_delivery SET customer_id = :to WHERE customer_id = :from").param("to", to).param("from", from)
                .update();
    }

    /** The notifications about a customer, oldest first (for their export). */
    List<Delivery> ofCustomer(long customerId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM notification_delivery WHERE customer_id = :c ORDER BY seq").param("c", customerId)
                .query(DeliveryRepository::row).list();
    }

    /**
     * A customer's erasure. What was not delivered (pending, including one a worker holds right now,
     * and dead) is deleted with its attempts, so that neither a retry nor a redelivery sends it. What
     * was delivered keeps its row, state, attempt count and times for the audit, but loses its body
     * (an empty JSON object for a webhook, an empty text for an e-mail), the errors (a receiver's
     * answer may quote the body) and the link to the customer. Returns {deleted, blanked}.
     */
    int[] eraseCustomer(long customerId, Instant now) {
        String undelivered = "SELECT id FROM notification_delivery WHERE customer_id = :c AND state IN ('pending', 'dead')";
        jdbc.sql("DELETE FROM notification_attempt WHERE delivery_id IN (" + undelivered + ")").param("c", customerId).update();
        int deleted = jdbc.sql("DELETE FROM notification_delivery WHERE customer_id = :c AND state IN ('pending', 'dead')")
                .param("c", customerId).update();
        jdbc.sql("UPDATE notification_attempt SET error = NULL WHERE delivery_id IN "
                        + "(SELECT id FROM notification_delivery WHERE customer_id = :c)")
                .param("c", customerId).update();
        int blanked = jdbc.sql("""
                        UPDATE notification_delivery SET body = CASE WHEN channel = 'webhook' THEN '{}' ELSE '' END, last_error = NULL,
                            customer_id = NULL, erased_at = :now
                        WHERE customer_id = :c""")
                .param("now", UtcTimes.toDb(now)).param("c", customerId).update();
        return new int[] {deleted, blanked};
    }

    Optional<Delivery> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM notification_delivery WHERE id = :id").param("id", id)
                .query(DeliveryRepository::row).optional();
    }

    /** Newest first, before {@code beforeSeq} (a cursor); an endpoint's webhooks or (endpoint null) all e-mails. */
    List<Delivery> list(Delivery.Channel channel, Long endpointId, DeliveryState state, Long beforeSeq, int limit) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM notification_delivery WHERE channel = :channel");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("channel", channel.key());
        if (endpointId != null) {
            sql.append(" AND endpoint_id = :endpoint");
            params.put("endpoint", endpointId);
        }
        if (state != null) {
            sql.append(" AND state = :state");
            params.put("state", state.key());
        }
        if (beforeSeq != null) {
            sql.append(" AND seq < :before");
            params.put("before", beforeSeq);
        }
        sql.append(" ORDER BY seq DESC LIMIT :limit");
        params.put("limit", limit);
        return jdbc.sql(sql.toString()).params(params).query(DeliveryRepository::row).list();
    }

    /** How many of an endpoint's deliveries are in each state. */
    Map<DeliveryState, Long> countsByState(long endpointId) {
        Map<DeliveryState, Long> counts = new EnumMap<>(DeliveryState.class);
        for (DeliveryState state : DeliveryState.values()) {
            counts.put(state, 0L);
        }
        jdbc.sql("SELECT state, COUNT(*) AS n FROM notification_delivery WHERE endpoint_id = :e GROUP BY state")
                .param("e", endpointId)
                .query((rs, n) -> {
                    long count = rs.getLong("n");
                    DeliveryState.fromKey(rs.getString("state")).ifPresent(s -> counts.put(s, count));
                    return count;
                }).list();
        return counts;
    }

    /** An endpoint is deleted with its deliveries and their attempts. */
    void deleteForEndpoint(long endpointId) {
        jdbc.sql("DELETE FROM notification_attempt WHERE delivery_id IN (SELECT id FROM notification_delivery WHERE endpoint_id = :e)")
                .param("e", endpointId).update();
        jdbc.sql("DELETE FROM notification_delivery WHERE endpoint_id = :e").param("e", endpointId).update();
    }

    /** Removes delivered rows older than {@code deliveredBefore} and dead ones older than {@code deadBefore}; returns how many. */
    int purge(Instant deliveredBefore, Instant deadBefore) {
        String finished = "(state = 'delivered' AND delivered_at < :delivered) OR (state = 'dead' AND dead_at < :dead)";
        jdbc.sql("DELETE FROM notification_attempt WHERE delivery_id IN (SELECT id FROM notification_delivery WHERE " + finished + ")")
                .param("delivered", UtcTimes.toDb(deliveredBefore)).param("dead", UtcTimes.toDb(deadBefore)).update();
        return jdbc.sql("DELETE FROM notification_delivery WHERE " + finished)
                .param("delivered", UtcTimes.toDb(deliveredBefore)).param("dead", UtcTimes.toDb(deadBefore)).update();
    }

    private static String clip(String value) {
        return value == null || value.length() <= ERROR_LENGTH ? value : value.substring(0, ERROR_LENGTH - 1) + "…";
    }

    private static Instant time(ResultSet rs, String column) throws SQLException {
        LocalDateTime value = rs.getObject(column, LocalDateTime.class);
        return value == null ? null : UtcTimes.fromDb(value);
    }

    private static Delivery row(ResultSet rs, int n) throws SQLException {
        return new Delivery(rs.getObject("id", UUID.class), rs.getLong("seq"), Delivery.Channel.fromKey(rs.getString("channel")),
                (Long) rs.getObject("endpoint_id", Long.class), rs.getString("event_type"), rs.getString("recipient"),
                rs.getString("language"), rs.getString("subject"), rs.getString("body"),
                DeliveryState.fromKey(rs.getString("state")).orElseThrow(), rs.getInt("attempts"), time(rs, "created_at"),
                time(rs, "next_attempt_at"), rs.getObject("claim", UUID.class), time(rs, "last_attempt_at"),
                (Integer) rs.getObject("last_status", Integer.class), rs.getString("last_error"), time(rs, "delivered_at"),
                time(rs, "dead_at"), (Long) rs.getObject("customer_id", Long.class), time(rs, "erased_at"));
    }
}
