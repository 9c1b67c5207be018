package org.hamsafar.shared.store;

import java.util.Locale;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a write as one short transaction, retried when it lost a race with another writer.
 *
 * <p>On DuckDB, writes that touch the same index keys (identities, profiles) from two transactions
 * at once make one of them fail with a conflict and roll back whole; DuckDB is single-process, so
 * one lock in this JVM serialises those writes and removes the conflicts. Only the database part
 * runs under the lock: parsing and validation happen before. On PostgreSQL, writers run in
 * parallel and a lost race (a unique key inserted by another transaction meanwhile, a
 * serialisation failure) is retried.
 */
@Component
public class WriteTransactions {
    private static final Logger log = LoggerFactory.getLogger(WriteTransactions.class);
    private static final int ATTEMPTS = 4;
    private final TransactionTemplate transactions;
    private final boolean serialise;
    private final JdbcClient jdbc;
    private final ReentrantLock lock = new ReentrantLock(true);

    WriteTransactions(PlatformTransactionManager transactionManager, SqlDialect dialect, JdbcClient jdbc) {
        this.transactions = new TransactionTemplate(transactionManager);
        this.serialise = dialect == SqlDialect.DUCKDB;
        this.jdbc = jdbc;
    }

    public <T> T run(Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return once(work);
            } catch (DataAccessException e) {
                if (attempt >= ATTEMPTS || !isLostRace(e)) {
                    throw e;
                }
                log.debug("Write lost a race with another writer (attempt {}), retrying: {}", attempt, e.getMessage());
            }
        }
    }

    public void run(Runnable work) {
        run(() -> {
            work.run();
            return null;
        });
    }

    /** Any constant: the key of the advisory lock that PostgreSQL writers take. */
    private static final long WRITE_LOCK_KEY = 0x48616d73L;

    private <T> T once(Supplier<T> work) {
        if (!serialise) {
            return transactions.execute(status -> {
                jdbc.sql("SELECT 1 FROM (SELECT pg_advisory_xact_lock(" + WRITE_LOCK_KEY + ")) locked").query(Integer.class).single();
                return work.get();
            });
        }
        lock.lock();
        try {
            return transactions.execute(status -> work.get());
        } finally {
            lock.unlock();
        }
    }

    /** A unique key taken meanwhile, a serialisation failure or DuckDB's write-write conflict. */
    static boolean isLostRace(DataAccessException e) {
        if (e instanceof DuplicateKeyException || e instanceof ConcurrencyFailureException) {
            return true;
        }
        String message = String.valueOf(e.getMostSpecificCause().getMessage()).toLowerCase(Locale.ROOT);
        return message.contains("conflict") && message.contains("transaction");
    }
}
