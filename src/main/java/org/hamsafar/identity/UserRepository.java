package org.hamsafar.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hamsafar.shared.store.UtcTimes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class UserRepository {
    private static final String COLUMNS = "id, username, display_name, email, role, language, enabled, created_at";
    private final JdbcClient jdbc;

    UserRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A user with the stored password hash, for sign-in only. */
    record Credentials(UserAccount account, String passwordHash) {
    }

    void insert(UserAccount user, String passwordHash) {
        jdbc.sql("""
                INSERT INTO app_user (id, username, display_name, email, password_hash, role, language, enabled, created_at, updated_at)
                VALUES (:id, :username, :displayName, :email, :hash, :role, :language, :enabled, :at, :at)""")
                .param("id", user.id())
                .param("username", user.username())
                .param("displayName", user.displayName())
                .param("email", user.email())
                .param("hash", passwordHash)
                .param("role", user.role().name())
                .param("language", user.language())
                .param("enabled", user.enabled())
                .param("at", UtcTimes.toDb(user.createdAt()))
                .update();
    }

    void update(UserAccount user, Instant at) {
        jdbc.sql("""
                UPDATE app_user SET display_name = :displayName, email = :email, role = :role, language = :language,
                       enabled = :enabled, updated_at = :at WHERE id = :id""")
                .param("displayName", user.displayName())
                .param("email", user.email())
                .param("role", user.role().name())
                .param("language", user.language())
                .param("enabled", user.enabled())
                .param("at", UtcTimes.toDb(at))
                .param("id", user.id())
                .update();
    }

    void updatePassword(UUID id, String passwordHash, Instant at) {
        jdbc.sql("UPDATE app_user SET password_hash = :hash, updated_at = :at WHERE id = :id")
                .param("hash", passwordHash).param("at", UtcTimes.toDb(at)).param("id", id).update();
    }

    Optional<Credentials> credentials(String username) {
        return jdbc.sql("SELECT " + COLUMNS + ", password_hash FROM app_user WHERE username = :username")
                .param("username", username)
                .query((rs, n) -> new Credentials(map(rs, n), rs.getString("password_hash")))
                .optional();
    }

    Optional<UserAccount> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM app_user WHERE id = :id").param("id", id)
                .query(UserRepository::map).optional();
    }

    Optional<UserAccount> findByUsername(String username) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM app_user WHERE username = :username").param("username", username)
                .query(UserRepository::map).optional();
    }

    List<UserAccount> all() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM app_user ORDER BY username").query(UserRepository::map).list();
    }

    long count() {
        return jdbc.sql("SELECT COUNT(*) FROM app_user").query(Long.class).single();
    }

    long countEnabledAdmins() {
        return jdbc.sql("SELECT COUNT(*) FROM app_user WHERE role = 'ADMIN' AND enabled").query(Long.class).single();
    }

    private static UserAccount map(ResultSet rs, int row) throws SQLException {
        return new UserAccount(rs.getObject("id", UUID.class), rs.getString("username"), rs.getString("display_name"),
                rs.getString("email"), Role.valueOf(rs.getString("role")), rs.getString("language"),
                rs.getBoolean("enabled"), UtcTimes.fromDb(rs.getObject("created_at", LocalDateTime.class)));
    }
}
