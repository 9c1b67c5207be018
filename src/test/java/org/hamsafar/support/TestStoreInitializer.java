package org.hamsafar.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.MapPropertySource;

/**
 * Gives every test application context a store of its own: a fresh DuckDB file in a temporary
 * folder, or a fresh schema in the PostgreSQL test database. Both are removed when the context closes.
 */
public class TestStoreInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        if (TestStore.postgres()) {
            String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
            execute("CREATE SCHEMA " + schema);
            String url = TestStore.postgresUrl() + (TestStore.postgresUrl().contains("?") ? "&" : "?") + "currentSchema=" + schema;
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("testStore", Map.of(
                    "spring.datasource.url", url,
                    "spring.datasource.username", TestStore.postgresUser(),
                    "spring.datasource.password", TestStore.postgresPassword(),
                    "spring.flyway.default-schema", schema,
                    "spring.flyway.schemas", schema)));
            context.addApplicationListener(event -> {
                if (event instanceof ContextClosedEvent closed && closed.getApplicationContext() == context) {
                    execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
                }
            });
        } else {
            Path dir;
            try {
                dir = Files.createTempDirectory("hamsafar-test-");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("testStore", Map.of(
                    "hamsafar.data-dir", dir.toString(),
                    "spring.datasource.url", "jdbc:duckdb:" + dir.resolve("hamsafar.duckdb"))));
            context.addApplicationListener(event -> {
                if (event instanceof ContextClosedEvent closed && closed.getApplicationContext() == context) {
                    deleteQuietly(dir);
                }
            });
        }
    }

    private static void execute(String sql) {
        try (Connection connection = TestStore.connectPostgres(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL test store: " + sql + " failed: " + e.getMessage(), e);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // A leftover temporary folder is harmless.
        }
    }
}
