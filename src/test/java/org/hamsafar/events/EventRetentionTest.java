package org.hamsafar.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.hamsafar.support.Api;
import org.hamsafar.support.HamsafarTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

@Tag("store")
@HamsafarTest
@TestPropertySource(properties = {"hamsafar.retention.events=P30D", "hamsafar.retention.texts=P7D"})
class EventRetentionTest {
    @LocalServerPort
    int port;
    @Autowired
    EventRetention retention;
    @Autowired
    JdbcClient jdbc;

    private static Map<String, Object> chat(String id, int daysAgo) {
        return Map.of("id", id, "type", "chat_message", "channel", "chat", "text", "hello " + id,
                "occurredAt", Instant.now().minus(daysAgo, ChronoUnit.DAYS).toString(), "customer", Map.of("externalId", "RET-1"));
    }

    private String textOf(String id) {
        return jdbc.sql("SELECT COALESCE(text, '<cleared>') FROM interaction_event WHERE client_id = :id").param("id", id).query(String.class).optional().orElse("<gone>");
    }

    @Test
    void oldEventsAreDeletedAndOldTextsClearedAndThePurgeIsAudited() {
        new Api(port).post("/api/v1/events", HamsafarTest.ADMIN_KEY, Api.json(List.of(chat("ret-new", 1), chat("ret-week", 10), chat("ret-old", 40))));

        EventRetention.Purge purge = retention.purge();

        assertThat(purge.eventsDeleted()).isEqualTo(1);
        assertThat(purge.textsCleared()).isEqualTo(1);
        assertThat(textOf("ret-new")).isEqualTo("hello ret-new");
        assertThat(textOf("ret-week")).isEqualTo("<cleared>");
        assertThat(textOf("ret-old")).isEqualTo("<gone>");
        assertThat(jdbc.sql("SELECT detail FROM audit_log WHERE action = 'retention_purge'").query(String.class).single())
                .contains("events deleted=1", "texts cleared=1");
    }
}
