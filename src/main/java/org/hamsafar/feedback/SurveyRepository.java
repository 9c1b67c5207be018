package org.hamsafar.feedback;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hamsafar.shared.store.UtcTimes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Surveys and their versions; definitions and settings are stored as JSON. */
@Repository
class SurveyRepository {
    private static final String COLUMNS = """
            s.id, s.public_key, s.name, s.status, s.current_version, s.settings, s.created_at, s.updated_at, v.definition
            FROM survey s JOIN survey_version v ON v.survey_id = s.id AND v.version = s.current_version""";
    private final JdbcClient jdbc;
    private final JsonMapper json;

    SurveyRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void insert(Survey survey) {
        jdbc.sql("""
                INSERT INTO survey (id, public_key, name, status, current_version, settings, created_at, updated_at)
                VALUES (:id, :key, :name, :status, :version, :settings, :createdAt, :updatedAt)""")
                .param("id", survey.id())
                .param("key", survey.key())
                .param("name", survey.name())
                .param("status", survey.status().key())
                .param("version", survey.version())
                .param("settings", json.writeValueAsString(survey.settings()))
                .param("createdAt", UtcTimes.toDb(survey.createdAt()))
                .param("updatedAt", UtcTimes.toDb(survey.updatedAt()))
                .update();
        insertVersion(survey.id(), survey.version(), survey.definition(), survey.updatedAt());
    }

    void insertVersion(long surveyId, int version, SurveyDefinition definition, Instant at) {
        jdbc.sql("INSERT INTO survey_version (survey_id, version, created_at, definition) VALUES (:id, :version, :at, :definition)")
                .param("id", surveyId).param("version", version).param("at", UtcTimes.toDb(at))
                .param("definition", json.writeValueAsString(definition))
                .update();
    }

    /** Replaces a version that nobody answered yet (a draft's edits). */
    void replaceVersion(long surveyId, int version, SurveyDefinition definition) {
        jdbc.sql("UPDATE survey_version SET definition = :definition WHERE survey_id = :id AND version = :version")
                .param("definition", json.writeValueAsString(definition)).param("id", surveyId).param("version", version)
                .update();
    }

    void update(Survey survey) {
        jdbc.sql("""
                UPDATE survey SET name = :name, status = :status, current_version = :version, settings = :settings,
                       updated_at = :updatedAt WHERE id = :id""")
                .param("name", survey.name())
                .param("status", survey.status().key())
                .param("version", survey.version())
                .param("settings", json.writeValueAsString(survey.settings()))
                .param("updatedAt", UtcTimes.toDb(survey.updatedAt()))
                .param("id", survey.id())
                .update();
    }

    Optional<Survey> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " WHERE s.id = :id").param("id", id).query(this::map).optional();
    }

    Optional<Survey> findByKey(String key) {
        return jdbc.sql("SELECT " + COLUMNS + " WHERE s.public_key = :key").param("key", key).query(this::map).optional();
    }

    Optional<SurveyDefinition> version(long surveyId, int version) {
        return jdbc.sql("SELECT definition FROM survey_version WHERE survey_id = :id AND version = :version")
                .param("id", surveyId).param("version", version)
                .query(String.class).optional().map(text -> json.readValue(text, SurveyDefinition.class));
    }

    /** Newest first, after the survey {@code beforeId} (exclusive; null from the start). */
    List<Survey> list(SurveyStatus status, Long beforeId, int limit) {
        // Conditions are added only when given: PostgreSQL cannot type a bare "NULL IS NULL" parameter.
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " WHERE 1 = 1");
        if (status != null) {
            sql.append(" AND s.status = :status");
        }
        if (beforeId != null) {
            sql.append(" AND s.id < :before");
        }
        JdbcClient.StatementSpec statement = jdbc.sql(sql.append(" ORDER BY s.id DESC LIMIT :limit").toString()).param("limit", limit);
        if (status != null) {
            statement = statement.param("status", status.key());
        }
        if (beforeId != null) {
            statement = statement.param("before", beforeId);
        }
        return statement.query(this::map).list();
    }

    /** Whether anyone may hold the survey's questions: invitations were made or a page was saved. */
    boolean wasShared(long surveyId) {
        return jdbc.sql("SELECT (SELECT COUNT(*) FROM survey_invitation WHERE survey_id = :id)"
                        + " + (SELECT COUNT(*) FROM survey_draft WHERE survey_id = :id)")
                .param("id", surveyId).query(Long.class).single() > 0;
    }

    boolean keyTaken(String key) {
        return jdbc.sql("SELECT COUNT(*) FROM survey WHERE public_key = :key").param("key", key).query(Long.class).single() > 0;
    }

    private Survey map(ResultSet rs, int row) throws SQLException {
        return new Survey(rs.getLong("id"), rs.getString("public_key"), rs.getString("name"),
                SurveyStatus.fromKey(rs.getString("status")).orElseThrow(), rs.getInt("current_version"),
                json.readValue(rs.getString("definition"), SurveyDefinition.class),
                json.readValue(rs.getString("settings"), SurveySettings.class),
                UtcTimes.fromDb(rs.getObject("created_at", java.time.LocalDateTime.class)),
                UtcTimes.fromDb(rs.getObject("updated_at", java.time.LocalDateTime.class)));
    }
}
