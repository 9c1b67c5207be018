package org.hamsafar.feedback;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hamsafar.shared.store.UtcTimes;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Invitations: created, found by their link's token, moved through their statuses.
 *
 * <p>Sending is claimed row by row with a guarded UPDATE (the row still due and its attempt count
 * unchanged): of two instances that picked the same row, exactly one sees an update count of 1. A
 * claim stamps {@code sent_at} (the hand-over to the sender) and counts the attempt; a claim older
 * than the lease whose row is still not sent (the instance stopped mid-send) may be claimed again.
 */
@Repository
class InvitationRepository {
    static final String COLUMNS = """
            id, survey_id, customer_id, channel, touchpoint, trigger_id, event_id, token, status, reason, send_at, sent_at,
            reminded_at, answered_at, expires_at, attempts, created_at""";
    /** The channels the platform delivers itself (link invitations are handed out, never sent). */
    private static final String DELIVERED = "channel IN ('email', 'sms')";
    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    InvitationRepository(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    void insertAll(List<Invitation> invitations) {
        List<Object[]> rows = new ArrayList<>(invitations.size());
        for (Invitation i : invitations) {
            rows.add(new Object[] {i.id(), i.surveyId(), i.customerId(), i.channel(), i.touchpoint(), i.triggerId(), i.eventId(),
                    i.token(), i.status().key(), i.reason(), UtcTimes.toDb(i.sendAt()), UtcTimes.toDb(i.sentAt()),
                    UtcTimes.toDb(i.remindedAt()), UtcTimes.toDb(i.answeredAt()), UtcTimes.toDb(i.expiresAt()), i.attempts(),
                    UtcTimes.toDb(i.createdAt())});
        }
        batch.batchUpdate("INSERT INTO survey_invitation (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows);
    }

    /** A survey's invitations, newest (highest id) first, below {@code beforeId} when given. */
    List<Invitation> page(long surveyId, InvitationStatus status, Long beforeId, int limit) {
        var spec = jdbc.sql("SELECT " + COLUMNS + " FROM survey_invitation WHERE survey_id = :survey"
                        + (status == null ? "" : " AND status = :status") + (beforeId == null ? "" : " AND id < :before")
                        + " ORDER BY id DESC LIMIT :limit")
                .param("survey", surveyId).param("limit", limit);
        if (status != null) {
            spec = spec.param("status", status.key());
        }
        if (beforeId != null) {
            spec = spec.param("before", beforeId);
        }
        return spec.query(InvitationRepository::map).list();
    }

    /** How many of a survey's invitations stand at each status (statuses with none are absent). */
    Map<InvitationStatus, Long> countByStatus(long surveyId) {
        Map<InvitationStatus, Long> counts = new EnumMap<>(InvitationStatus.class);
        jdbc.sql("SELECT status, COUNT(*) AS n FROM survey_invitation WHERE survey_id = :survey GROUP BY status")
                .param("survey", surveyId)
                .query((rs, row) -> Map.entry(rs.getString("status"), rs.getLong("n"))).list()
                .forEach(e -> InvitationStatus.fromKey(e.getKey()).ifPresent(s -> counts.put(s, e.getValue())));
        return counts;
    }

    /**
     * Invitations due to be sent at {@code now}: scheduled, or failed with attempts left, whose time
     * came and that no instance holds a live claim on (none since {@code claimedBefore}).
     */
    List<Invitation> due(Instant now, Instant claimedBefore, int maxAttempts, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM survey_invitation WHERE status IN ('scheduled', 'failed') AND attempts < :max"
                        + " AND send_at <= :now AND " + DELIVERED + " AND (sent_at IS NULL OR sent_at < :claimedBefore)"
                        + " ORDER BY send_at, id LIMIT :limit")
                .param("max", maxAttempts).param("now", UtcTimes.toDb(now)).param("claimedBefore", UtcTimes.toDb(claimedBefore))
                .param("limit", limit)
                .query(InvitationRepository::map).list();
    }

    /** Claims a due invitation for sending; false when another instance (or run) got it first. */
    boolean claim(Invitation seen, Instant now, Instant claimedBefore) {
        return jdbc.sql("UPDATE survey_invitation SET attempts = attempts + 1, sent_at = :now WHERE id = :id AND attempts = :attempts"
                        + " AND status IN ('scheduled', 'failed') AND (sent_at IS NULL OR sent_at < :claimedBefore)")
                .param("now", UtcTimes.toDb(now)).param("id", seen.id()).param("attempts", seen.attempts())
                .param("claimedBefore", UtcTimes.toDb(claimedBefore))
                .update() == 1;
    }

    /** Marks a due invitation skipped on purpose; false when it changed meanwhile (claimed elsewhere). */
    boolean skip(Invitation seen, String reason, Instant claimedBefore) {
        // sent_at is cleared: it may hold the stamp of a claim whose instance stopped before sending.
        return jdbc.sql("UPDATE survey_invitation SET status = 'skipped', reason = :reason, sent_at = NULL WHERE id = :id"
                        + " AND attempts = :attempts"
                        + " AND status IN ('scheduled', 'failed') AND (sent_at IS NULL OR sent_at < :claimedBefore)")
                .param("reason", reason(reason)).param("id", seen.id()).param("attempts", seen.attempts())
                .param("claimedBefore", UtcTimes.toDb(claimedBefore))
                .update() == 1;
    }

    /** After a claim ({@code attempts} is the count the claim set). */
    void markSent(long id, int attempts, Instant at) {
        jdbc.sql("UPDATE survey_invitation SET status = 'sent', sent_at = :at, reason = NULL WHERE id = :id AND attempts = :attempts")
                .param("at", UtcTimes.toDb(at)).param("id", id).param("attempts", attempts).update();
    }

    /** After a claim: failed, to be tried again at {@code retryAt} while attempts are left. */
    void markFailed(long id, int attempts, String reason, Instant retryAt) {
        jdbc.sql("UPDATE survey_invitation SET status = 'failed', sent_at = NULL, reason = :reason, send_at = :retryAt"
                        + " WHERE id = :id AND attempts = :attempts")
                .param("reason", reason(reason)).param("retryAt", UtcTimes.toDb(retryAt)).param("id", id).param("attempts", attempts)
                .update();
    }

    /** Invitations not answered by their expiry time expire; returns how many did. */
    int expire(Instant now) {
        return jdbc.sql("UPDATE survey_invitation SET status = 'expired' WHERE status IN ('scheduled', 'sent', 'failed')"
                        + " AND expires_at <= :now")
                .param("now", UtcTimes.toDb(now)).update();
    }

    /** How many invitations were sent (or are being sent) to the customer since {@code since}, besides {@code exceptId}. */
    long sentSince(long customerId, Long surveyId, long exceptId, Instant since) {
        var spec = jdbc.sql("SELECT COUNT(*) FROM survey_invitation WHERE customer_id = :customer AND id <> :except AND " + DELIVERED
                        + " AND sent_at IS NOT NULL AND sent_at > :since" + (surveyId == null ? "" : " AND survey_id = :survey"))
                .param("customer", customerId).param("except", exceptId).param("since", UtcTimes.toDb(since));
        if (surveyId != null) {
            spec = spec.param("survey", surveyId);
        }
        return spec.query(Long.class).single();
    }

    /** Surveys with sent, unanswered, unexpired invitations that had no reminder yet. */
    List<Long> surveysAwaitingReminders(Instant now) {
        return jdbc.sql("SELECT DISTINCT survey_id FROM survey_invitation WHERE status = 'sent' AND reminded_at IS NULL AND "
                        + DELIVERED + " AND expires_at > :now")
                .param("now", UtcTimes.toDb(now)).query(Long.class).list();
    }

    /** A survey's invitations sent no later than {@code sentBefore}, unanswered, unexpired and not reminded yet. */
    List<Invitation> dueReminders(long surveyId, Instant sentBefore, Instant now, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM survey_invitation WHERE survey_id = :survey AND status = 'sent'"
                        + " AND reminded_at IS NULL AND " + DELIVERED + " AND sent_at <= :sentBefore AND expires_at > :now"
                        + " ORDER BY sent_at, id LIMIT :limit")
                .param("survey", surveyId).param("sentBefore", UtcTimes.toDb(sentBefore)).param("now", UtcTimes.toDb(now))
                .param("limit", limit)
                .query(InvitationRepository::map).list();
    }

    /** Claims the one reminder of an invitation; false when it was taken already. */
    boolean claimReminder(long id, Instant now) {
        return jdbc.sql("UPDATE survey_invitation SET reminded_at = :now WHERE id = :id AND status = 'sent' AND reminded_at IS NULL")
                .param("now", UtcTimes.toDb(now)).param("id", id).update() == 1;
    }

    /**
     * Withdraws an invitation not sent yet (scheduled, or failed with attempts left, and not claimed
     * by a sender at this moment): it is skipped with the reason. False when it was sent, is being
     * sent, or stands elsewhere (answered, expired, skipped).
     */
    boolean withdraw(long id, String reason) {
        return jdbc.sql("UPDATE survey_invitation SET status = 'skipped', reason = :reason WHERE id = :id"
                        + " AND status IN ('scheduled', 'failed') AND sent_at IS NULL")
                .param("reason", reason(reason)).param("id", id).update() == 1;
    }

    /** Notes why something about a sent invitation did not happen (its reminder). */
    void note(long id, String reason) {
        jdbc.sql("UPDATE survey_invitation SET reason = :reason WHERE id = :id").param("reason", reason(reason)).param("id", id).update();
    }

    List<Invitation> allOf(long customerId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM survey_invitation WHERE customer_id = :id ORDER BY created_at, id")
                .param("id", customerId).query(InvitationRepository::map).list();
    }

    void moveAll(long from, long to) {
        jdbc.sql("UPDATE survey_invitation SET customer_id = :to WHERE customer_id = :from").param("to", to).param("from", from).update();
    }

    /**
     * Invitations not yet sent are cancelled (skipped with the reason) and links already sent stop
     * working (expired); all stay as records. Answers saved page by page through them are removed.
     */
    void cancelPending(long customerId, String reason) {
        deleteDrafts(customerId);
        jdbc.sql("UPDATE survey_invitation SET status = 'skipped', reason = :reason WHERE customer_id = :id"
                        + " AND status IN ('scheduled', 'failed')")
                .param("reason", reason(reason)).param("id", customerId).update();
        jdbc.sql("UPDATE survey_invitation SET status = 'expired', reason = :reason WHERE customer_id = :id AND status = 'sent'")
                .param("reason", reason(reason)).param("id", customerId).update();
    }

    void deleteAll(long customerId) {
        deleteDrafts(customerId);
        jdbc.sql("DELETE FROM survey_invitation WHERE customer_id = :id").param("id", customerId).update();
    }

    /** Page-by-page answers given through the customer's personal links hold their words too. */
    private void deleteDrafts(long customerId) {
        jdbc.sql("DELETE FROM survey_draft WHERE invitation_id IN (SELECT id FROM survey_invitation WHERE customer_id = :id)")
                .param("id", customerId).update();
    }

    /** The column holds 500 characters; error messages from mail servers and SMS gateways can be longer. */
    private static String reason(String reason) {
        return reason == null || reason.length() <= 500 ? reason : reason.substring(0, 497) + "...";
    }

    void insert(Invitation i) {
        jdbc.sql("INSERT INTO survey_invitation (" + COLUMNS + ") VALUES (:id, :survey, :customer, :channel, :touchpoint, :trigger,"
                        + " :event, :token, :status, :reason, :sendAt, :sentAt, :remindedAt, :answeredAt, :expiresAt, :attempts, :createdAt)")
                .param("id", i.id()).param("survey", i.surveyId()).param("customer", i.customerId()).param("channel", i.channel())
                .param("touchpoint", i.touchpoint()).param("trigger", i.triggerId()).param("event", i.eventId())
                .param("token", i.token()).param("status", i.status().key()).param("reason", i.reason())
                .param("sendAt", UtcTimes.toDb(i.sendAt())).param("sentAt", UtcTimes.toDb(i.sentAt()))
                .param("remindedAt", UtcTimes.toDb(i.remindedAt())).param("answeredAt", UtcTimes.toDb(i.answeredAt()))
                .param("expiresAt", UtcTimes.toDb(i.expiresAt())).param("attempts", i.attempts())
                .param("createdAt", UtcTimes.toDb(i.createdAt()))
                .update();
    }

    Optional<Invitation> findByToken(String token) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM survey_invitation WHERE token = :token").param("token", token)
                .query(InvitationRepository::map).optional();
    }

    Optional<Invitation> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM survey_invitation WHERE id = :id").param("id", id)
                .query(InvitationRepository::map).optional();
    }

    static Invitation map(ResultSet rs, int row) throws SQLException {
        long trigger = rs.getLong("trigger_id");
        Long triggerId = rs.wasNull() ? null : trigger;
        return new Invitation(rs.getLong("id"), rs.getLong("survey_id"), rs.getLong("customer_id"), rs.getString("channel"),
                rs.getString("touchpoint"), triggerId, rs.getObject("event_id", UUID.class), rs.getString("token"),
                InvitationStatus.fromKey(rs.getString("status")).orElseThrow(), rs.getString("reason"),
                time(rs, "send_at"), time(rs, "sent_at"), time(rs, "reminded_at"), time(rs, "answered_at"),
                time(rs, "expires_at"), rs.getInt("attempts"), time(rs, "created_at"));
    }

    private static java.time.Instant time(ResultSet rs, String column) throws SQLException {
        LocalDateTime value = rs.getObject(column, LocalDateTime.class);
        return value == null ? null : UtcTimes.fromDb(value);
    }
}
