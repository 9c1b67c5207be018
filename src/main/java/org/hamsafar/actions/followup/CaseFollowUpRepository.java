package org.hamsafar.actions.followup;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hamsafar.shared.store.UtcTimes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Follow-up invitations of cases ({@code case_follow_up}) and their answers. */
@Repository
class CaseFollowUpRepository {

    private static final String COLUMNS = "invitation_id, case_id, customer_id, survey_id, channel, resolved_at, send_at, fatigue_exempt,"
            + " created_at, withdrawn_at, response_id, answered_at, solved, csat, comment";

    /** Ids per IN list: well below both stores' parameter limits. */
    private static final int CHUNK = 500;

    private final JdbcClient jdbc;

    CaseFollowUpRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(CaseFollowUp f) {
        jdbc.sql("INSERT INTO case_follow_up (invitation_id, case_id, customer_id, survey_id, channel, resolved_at, send_at, fatigue_exempt,"
                        + " created_at) VALUES (:invitation, :case, :customer, :survey, :channel, :resolved, :sendAt, :exempt, :created)")
                .param("invitation", f.invitationId()).param("case", f.caseId()).param("customer", f.customerId())
                .param("survey", f.surveyId()).param("channel", f.channel()).param("resolved", UtcTimes.toDb(f.resolvedAt()))
                .param("sendAt", UtcTimes.toDb(f.sendAt())).param("exempt", f.fatigueExempt())
                .param("created", UtcTimes.toDb(f.createdAt()))
                .update();
    }

    Optional<CaseFollowUp> find(long invitationId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM case_follow_up WHERE invitation_id = :id").param("id", invitationId)
                .query(CaseFollowUpRepository::row).optional();
    }

    /** The follow-ups among these invitations, by invitation id (one query; ids of other invitations are missing). */
    Map<Long, CaseFollowUp> find(Collection<Long> invitationIds) {
        Map<Long, CaseFollowUp> found = new HashMap<>();
        List<Long> ids = List.copyOf(new java.util.LinkedHashSet<>(invitationIds));
        for (int i = 0; i < ids.size(); i += CHUNK) {
            jdbc.sql("SELECT " + COLUMNS + " FROM case_follow_up WHERE invitation_id IN (:ids)")
                    .param("ids", ids.subList(i, Math.min(ids.size(), i + CHUNK)))
                    .query(CaseFollowUpRepository::row).list()
                    .forEach(f -> found.put(f.invitationId(), f));
        }
        return found;
    }

    /** The case's follow-ups, newest first. */
    List<CaseFollowUp> ofCase(long caseId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM case_follow_up WHERE case_id = :case ORDER BY created_at DESC, invitation_id DESC")
                .param("case", caseId).query(CaseFollowUpRepository::row).list();
    }

    Optional<CaseFollowUp> latest(long caseId) {
        return ofCase(caseId).stream().findFirst();
    }

    /** Stores the answer once: false when the follow-up was answered before (or is not there). */
    boolean answer(long invitationId, UUID responseId, Instant answeredAt, FollowUpAnswer answer) {
        return jdbc.sql("UPDATE case_follow_up SET response_id = :response, answered_at = :at, solved = :solved, csat = :csat,"
                        + " comment = :comment WHERE invitation_id = :id AND answered_at IS NULL")
                .param("response", responseId).param("at", UtcTimes.toDb(answeredAt)).param("solved", answer.solved())
                .param("csat", answer.csat()).param("comment", answer.comment()).param("id", invitationId)
                .update() == 1;
    }

    void withdraw(long invitationId, Instant at) {
        jdbc.sql("UPDATE case_follow_up SET withdrawn_at = :at WHERE invitation_id = :id").param("at", UtcTimes.toDb(at))
                .param("id", invitationId).update();
    }

    boolean exempt(long invitationId) {
        return jdbc.sql("SELECT COUNT(*) FROM case_follow_up WHERE invitation_id = :id AND fatigue_exempt")
                .param("id", invitationId).query(Long.class).single() > 0;
    }

    List<CaseFollowUp> ofCustomer(long customerId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM case_follow_up WHERE customer_id = :customer ORDER BY created_at, invitation_id")
                .param("customer", customerId).query(CaseFollowUpRepository::row).list();
    }

    void moveCustomer(long from, long to) {
        jdbc.sql("UPDATE case_follow_up SET customer_id = :to WHERE customer_id = :from").param("to", to).param("from", from).update();
    }

    /** Anonymising keeps whether the problem was solved and the score, not the customer's words or the link to them. */
    void anonymise(long customerId) {
        jdbc.sql("UPDATE case_follow_up SET comment = NULL, response_id = NULL, customer_id = NULL WHERE customer_id = :customer")
                .param("customer", customerId).update();
    }

    void deleteAll(long customerId) {
        jdbc.sql("DELETE FROM case_follow_up WHERE customer_id = :customer").param("customer", customerId).update();
    }

    private static Instant time(ResultSet rs, String column) throws SQLException {
        return UtcTimes.fromDb(rs.getObject(column, LocalDateTime.class));
    }

    private static CaseFollowUp row(ResultSet rs, int n) throws SQLException {
        return new CaseFollowUp(rs.getLong("invitation_id"), rs.getLong("case_id"), rs.getObject("customer_id", Long.class),
                rs.getLong("survey_id"), rs.getString("channel"), time(rs, "resolved_at"), time(rs, "send_at"),
                rs.getBoolean("fatigue_exempt"), time(rs, "created_at"), time(rs, "withdrawn_at"),
                rs.getObject("response_id", UUID.class), time(rs, "answered_at"), rs.getObject("solved", Boolean.class),
                rs.getObject("csat", Integer.class), rs.getString("comment"));
    }
}
