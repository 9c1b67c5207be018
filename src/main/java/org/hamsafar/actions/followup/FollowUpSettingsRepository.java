package org.hamsafar.actions.followup;

import java.time.Instant;
import org.hamsafar.shared.store.UtcTimes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The one row of {@code case_follow_up_settings} (created by the migration, so it is only ever updated). */
@Repository
class FollowUpSettingsRepository {

    private final JdbcClient jdbc;

    FollowUpSettingsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    FollowUpSettings current() {
        return jdbc.sql("SELECT enabled, survey_id, builtin_survey_id, channel, delay_minutes, fatigue_exempt, updated_at, updated_by"
                        + " FROM case_follow_up_settings WHERE id = 1")
                .query((rs, n) -> new FollowUpSettings(rs.getBoolean("enabled"), rs.getObject("survey_id", Long.class),
                        rs.getObject("builtin_survey_id", Long.class), rs.getString("channel"), rs.getInt("delay_minutes"),
                        rs.getBoolean("fatigue_exempt"), UtcTimes.fromDb(rs.getObject("updated_at", java.time.LocalDateTime.class)),
                        rs.getString("updated_by")))
                .single();
    }

    void update(FollowUpSettings settings, Instant at, String actor) {
        jdbc.sql("""
                        UPDATE case_follow_up_settings SET enabled = :enabled, survey_id = :survey, builtin_survey_id = :builtin,
                            channel = :channel, delay_minutes = :delay, fatigue_exempt = :exempt, updated_at = :at, updated_by = :actor
                        WHERE id = 1""")
                .param("enabled", settings.enabled()).param("survey", settings.surveyId())
                .param("builtin", settings.builtinSurveyId()).param("channel", settings.channel())
                .param("delay", settings.delayMinutes()).param("exempt", settings.fatigueExempt())
                .param("at", UtcTimes.toDb(at)).param("actor", actor)
                .update();
    }
}
