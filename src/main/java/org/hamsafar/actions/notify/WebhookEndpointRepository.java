package org.hamsafar.actions.notify;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.hamsafar.shared.store.UtcTimes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Webhook endpoints ({@code webhook_endpoint}). */
@Repository
class WebhookEndpointRepository {
    private static final String COLUMNS = "id, url, events, description, enabled, secret, created_at, created_by, updated_at, updated_by";

    private final JdbcClient jdbc;

    WebhookEndpointRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long nextId() {
        return jdbc.sql("SELECT nextval('webhook_endpoint_seq')").query(Long.class).single();
    }

    void insert(WebhookEndpoint e) {
        jdbc.sql("INSERT INTO webhook_endpoint (" + COLUMNS + ") VALUES (:id, :url, :events, :description, :enabled, :secret, "
                        + ":created, :createdBy, :updated, :updatedBy)")
                .param("id", e.id()).param("url", e.url()).param("events", String.join(",", e.events()))
                .param("description", e.description()).param("enabled", e.enabled()).param("secret", e.secret())
                .param("created", UtcTimes.toDb(e.createdAt())).param("createdBy", e.createdBy())
                .param("updated", UtcTimes.toDb(e.updatedAt())).param("updatedBy", e.updatedBy())
                .update();
    }

    void update(WebhookEndpoint e) {
        jdbc.sql("""
                        UPDATE webhook_endpoint SET url = :url, events = :events, description = :description, enabled = :enabled,
                            secret = :secret, updated_at = :updated, updated_by = :updatedBy
                        WHERE id = :id""")
                .param("id", e.id()).param("url", e.url()).param("events", String.join(",", e.events()))
                .param("description", e.description()).param("enabled", e.enabled()).param("secret", e.secret())
                .param("updated", UtcTimes.toDb(e.updatedAt())).param("updatedBy", e.updatedBy())
                .update();
    }

    boolean delete(long id) {
        return jdbc.sql("DELETE FROM webhook_endpoint WHERE id = :id").param("id", id).update() == 1;
    }

    Optional<WebhookEndpoint> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM webhook_endpoint WHERE id = :id").param("id", id)
                .query(WebhookEndpointRepository::row).optional();
    }

    List<WebhookEndpoint> all() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM webhook_endpoint ORDER BY id").query(WebhookEndpointRepository::row).list();
    }

    /**
     * Enabled endpoints that subscribe to {@code eventType}. Endpoints are few (an organisation has
     * a handful), so the subscription is matched here rather than in SQL over the comma-separated list.
     */
    List<WebhookEndpoint> subscribers(String eventType) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM webhook_endpoint WHERE enabled ORDER BY id").query(WebhookEndpointRepository::row)
                .list().stream().filter(e -> e.subscribesTo(eventType)).toList();
    }

    private static Instant time(ResultSet rs, String column) throws SQLException {
        LocalDateTime value = rs.getObject(column, LocalDateTime.class);
        return value == null ? null : UtcTimes.fromDb(value);
    }

    private static WebhookEndpoint row(ResultSet rs, int n) throws SQLException {
        String events = rs.getString("events");
        return new WebhookEndpoint(rs.getLong("id"), rs.getString("url"),
                events.isEmpty() ? List.of() : Arrays.asList(events.split(",")), rs.getString("description"),
                rs.getBoolean("enabled"), rs.getString("secret"), time(rs, "created_at"), rs.getString("created_by"),
                time(rs, "updated_at"), rs.getString("updated_by"));
    }
}
