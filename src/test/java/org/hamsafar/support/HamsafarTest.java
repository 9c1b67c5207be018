package org.hamsafar.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * A test of the whole application on a real HTTP port and its own store (DuckDB, or PostgreSQL on
 * the PostgreSQL run). The admin password and an admin API key are fixed; the demo company is off.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(PostgresAvailability.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "hamsafar.admin-password=" + HamsafarTest.ADMIN_PASSWORD,
        "hamsafar.api-key=" + HamsafarTest.ADMIN_KEY,
        "hamsafar.demo.enabled=false"})
@ContextConfiguration(initializers = TestStoreInitializer.class)
public @interface HamsafarTest {
    String ADMIN_PASSWORD = "test-admin-password";
    String ADMIN_KEY = "hs_test_admin_key_0123456789";
}
