package org.hamsafar.shared.store;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Times are stored as UTC in TIMESTAMP columns (without zone): the one representation that DuckDB and
 * PostgreSQL read and write identically whatever the JVM's or the session's time zone.
 */
public final class UtcTimes {
    private UtcTimes() {
    }

    public static LocalDateTime toDb(Instant instant) {
        // ofEpochSecond, not ofInstant: the latter asks the offset for its rules, a new object per call,
        // which shows in profiles of ingestion (two times per event).
        return instant == null ? null : LocalDateTime.ofEpochSecond(instant.getEpochSecond(), instant.getNano(), ZoneOffset.UTC);
    }

    public static Instant fromDb(LocalDateTime stored) {
        return stored == null ? null : stored.toInstant(ZoneOffset.UTC);
    }
}
