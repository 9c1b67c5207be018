package org.hamsafar.shared.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.hamsafar.support.HamsafarTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The embedded store runs with the settings the application gives it, not DuckDB's defaults. */
@HamsafarTest
class DuckDbSettingsTest {
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SqlDialect dialect;

    @Test
    void checkpointsWhenTheLogReaches256Megabytes() {
        assumeTrue(dialect == SqlDialect.DUCKDB, "a DuckDB setting");

        // DuckDB shows 256 MB (10^6 bytes each) in binary units; its own default would read 15.2 MiB.
        assertThat(jdbc.sql("SELECT current_setting('checkpoint_threshold')").query(String.class).single()).isEqualTo("244.1 MiB");
    }
}
