package org.hamsafar.feedback;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Optional;
import org.hamsafar.shared.store.UtcTimes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Partly answered public forms (table survey_draft), saved page by page. */
@Repository
class SurveyDraftRepository {
    private static final TypeReference<LinkedHashMap<String, Object>> OBJECT = new TypeReference<>() { };
    private static final String COLUMNS = """
            id, survey_id, survey_version, invitation_id, language, touchpoint, page, answers, started_at, updated_at, submitted_at""";
    private final JdbcClient jdbc;
    private final JsonMapper json;

    SurveyDraftRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    Optional<SurveyDraft> find(String id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM survey_draft WHERE id = :id").param("id", id).query(this::map).optional();
    }

    /** Stores the draft, replacing an earlier state of it. Call inside a write transaction. */
    /**
     * Deletes drafts never sent that were last touched before {@code unsentBefore}, and sent ones
     * (kept only to recognise a resent last page) sent before {@code sentBefore}; returns how many.
     */
    int deleteStale(Instant unsentBefore, Instant sentBefore) {
        return jdbc.sql("DELETE FROM survey_draft WHERE (submitted_at IS NULL AND updated_at < :unsent)"
                        + " OR (submitted_at IS NOT NULL AND submitted_at < :sent)")
                .param("unsent", UtcTimes.toDb(unsentBefore)).param("sent", UtcTimes.toDb(sentBefore)).update();
    }

    void save(SurveyDraft d) {
        int updated = jdbc.sql("""
                        UPDATE survey_draft SET survey_version = :version, invitation_id = :invitation, language = :language,
                               touchpoint = :touchpoint, page = :page, answers = :answers, updated_at = :updatedAt,
                               submitted_at = :submittedAt
                        WHERE id = :id AND survey_id = :survey""")
                .param("version", d.surveyVersion()).param("invitation", d.invitationId()).param("language", d.language())
                .param("touchpoint", d.touchpoint()).param("page", d.page()).param("answers", json.writeValueAsString(d.answers()))
                .param("updatedAt", UtcTimes.toDb(d.updatedAt())).param("submittedAt", UtcTimes.toDb(d.submittedAt()))
                .param("id", d.id()).param("survey", d.surveyId())
                .update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO survey_draft (" + COLUMNS + ") VALUES (:id, :survey, :version, :invitation, :language, :touchpoint,"
                            + " :page, :answers, :startedAt, :updatedAt, :submittedAt)")
                    .param("id", d.id()).param("survey", d.surveyId()).param("version", d.surveyVersion())
                    .param("invitation", d.invitationId()).param("language", d.language()).param("touchpoint", d.touchpoint())
                    .param("page", d.page()).param("answers", json.writeValueAsString(d.answers()))
                    .param("startedAt", UtcTimes.toDb(d.startedAt())).param("updatedAt", UtcTimes.toDb(d.updatedAt()))
                    .param("submittedAt", UtcTimes.toDb(d.submittedAt()))
                    .update();
        }
    }

    private SurveyDraft map(ResultSet rs, int row) throws SQLException {
        long invitation = rs.getLong("invitation_id");
        Long invitationId = rs.wasNull() ? null : invitation;
        return new SurveyDraft(rs.getString("id"), rs.getLong("survey_id"), rs.getInt("survey_version"), invitationId,
                rs.getString("language"), rs.getString("touchpoint"), rs.getInt("page"),
                json.readValue(rs.getString("answers"), OBJECT), time(rs, "started_at"), time(rs, "updated_at"),
                time(rs, "submitted_at"));
    }

    private static java.time.Instant time(ResultSet rs, String column) throws SQLException {
        return UtcTimes.fromDb(rs.getObject(column, LocalDateTime.class));
    }
}
