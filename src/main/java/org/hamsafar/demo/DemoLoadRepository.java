package org.hamsafar.demo;

import java.time.Instant;
import org.hamsafar.shared.store.UtcTimes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class DemoLoadRepository {
    private final JdbcClient jdbc;

    DemoLoadRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean loadedBefore() {
        return jdbc.sql("SELECT COUNT(*) FROM demo_load").query(Long.class).single() > 0;
    }

    void recordLoad(Instant at, long seed, int customers, long events) {
        jdbc.sql("INSERT INTO demo_load (loaded_at, seed, customers, events) VALUES (:at, :seed, :customers, :events)")
                .param("at", UtcTimes.toDb(at)).param("seed", seed).param("customers", customers).param("events", events)
                .update();
    }
}
