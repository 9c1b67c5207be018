package org.hamsafar.shared.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * New ids for bulk inserts, taken from a database sequence in blocks (hi/lo): one round trip per
 * {@value #BLOCK} ids instead of one per id, and unique across several instances sharing a database.
 * Ids of a block that is not used up before a restart are skipped, never reused.
 */
@Component
public class SequenceBlocks {
    static final long BLOCK = 1000;
    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;
    private final Map<String, long[]> blocks = new HashMap<>();

    SequenceBlocks(JdbcClient jdbc, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        // A block is taken in a transaction of its own that commits at once: should the caller's
        // transaction roll back, the block must still count as handed out, since this class keeps
        // handing out its ids.
        this.ownTransaction = new TransactionTemplate(transactionManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** {@code count} new ids from {@code sequence} (a name from the migrations, never user input). */
    public synchronized List<Long> next(String sequence, int count) {
        long[] block = blocks.computeIfAbsent(sequence, s -> new long[] {0, 0});
        List<Long> ids = new ArrayList<>(count);
        while (ids.size() < count) {
            if (block[0] >= block[1]) {
                long hi = ownTransaction.execute(status -> jdbc.sql("SELECT nextval('" + sequence + "')").query(Long.class).single());
                block[0] = hi * BLOCK;
                block[1] = block[0] + BLOCK;
            }
            ids.add(block[0]++);
        }
        return ids;
    }
}
