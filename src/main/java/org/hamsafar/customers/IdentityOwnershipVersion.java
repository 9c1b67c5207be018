package org.hamsafar.customers;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The store's count of changes of identity ownership ({@code identity_ownership_version}): how
 * the processes writing to one PostgreSQL database tell each other that owners they may have
 * cached have changed. Read and raised inside write transactions, which one writer at a time runs.
 */
@Repository
class IdentityOwnershipVersion {
    private final JdbcClient jdbc;

    IdentityOwnershipVersion(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long current() {
        return jdbc.sql("SELECT version FROM identity_ownership_version WHERE id = 1").query(Long.class).single();
    }

    /** Raises the version; returns the new one. */
    long raise() {
        return jdbc.sql("UPDATE identity_ownership_version SET version = version + 1 WHERE id = 1 RETURNING version")
                .query(Long.class).single();
    }
}
