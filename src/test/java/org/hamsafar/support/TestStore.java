package org.hamsafar.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;

/**
 * Which store the tests run on: DuckDB unless {@code -Dhamsafar.test.store=postgres}. The PostgreSQL
 * server is found at HAMSAFAR_TEST_POSTGRES_URL (default {@value #DEFAULT_URL}) as user
 * HAMSAFAR_TEST_POSTGRES_USER (default postgres). In CI (CI=true) or with
 * {@code -Dhamsafar.test.require-postgres=true}, an unreachable server fails the run instead of
 * skipping it.
 */
public final class TestStore {
    public static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/hamsafar_test";

    private TestStore() {
    }

    public static boolean postgres() {
        return "postgres".equals(System.getProperty("hamsafar.test.store", "duckdb").toLowerCase(Locale.ROOT));
    }

    public static String postgresUrl() {
        return env("HAMSAFAR_TEST_POSTGRES_URL", DEFAULT_URL);
    }

    public static String postgresUser() {
        return env("HAMSAFAR_TEST_POSTGRES_USER", "postgres");
    }

    public static String postgresPassword() {
        return env("HAMSAFAR_TEST_POSTGRES_PASSWORD", "");
    }

    public static boolean postgresRequired() {
        return "true".equalsIgnoreCase(System.getenv("CI"))
                || Boolean.getBoolean("hamsafar.test.require-postgres");
    }

    public static Connection connectPostgres() throws SQLException {
        return DriverManager.getConnection(postgresUrl(), postgresUser(), postgresPassword());
    }

    public static boolean postgresReachable() {
        try (Connection ignored = connectPostgres()) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
