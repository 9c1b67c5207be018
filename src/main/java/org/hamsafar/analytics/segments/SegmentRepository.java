package org.hamsafar.analytics.segments;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hamsafar.shared.FieldProblem;
import org.hamsafar.shared.store.UtcTimes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Segment definitions ({@code analytics_segment}). */
@Repository
class SegmentRepository {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String COLUMNS = "segment_key, name_fa, name_en, match_mode, conditions, created_at, created_by, updated_at,"
            + " updated_by, refreshed_at, customers";
    private final JdbcClient jdbc;

    SegmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<SegmentDefinition> all() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM analytics_segment ORDER BY segment_key").query(SegmentRepository::row).list();
    }

    Optional<SegmentDefinition> find(String key) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM analytics_segment WHERE segment_key = :key").param("key", key)
                .query(SegmentRepository::row).optional();
    }

    void insert(SegmentDefinition s, Instant at, String actor) {
        jdbc.sql("INSERT INTO analytics_segment (" + COLUMNS + ") VALUES (:key, :fa, :en, :match, :conditions, :at, :actor, :at, :actor,"
                        + " NULL, NULL)")
                .param("key", s.key()).param("fa", s.nameFa()).param("en", s.nameEn()).param("match", s.matchAll() ? "all" : "any")
                .param("conditions", JSON.writeValueAsString(SegmentJson.write(s.conditions())))
                .param("at", UtcTimes.toDb(at)).param("actor", actor).update();
    }

    boolean update(SegmentDefinition s, Instant at, String actor) {
        return jdbc.sql("UPDATE analytics_segment SET name_fa = :fa, name_en = :en, match_mode = :match, conditions = :conditions,"
                        + " updated_at = :at, updated_by = :actor WHERE segment_key = :key")
                .param("key", s.key()).param("fa", s.nameFa()).param("en", s.nameEn()).param("match", s.matchAll() ? "all" : "any")
                .param("conditions", JSON.writeValueAsString(SegmentJson.write(s.conditions())))
                .param("at", UtcTimes.toDb(at)).param("actor", actor).update() > 0;
    }

    void refreshed(String key, Instant at, long customers) {
        jdbc.sql("UPDATE analytics_segment SET refreshed_at = :at, customers = :customers WHERE segment_key = :key")
                .param("key", key).param("at", UtcTimes.toDb(at)).param("customers", customers).update();
    }

    boolean delete(String key) {
        return jdbc.sql("DELETE FROM analytics_segment WHERE segment_key = :key").param("key", key).update() > 0;
    }

    private static SegmentDefinition row(ResultSet rs, int n) throws SQLException {
        List<FieldProblem> problems = new ArrayList<>();
        List<SegmentCondition> conditions = SegmentJson.conditions(JSON.readTree(rs.getString("conditions")), problems);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("stored segment " + rs.getString("segment_key") + " is unreadable: " + problems);
        }
        long customers = rs.getLong("customers");
        Long count = rs.wasNull() ? null : customers;
        return new SegmentDefinition(rs.getString("segment_key"), rs.getString("name_fa"), rs.getString("name_en"),
                "all".equals(rs.getString("match_mode")), conditions, time(rs, "created_at"), rs.getString("created_by"),
                time(rs, "updated_at"), rs.getString("updated_by"), time(rs, "refreshed_at"), count);
    }

    private static Instant time(ResultSet rs, String column) throws SQLException {
        return UtcTimes.fromDb(rs.getObject(column, LocalDateTime.class));
    }
}
