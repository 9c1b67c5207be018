package org.hamsafar.journeys.personas;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.LinkedHashMap;
import org.hamsafar.shared.store.UtcTimes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Personas ({@code journey_persona}): one row each, their lists as JSON arrays of strings. */
@Repository
class PersonaRepository {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };
    private static final String COLUMNS = "id, name, initials, color, age_range, gender, occupation, education, income, location, "
            + "quote, segment, goals, needs, frustrations, personal_values, interests, preferred_channels, created_at, created_by, "
            + "updated_at, updated_by";
    private final JdbcClient jdbc;

    PersonaRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long nextId() {
        return jdbc.sql("SELECT nextval('journey_persona_seq')").query(Long.class).single();
    }

    void insert(long id, PersonaDraft persona, Instant at, String actor) {
        jdbc.sql("INSERT INTO journey_persona (" + COLUMNS + ", name_key) VALUES (:id, :name, :initials, :color, :ageRange, :gender, "
                        + ":occupation, :education, :income, :location, :quote, :segment, :goals, :needs, :frustrations, :values, "
                        + ":interests, :channels, :at, :actor, :at, :actor, :nameKey)")
                .params(values(persona)).param("id", id).param("at", UtcTimes.toDb(at)).param("actor", actor).update();
    }

    void update(long id, PersonaDraft persona, Instant at, String actor) {
        jdbc.sql("""
                        UPDATE journey_persona SET name = :name, name_key = :nameKey, initials = :initials, color = :color,
                               age_range = :ageRange, gender = :gender, occupation = :occupation, education = :education,
                               income = :income, location = :location, quote = :quote, segment = :segment, goals = :goals,
                               needs = :needs, frustrations = :frustrations, personal_values = :values, interests = :interests,
                               preferred_channels = :channels, updated_at = :at, updated_by = :actor
                        WHERE id = :id""")
                .params(values(persona)).param("id", id).param("at", UtcTimes.toDb(at)).param("actor", actor).update();
    }

    boolean delete(long id) {
        return jdbc.sql("DELETE FROM journey_persona WHERE id = :id").param("id", id).update() > 0;
    }

    Optional<Persona> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM journey_persona WHERE id = :id").param("id", id)
                .query(PersonaRepository::row).optional();
    }

    boolean exists(long id) {
        return jdbc.sql("SELECT COUNT(*) FROM journey_persona WHERE id = :id").param("id", id).query(Long.class).single() > 0;
    }

    /** The persona with the lowest id whose folded name equals {@code nameKey} ({@link PersianLetters#key}). */
    Optional<Persona> findByNameKey(String nameKey) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM journey_persona WHERE name_key = :key ORDER BY id LIMIT 1")
                .param("key", nameKey).query(PersonaRepository::row).optional();
    }

    /**
     * Personas newest first, before id {@code beforeId} when set, with {@code query} (a folded, lower-case
     * text) in the name when set and with {@code segment} when set.
     */
    List<Persona> list(Long beforeId, String query, String segment, int limit) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        if (beforeId != null) {
            conditions.add("id < :before");
            params.put("before", beforeId);
        }
        if (query != null) {
            conditions.add("name_key LIKE :query ESCAPE '\\'");
            params.put("query", "%" + query.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (segment != null) {
            conditions.add("segment = :segment");
            params.put("segment", segment);
        }
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        return jdbc.sql("SELECT " + COLUMNS + " FROM journey_persona" + where + " ORDER BY id DESC LIMIT " + limit).params(params)
                .query(PersonaRepository::row).list();
    }

    /** The summaries of the personas among {@code ids} that exist, by id. */
    Map<Long, PersonaSummary> summaries(List<Long> ids) {
        Map<Long, PersonaSummary> found = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        jdbc.sql("SELECT id, name, initials, color FROM journey_persona WHERE id IN (:ids)").param("ids", ids)
                .query((rs, n) -> found.put(rs.getLong(1), new PersonaSummary(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getString(4))))
                .list();
        return found;
    }

    private static Map<String, Object> values(PersonaDraft persona) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("name", persona.name());
        values.put("nameKey", PersianLetters.key(persona.name()));
        values.put("initials", persona.photo().initials());
        values.put("color", persona.photo().color());
        Demographics d = persona.demographics();
        values.put("ageRange", d.ageRange());
        values.put("gender", d.gender());
        values.put("occupation", d.occupation());
        values.put("education", d.education());
        values.put("income", d.income());
        values.put("location", d.location());
        values.put("quote", persona.quote());
        values.put("segment", persona.segment());
        Psychographics p = persona.psychographics();
        values.put("goals", JSON.writeValueAsString(p.goals()));
        values.put("needs", JSON.writeValueAsString(p.needs()));
        values.put("frustrations", JSON.writeValueAsString(p.frustrations()));
        values.put("values", JSON.writeValueAsString(p.values()));
        values.put("interests", JSON.writeValueAsString(p.interests()));
        values.put("channels", JSON.writeValueAsString(p.preferredChannels()));
        return values;
    }

    private static Persona row(ResultSet rs, int n) throws SQLException {
        return new Persona(rs.getLong("id"), rs.getString("name"), new PersonaPhoto(rs.getString("initials"), rs.getString("color")),
                new Demographics(rs.getString("age_range"), rs.getString("gender"), rs.getString("occupation"),
                        rs.getString("education"), rs.getString("income"), rs.getString("location")),
                new Psychographics(list(rs, "goals"), list(rs, "needs"), list(rs, "frustrations"), list(rs, "personal_values"),
                        list(rs, "interests"), list(rs, "preferred_channels")),
                rs.getString("quote"), rs.getString("segment"),
                UtcTimes.fromDb(rs.getObject("created_at", LocalDateTime.class)), rs.getString("created_by"),
                UtcTimes.fromDb(rs.getObject("updated_at", LocalDateTime.class)), rs.getString("updated_by"));
    }

    private static List<String> list(ResultSet rs, String column) throws SQLException {
        return JSON.readValue(rs.getString(column), STRINGS);
    }
}
