package org.hamsafar.feedback;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.UUID;
import org.hamsafar.shared.store.UtcTimes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Invitations: created, found by their link's token, moved through their statuses. */
@Repository
class InvitationRepository {
    static final String COLUMNS = """
            id, survey_id, customer_id, channel, touchpoint, trigger_id, event_id, token, status, reason, send_at, sent_at,
            reminded_at, answered_at, expires_at, attempts, created_at""";
    private final JdbcClient jdbc;

    InvitationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
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
