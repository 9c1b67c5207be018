package org.hamsafar.analytics.jobs;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.hamsafar.shared.store.UtcTimes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The analytics_job table. Each state change is its own short transaction (auto-commit). */
@Repository
class AnalyticsJobRepository {
    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String COLUMNS = "id, kind, state, progress, stage, parameters, result, error, model_version, data_from, data_to,"
            + " requested_by, requested_at, started_at, finished_at";
    /** The columns without the result, which may be large. */
    private static final String LIST_COLUMNS = "SELECT id, kind, state, progress, stage, parameters, CAST(NULL AS VARCHAR) AS result, error,"
            + " model_version, data_from, data_to, requested_by, requested_at, started_at, finished_at FROM analytics_job";
    private final JdbcClient jdbc;

    AnalyticsJobRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insertQueued(String kind, JsonNode parameters, String modelVersion, String requestedBy, Instant at) {
        long id = jdbc.sql("SELECT nextval('analytics_job_seq')").query(Long.class).single();
        jdbc.sql("INSERT INTO analytics_job (id, kind, state, progress, parameters, model_version, requested_by, requested_at)"
                        + " VALUES (:id, :kind, 'queued', 0, :parameters, :version, :by, :at)")
                .param("id", id).param("kind", kind).param("parameters", JSON.writeValueAsString(parameters))
                .param("version", modelVersion).param("by", requestedBy).param("at", UtcTimes.toDb(at)).update();
        return id;
    }

    void markRunning(long id, Instant at) {
        jdbc.sql("UPDATE analytics_job SET state = 'running', started_at = :at WHERE id = :id").param("id", id)
                .param("at", UtcTimes.toDb(at)).update();
    }

    void progress(long id, double fraction, String stage) {
        jdbc.sql("UPDATE analytics_job SET progress = :p, stage = :stage WHERE id = :id AND state = 'running'").param("id", id)
                .param("p", fraction).param("stage", truncate(stage, 300)).update();
    }

    void markSucceeded(long id, AnalysisOutcome outcome, Instant at) {
        jdbc.sql("UPDATE analytics_job SET state = 'succeeded', progress = 1, stage = NULL, error = NULL, result = :result, data_from = :from,"
                        + " data_to = :to, finished_at = :at WHERE id = :id")
                .param("id", id).param("result", JSON.writeValueAsString(outcome.result()))
                .param("from", outcome.dataFrom() == null ? null : UtcTimes.toDb(outcome.dataFrom()))
                .param("to", outcome.dataTo() == null ? null : UtcTimes.toDb(outcome.dataTo())).param("at", UtcTimes.toDb(at)).update();
    }

    void markFailed(long id, String error, Instant at) {
        jdbc.sql("UPDATE analytics_job SET state = 'failed', stage = NULL, error = :error, finished_at = :at WHERE id = :id")
                .param("id", id).param("error", truncate(error, 2000)).param("at", UtcTimes.toDb(at)).update();
    }

    /** Jobs a stopped process left queued or running: they will never finish. */
    int failUnfinished(String error, Instant requestedBefore, Instant at) {
        return jdbc.sql("UPDATE analytics_job SET state = 'failed', stage = NULL, error = :error, finished_at = :at"
                        + " WHERE state IN ('queued', 'running') AND requested_at < :before")
                .param("error", error).param("before", UtcTimes.toDb(requestedBefore)).param("at", UtcTimes.toDb(at)).update();
    }

    Optional<AnalyticsJob> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM analytics_job WHERE id = :id").param("id", id).query(this::row).optional();
    }

    Optional<AnalyticsJob> latestSucceeded(String kind) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM analytics_job WHERE kind = :kind AND state = 'succeeded' ORDER BY id DESC LIMIT 1")
                .param("kind", kind).query(this::row).optional();
    }

    /**
     * The newest succeeded job of {@code kind} among the {@code scanned} newest whose parameters
     * pass {@code parameters}, with its result.
     */
    Optional<AnalyticsJob> latestSucceeded(String kind, Predicate<JsonNode> parameters, int scanned) {
        return jdbc.sql(LIST_COLUMNS + " WHERE kind = :kind AND state = 'succeeded' ORDER BY id DESC LIMIT :limit")
                .param("kind", kind).param("limit", scanned).query(this::row).list().stream()
                .filter(job -> parameters.test(job.parameters())).findFirst().flatMap(job -> find(job.id()));
    }

    /** Jobs newest first, without results; {@code kind} null for all, {@code before} an id cursor or null. */
    List<AnalyticsJob> page(String kind, Long before, int limit) {
        String where = (kind == null ? "1 = 1" : "kind = :kind") + (before == null ? "" : " AND id < :before");
        JdbcClient.StatementSpec statement = jdbc.sql(LIST_COLUMNS + " WHERE " + where + " ORDER BY id DESC LIMIT :limit").param("limit", limit);
        if (kind != null) {
            statement = statement.param("kind", kind);
        }
        if (before != null) {
            statement = statement.param("before", before);
        }
        return statement.query(this::row).list();
    }

    /** The newest job of each kind (any state), without results. */
    List<AnalyticsJob> newestPerKind() {
        return jdbc.sql(LIST_COLUMNS + " WHERE id IN (SELECT MAX(id) FROM analytics_job GROUP BY kind)").query(this::row).list();
    }

    private AnalyticsJob row(ResultSet rs, int n) throws SQLException {
        String result = rs.getString("result");
        return new AnalyticsJob(rs.getLong("id"), rs.getString("kind"), JobState.valueOf(rs.getString("state").toUpperCase(java.util.Locale.ROOT)),
                rs.getDouble("progress"), rs.getString("stage"), JSON.readTree(rs.getString("parameters")),
                result == null ? null : JSON.readTree(result), rs.getString("error"), rs.getString("model_version"),
                instant(rs, "data_from"), instant(rs, "data_to"), rs.getString("requested_by"), instant(rs, "requested_at"),
                instant(rs, "started_at"), instant(rs, "finished_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        LocalDateTime value = rs.getObject(column, LocalDateTime.class);
        return value == null ? null : UtcTimes.fromDb(value);
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
