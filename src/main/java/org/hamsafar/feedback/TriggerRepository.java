package org.hamsafar.feedback;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.hamsafar.shared.store.UtcTimes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Survey triggers: what interactions invite to which survey. */
@Repository
class TriggerRepository {
    private static final String COLUMNS =
            "id, survey_id, event_type, touchpoint, event_channel, invite_channel, delay_minutes, enabled, created_at";
    private final JdbcClient jdbc;

    TriggerRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(SurveyTrigger t) {
        jdbc.sql("INSERT INTO survey_trigger (" + COLUMNS + ") VALUES (:id, :survey, :type, :touchpoint, :eventChannel, :inviteChannel,"
                        + " :delay, :enabled, :at)")
                .param("id", t.id()).param("survey", t.surveyId()).param("type", t.eventType()).param("touchpoint", t.touchpoint())
                .param("eventChannel", t.eventChannel()).param("inviteChannel", t.inviteChannel()).param("delay", t.delayMinutes())
                .param("enabled", t.enabled()).param("at", UtcTimes.toDb(t.createdAt()))
                .update();
    }

    List<SurveyTrigger> ofSurvey(long surveyId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM survey_trigger WHERE survey_id = :survey ORDER BY id")
                .param("survey", surveyId).query(TriggerRepository::map).list();
    }

    Optional<SurveyTrigger> find(long surveyId, long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM survey_trigger WHERE survey_id = :survey AND id = :id")
                .param("survey", surveyId).param("id", id).query(TriggerRepository::map).optional();
    }

    List<SurveyTrigger> allEnabled() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM survey_trigger WHERE enabled ORDER BY id").query(TriggerRepository::map).list();
    }

    boolean delete(long surveyId, long id) {
        return jdbc.sql("DELETE FROM survey_trigger WHERE survey_id = :survey AND id = :id")
                .param("survey", surveyId).param("id", id).update() == 1;
    }

    private static SurveyTrigger map(ResultSet rs, int row) throws SQLException {
        return new SurveyTrigger(rs.getLong("id"), rs.getLong("survey_id"), rs.getString("event_type"), rs.getString("touchpoint"),
                rs.getString("event_channel"), rs.getString("invite_channel"), rs.getInt("delay_minutes"), rs.getBoolean("enabled"),
                UtcTimes.fromDb(rs.getObject("created_at", LocalDateTime.class)));
    }
}
