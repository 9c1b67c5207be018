package org.hamsafar.actions.teams;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hamsafar.actions.CaseState;
import org.hamsafar.shared.store.UtcTimes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Teams ({@code cx_team}) and their members ({@code cx_team_member}). */
@Repository
class TeamRepository {
    private static final String COLUMNS = "team_key, name_fa, name_en, manager, last_assignee, last_position, created_at, "
            + "created_by, updated_at, updated_by";
    /** Cases still being worked: a team with such cases cannot be deleted. */
    static final List<String> OPEN_STATES = List.of(CaseState.NEW.key(), CaseState.ACKNOWLEDGED.key(), CaseState.IN_PROGRESS.key());

    private final JdbcClient jdbc;

    TeamRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A team as stored: with its round-robin position and who made and last changed it. */
    record StoredTeam(Team team, String lastAssignee, Integer lastPosition, Instant createdAt, String createdBy,
                      Instant updatedAt, String updatedBy) {
    }

    Optional<StoredTeam> find(String key) {
        List<StoredTeam> found = load("WHERE team_key = :key", Map.of("key", key));
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** Every team, by key. */
    List<StoredTeam> all() {
        return load("", Map.of());
    }

    boolean exists(String key) {
        return jdbc.sql("SELECT COUNT(*) FROM cx_team WHERE team_key = :key").param("key", key).query(Long.class).single() > 0;
    }

    void insert(Team team, Instant at, String actor) {
        jdbc.sql("INSERT INTO cx_team (" + COLUMNS + ") VALUES (:key, :fa, :en, :manager, NULL, NULL, :at, :actor, :at, :actor)")
                .param("key", team.key()).param("fa", team.nameFa()).param("en", team.nameEn()).param("manager", team.manager())
                .param("at", UtcTimes.toDb(at)).param("actor", actor).update();
        insertMembers(team);
    }

    /** Replaces names, manager and members; the round-robin position stays (it follows user names). */
    void update(Team team, Instant at, String actor) {
        jdbc.sql("""
                        UPDATE cx_team SET name_fa = :fa, name_en = :en, manager = :manager, updated_at = :at, updated_by = :actor
                        WHERE team_key = :key""")
                .param("key", team.key()).param("fa", team.nameFa()).param("en", team.nameEn()).param("manager", team.manager())
                .param("at", UtcTimes.toDb(at)).param("actor", actor).update();
        jdbc.sql("DELETE FROM cx_team_member WHERE team_key = :key").param("key", team.key()).update();
        insertMembers(team);
    }

    void delete(String key) {
        jdbc.sql("DELETE FROM cx_team_member WHERE team_key = :key").param("key", key).update();
        jdbc.sql("DELETE FROM cx_team WHERE team_key = :key").param("key", key).update();
    }

    /** The one short row write of a round-robin assignment. */
    void advance(String key, String assignee, int position) {
        jdbc.sql("UPDATE cx_team SET last_assignee = :assignee, last_position = :position WHERE team_key = :key")
                .param("assignee", assignee).param("position", position).param("key", key).update();
    }

    /** Keys of the teams the user is a member or the manager of, in order. */
    List<String> keysOf(String username) {
        return jdbc.sql("""
                        SELECT team_key FROM cx_team WHERE manager = :user
                        UNION
                        SELECT team_key FROM cx_team_member WHERE username = :user
                        ORDER BY team_key""")
                .param("user", username).query(String.class).list();
    }

    /** How many cases still being worked (new, acknowledged, in progress) name the team. */
    long openCasesOf(String key) {
        return jdbc.sql("SELECT COUNT(*) FROM cx_case WHERE team = :key AND state IN (:states)")
                .param("key", key).param("states", OPEN_STATES).query(Long.class).single();
    }

    private List<StoredTeam> load(String where, Map<String, Object> params) {
        List<StoredTeam> rows = jdbc.sql("SELECT " + COLUMNS + " FROM cx_team " + where + " ORDER BY team_key").params(params)
                .query(TeamRepository::row).list();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, List<String>> members = new LinkedHashMap<>();
        jdbc.sql("SELECT team_key, username FROM cx_team_member " + where + " ORDER BY team_key, position").params(params)
                .query((rs, n) -> members.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2)))
                .list();
        List<StoredTeam> teams = new ArrayList<>(rows.size());
        for (StoredTeam row : rows) {
            Team team = row.team();
            teams.add(new StoredTeam(new Team(team.key(), team.nameFa(), team.nameEn(), team.manager(),
                    members.getOrDefault(team.key(), List.of())), row.lastAssignee(), row.lastPosition(), row.createdAt(),
                    row.createdBy(), row.updatedAt(), row.updatedBy()));
        }
        return teams;
    }

    private void insertMembers(Team team) {
        for (int i = 0; i < team.members().size(); i++) {
            jdbc.sql("INSERT INTO cx_team_member (team_key, position, username) VALUES (:key, :position, :user)")
                    .param("key", team.key()).param("position", i).param("user", team.members().get(i)).update();
        }
    }

    /** A team row without its members (they are read by a second query). */
    private static StoredTeam row(ResultSet rs, int n) throws SQLException {
        int position = rs.getInt("last_position");
        Integer lastPosition = rs.wasNull() ? null : position;
        return new StoredTeam(new Team(rs.getString("team_key"), rs.getString("name_fa"), rs.getString("name_en"),
                rs.getString("manager"), List.of()), rs.getString("last_assignee"), lastPosition,
                UtcTimes.fromDb(rs.getObject("created_at", LocalDateTime.class)), rs.getString("created_by"),
                UtcTimes.fromDb(rs.getObject("updated_at", LocalDateTime.class)), rs.getString("updated_by"));
    }
}
