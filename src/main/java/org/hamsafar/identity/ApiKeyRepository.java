package org.hamsafar.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hamsafar.shared.store.UtcTimes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ApiKeyRepository {
    private static final String COLUMNS = "id, name, prefix, scopes, allowed_origins, created_by, created_at, revoked_at";
    private final JdbcClient jdbc;

    ApiKeyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(ApiKey key, String secretHash) {
        jdbc.sql("""
                INSERT INTO api_key (id, name, prefix, secret_hash, scopes, allowed_origins, created_by, created_at)
                VALUES (:id, :name, :prefix, :hash, :scopes, :origins, :createdBy, :createdAt)""")
                .param("id", key.id())
                .param("name", key.name())
                .param("prefix", key.prefix())
                .param("hash", secretHash)
                .param("scopes", key.scopes().stream().map(ApiScope::key).collect(Collectors.joining(",")))
                .param("origins", key.allowedOrigins().isEmpty() ? null : String.join(" ", key.allowedOrigins()))
                .param("createdBy", key.createdBy())
                .param("createdAt", UtcTimes.toDb(key.createdAt()))
                .update();
    }

    Optional<ApiKey> findActiveByHash(String secretHash) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM api_key WHERE secret_hash = :hash AND revoked_at IS NULL")
                .param("hash", secretHash)
                .query(ApiKeyRepository::map)
                .optional();
    }

    boolean existsByHash(String secretHash) {
        return jdbc.sql("SELECT COUNT(*) FROM api_key WHERE secret_hash = :hash")
                .param("hash", secretHash).query(Long.class).single() > 0;
    }

    Optional<ApiKey> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM api_key WHERE id = :id").param("id", id)
                .query(ApiKeyRepository::map).optional();
    }

    List<ApiKey> all() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM api_key ORDER BY created_at DESC, name")
                .query(ApiKeyRepository::map).list();
    }

    /** Active keys that list at least one allowed origin. */
    List<ApiKey> activeWithOrigins() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM api_key WHERE revoked_at IS NULL AND allowed_origins IS NOT NULL")
                .query(ApiKeyRepository::map).list();
    }

    long countActive() {
        return jdbc.sql("SELECT COUNT(*) FROM api_key WHERE revoked_at IS NULL").query(Long.class).single();
    }

    boolean revoke(UUID id, String by, Instant at) {
        return jdbc.sql("UPDATE api_key SET revoked_at = :at, revoked_by = :by WHERE id = :id AND revoked_at IS NULL")
                .param("at", UtcTimes.toDb(at)).param("by", by).param("id", id)
                .update() == 1;
    }

    private static ApiKey map(ResultSet rs, int row) throws SQLException {
        Set<ApiScope> scopes = EnumSet.noneOf(ApiScope.class);
        for (String scope : rs.getString("scopes").split(",")) {
            ApiScope.fromKey(scope).ifPresent(scopes::add);
        }
        String origins = rs.getString("allowed_origins");
        return new ApiKey(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("prefix"), scopes,
                origins == null ? List.of() : Arrays.asList(origins.split(" ")),
                rs.getString("created_by"),
                UtcTimes.fromDb(rs.getObject("created_at", LocalDateTime.class)),
                UtcTimes.fromDb(rs.getObject("revoked_at", LocalDateTime.class)));
    }
}
