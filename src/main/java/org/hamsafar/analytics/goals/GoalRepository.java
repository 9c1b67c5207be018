package org.hamsafar.analytics.goals;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.hamsafar.analytics.forecast.MetricDefinition;
import org.hamsafar.analytics.forecast.MetricKind;
import org.hamsafar.shared.store.UtcTimes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The analytics_goal and analytics_goal_measurement tables. */
@Repository
class GoalRepository {
    private static final String COLUMNS = "id, title, description, metric_kind, event_type, survey_id, touchpoint, channel, segment, window_days,"
            + " baseline_value, baseline_date, target_value, due_date, owner, created_at, created_by, updated_at";
    private final JdbcClient jdbc;

    GoalRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(GoalDraft draft, String by, Instant at) {
        long id = jdbc.sql("SELECT nextval('analytics_goal_seq')").query(Long.class).single();
        bind(jdbc.sql("INSERT INTO analytics_goal (" + COLUMNS + ") VALUES (:id, :title, :description, :kind, :eventType, :surveyId,"
                + " :touchpoint, :channel, :segment, :windowDays, :baselineValue, :baselineDate, :targetValue, :dueDate, :owner, :at, :by, :at)"), draft)
                .param("id", id).param("by", by).param("at", UtcTimes.toDb(at)).update();
        return id;
    }

    boolean update(long id, GoalDraft draft, Instant at) {
        return bind(jdbc.sql("UPDATE analytics_goal SET title = :title, description = :description, metric_kind = :kind,"
                + " event_type = :eventType, survey_id = :surveyId, touchpoint = :touchpoint, channel = :channel, segment = :segment,"
                + " window_days = :windowDays,"
                + " baseline_value = :baselineValue, baseline_date = :baselineDate, target_value = :targetValue, due_date = :dueDate,"
                + " owner = :owner, updated_at = :at WHERE id = :id"), draft)
                .param("id", id).param("at", UtcTimes.toDb(at)).update() == 1;
    }

    /** Deletes the goal and its measurements; false when there was no such goal. */
    boolean delete(long id) {
        jdbc.sql("DELETE FROM analytics_goal_measurement WHERE goal_id = :id").param("id", id).update();
        return jdbc.sql("DELETE FROM analytics_goal WHERE id = :id").param("id", id).update() == 1;
    }

    Optional<CxGoal> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM analytics_goal WHERE id = :id").param("id", id).query(this::row).optional();
    }

    /** Goals by due date (soonest first), then id: {@code limit} of them after the first {@code offset}. */
    List<CxGoal> list(int limit, int offset) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM analytics_goal ORDER BY due_date, id LIMIT :limit OFFSET :offset")
                .param("limit", limit).param("offset", offset).query(this::row).list();
    }

    long count() {
        return jdbc.sql("SELECT COUNT(*) FROM analytics_goal").query(Long.class).single();
    }

    void addMeasurement(long goalId, GoalMeasurement m) {
        jdbc.sql("INSERT INTO analytics_goal_measurement (goal_id, data_from, data_to, value, n, recorded_at, recorded_by)"
                        + " VALUES (:goal, :from, :to, :value, :n, :at, :by)")
                .param("goal", goalId).param("from", UtcTimes.toDb(m.dataFrom())).param("to", UtcTimes.toDb(m.dataTo()))
                .param("value", m.value()).param("n", m.n()).param("at", UtcTimes.toDb(m.recordedAt())).param("by", m.recordedBy())
                .update();
    }

    /** The goal's measurements, oldest window end first, at most the latest {@code limit}. */
    List<GoalMeasurement> measurements(long goalId, int limit) {
        List<GoalMeasurement> newest = jdbc.sql("SELECT data_from, data_to, value, n, recorded_at, recorded_by FROM analytics_goal_measurement"
                        + " WHERE goal_id = :goal ORDER BY data_to DESC, recorded_at DESC LIMIT :limit")
                .param("goal", goalId).param("limit", limit)
                .query((rs, i) -> new GoalMeasurement(UtcTimes.fromDb(rs.getObject("data_from", LocalDateTime.class)),
                        UtcTimes.fromDb(rs.getObject("data_to", LocalDateTime.class)), nullableDouble(rs, "value"), rs.getLong("n"),
                        UtcTimes.fromDb(rs.getObject("recorded_at", LocalDateTime.class)), rs.getString("recorded_by")))
                .list();
        List<GoalMeasurement> oldestFirst = new ArrayList<>(newest);
        Collections.reverse(oldestFirst);
        return oldestFirst;
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, GoalDraft d) {
        MetricDefinition m = d.metric();
        return statement.param("title", d.title()).param("description", d.description()).param("kind", m.kind().key())
                .param("eventType", m.eventType()).param("surveyId", m.surveyId()).param("touchpoint", m.touchpoint())
                .param("channel", m.channel()).param("segment", m.segment()).param("windowDays", d.windowDays()).param("baselineValue", d.baselineValue())
                .param("baselineDate", d.baselineDate()).param("targetValue", d.targetValue()).param("dueDate", d.dueDate())
                .param("owner", d.owner());
    }

    private CxGoal row(ResultSet rs, int i) throws SQLException {
        long survey = rs.getLong("survey_id");
        Long surveyId = rs.wasNull() ? null : survey;
        MetricDefinition metric = new MetricDefinition(MetricKind.fromKey(rs.getString("metric_kind")).orElseThrow(), rs.getString("event_type"),
                surveyId, rs.getString("touchpoint"), rs.getString("channel"), rs.getString("segment"));
        GoalDraft draft = new GoalDraft(rs.getString("title"), rs.getString("description"), metric, rs.getInt("window_days"),
                rs.getDouble("baseline_value"), rs.getObject("baseline_date", LocalDate.class), rs.getDouble("target_value"),
                rs.getObject("due_date", LocalDate.class), rs.getString("owner"));
        return new CxGoal(rs.getLong("id"), draft, UtcTimes.fromDb(rs.getObject("created_at", LocalDateTime.class)),
                rs.getString("created_by"), UtcTimes.fromDb(rs.getObject("updated_at", LocalDateTime.class)));
    }

    /** getObject, not getDouble: the DuckDB driver answers NaN for a NULL double. */
    private static Double nullableDouble(ResultSet rs, String column) throws SQLException {
        Object value = rs.getObject(column);
        return value instanceof Number n && !Double.isNaN(n.doubleValue()) ? n.doubleValue() : null;
    }
}
