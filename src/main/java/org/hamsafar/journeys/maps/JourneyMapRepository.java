package org.hamsafar.journeys.maps;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hamsafar.journeys.personas.PersianLetters;
import org.hamsafar.shared.store.UtcTimes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Journey maps ({@code journey_map}: current metadata) and their versions ({@code journey_map_version}: documents). */
@Repository
class JourneyMapRepository {
    private static final String MAP_COLUMNS = "id, name, map_type, persona_id, latest_version, stage_count, created_at, created_by, "
            + "updated_at, updated_by";
    private static final String VERSION_COLUMNS = "version, saved_at, saved_by, note, change_kind, change_detail, document";
    private final JdbcClient jdbc;

    JourneyMapRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A map's row: what its latest version says, for lists and checks. */
    record MapRow(long id, String name, JourneyMapType type, Long personaId, int latestVersion, int stageCount, Instant createdAt,
                  String createdBy, Instant updatedAt, String updatedBy) {
    }

    /** A stored version with its document (JSON). */
    record VersionRow(int version, Instant savedAt, String savedBy, String note, VersionChange change, String changeDetail,
                      String document) {
    }

    long nextId() {
        return jdbc.sql("SELECT nextval('journey_map_seq')").query(Long.class).single();
    }

    void insertMap(long id, JourneyMapDraft map, Instant at, String actor) {
        jdbc.sql("INSERT INTO journey_map (" + MAP_COLUMNS + ", name_key) VALUES (:id, :name, :type, :persona, 1, :stages, :at, :actor, "
                        + ":at, :actor, :nameKey)")
                .param("id", id).param("name", map.name()).param("type", map.type().key()).param("persona", map.personaId())
                .param("stages", map.stages().size()).param("at", UtcTimes.toDb(at)).param("actor", actor)
                .param("nameKey", PersianLetters.key(map.name())).update();
    }

    /** Copies the latest version's name, type, persona and size into the map's row. */
    void updateMap(long id, JourneyMapDraft map, int version, Instant at, String actor) {
        jdbc.sql("""
                        UPDATE journey_map SET name = :name, name_key = :nameKey, map_type = :type, persona_id = :persona,
                               latest_version = :version, stage_count = :stages, updated_at = :at, updated_by = :actor
                        WHERE id = :id""")
                .param("id", id).param("name", map.name()).param("nameKey", PersianLetters.key(map.name()))
                .param("type", map.type().key()).param("persona", map.personaId()).param("version", version)
                .param("stages", map.stages().size()).param("at", UtcTimes.toDb(at)).param("actor", actor).update();
    }

    void insertVersion(long id, int version, Instant at, String actor, String note, VersionChange change, String detail, String document) {
        jdbc.sql("""
                        INSERT INTO journey_map_version (map_id, version, saved_at, saved_by, note, change_kind, change_detail, document)
                        VALUES (:id, :version, :at, :actor, :note, :change, :detail, :document)""")
                .param("id", id).param("version", version).param("at", UtcTimes.toDb(at)).param("actor", actor).param("note", note)
                .param("change", change.key()).param("detail", detail).param("document", document).update();
    }

    Optional<MapRow> find(long id) {
        return jdbc.sql("SELECT " + MAP_COLUMNS + " FROM journey_map WHERE id = :id").param("id", id)
                .query(JourneyMapRepository::mapRow).optional();
    }

    Optional<VersionRow> version(long id, int version) {
        return jdbc.sql("SELECT " + VERSION_COLUMNS + " FROM journey_map_version WHERE map_id = :id AND version = :version")
                .param("id", id).param("version", version).query(JourneyMapRepository::versionRow).optional();
    }

    /** Versions newest first, below {@code beforeVersion} when set. */
    List<VersionRow> versions(long id, Integer beforeVersion, int limit) {
        String before = beforeVersion == null ? "" : " AND version < :before";
        var query = jdbc.sql("SELECT " + VERSION_COLUMNS + " FROM journey_map_version WHERE map_id = :id" + before
                + " ORDER BY version DESC LIMIT " + limit).param("id", id);
        if (beforeVersion != null) {
            query = query.param("before", beforeVersion);
        }
        return query.query(JourneyMapRepository::versionRow).list();
    }

    /**
     * Maps newest first, below id {@code beforeId} when set; only of {@code type}, linked to
     * {@code personaId}, or with {@code query} (a {@link PersianLetters#key}) in the name, when set.
     */
    List<MapRow> list(JourneyMapType type, Long personaId, String query, Long beforeId, int limit) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        if (beforeId != null) {
            conditions.add("id < :before");
            params.put("before", beforeId);
        }
        if (type != null) {
            conditions.add("map_type = :type");
            params.put("type", type.key());
        }
        if (personaId != null) {
            conditions.add("persona_id = :persona");
            params.put("persona", personaId);
        }
        if (query != null) {
            conditions.add("name_key LIKE :query ESCAPE '\\'");
            params.put("query", "%" + query.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        return jdbc.sql("SELECT " + MAP_COLUMNS + " FROM journey_map" + where + " ORDER BY id DESC LIMIT " + limit).params(params)
                .query(JourneyMapRepository::mapRow).list();
    }

    /** The maps whose folded name equals {@code nameKey} ({@link PersianLetters#key}), by id. */
    List<MapRow> withNameKey(String nameKey) {
        return jdbc.sql("SELECT " + MAP_COLUMNS + " FROM journey_map WHERE name_key = :key ORDER BY id").param("key", nameKey)
                .query(JourneyMapRepository::mapRow).list();
    }

    /** The maps whose latest version links to the persona, by id. */
    List<MapRow> linkedTo(long personaId) {
        return jdbc.sql("SELECT " + MAP_COLUMNS + " FROM journey_map WHERE persona_id = :persona ORDER BY id").param("persona", personaId)
                .query(JourneyMapRepository::mapRow).list();
    }

    boolean delete(long id) {
        jdbc.sql("DELETE FROM journey_map_version WHERE map_id = :id").param("id", id).update();
        return jdbc.sql("DELETE FROM journey_map WHERE id = :id").param("id", id).update() > 0;
    }

    private static MapRow mapRow(ResultSet rs, int n) throws SQLException {
        long persona = rs.getLong("persona_id");
        Long personaId = rs.wasNull() ? null : persona;
        return new MapRow(rs.getLong("id"), rs.getString("name"), JourneyMapType.fromKey(rs.getString("map_type")).orElseThrow(),
                personaId, rs.getInt("latest_version"), rs.getInt("stage_count"),
                UtcTimes.fromDb(rs.getObject("created_at", LocalDateTime.class)), rs.getString("created_by"),
                UtcTimes.fromDb(rs.getObject("updated_at", LocalDateTime.class)), rs.getString("updated_by"));
    }

    private static VersionRow versionRow(ResultSet rs, int n) throws SQLException {
        return new VersionRow(rs.getInt("version"), UtcTimes.fromDb(rs.getObject("saved_at", LocalDateTime.class)),
                rs.getString("saved_by"), rs.getString("note"),
                VersionChange.fromKey(rs.getString("change_kind")).orElse(VersionChange.SAVED), rs.getString("change_detail"),
                rs.getString("document"));
    }
}
