package org.hamsafar.events;

import java.util.UUID;
import java.util.function.Consumer;
import org.hamsafar.shared.store.SqlDialect;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Which event ids are certainly not stored yet, without asking the database: a Bloom filter of
 * every stored event id, of a fixed size, so that memory does not grow with the number of events.
 *
 * <p>Why: on the embedded store, moving a batch through a staging table with
 * {@code INSERT ... ON CONFLICT DO NOTHING} costs about twice what appending it straight into
 * {@code interaction_event} costs, and the gap widens as the table grows (a DuckDB probe at 2 million
 * rows: 46,000 against 84,000 rows/s). Ids this filter has never seen can be appended directly;
 * only the few that it may have seen (resent events, and false positives) take the checked path.
 *
 * <p>Only for the embedded store, where this process is the only writer and every event passes
 * through {@link EventRepository#insertNew} under the write lock. Ids that leave the table
 * (erasure, retention) stay in the filter: a false positive costs only the checked path. The filter
 * is filled from the table on first use and may be {@link #reset} to be filled again.
 *
 * <p>False positives with the default 32 MB (four probes in one block of 512 bits): about 1 in 2,100
 * ids at 10 million stored events, 1 in 13 at 50 million; past that most ids take the checked path,
 * as all did before.
 */
@Component
class StoredEventIds {
    private static final int PROBES = 4;
    private static final int BLOCK_LONGS = 8;
    private static final int BLOCK_BITS = BLOCK_LONGS * Long.SIZE;
    private final boolean enabled;
    private final int megabytes;
    private long[] bits;

    StoredEventIds(SqlDialect dialect, @Value("${hamsafar.events.id-filter-mb:32}") int megabytes) {
        if (megabytes < 0 || megabytes > 1024 || Integer.bitCount(Math.max(megabytes, 1)) != 1) {
            throw new IllegalArgumentException("hamsafar.events.id-filter-mb must be 0 (off) or a power of two up to 1024, got "
                    + megabytes);
        }
        this.enabled = dialect == SqlDialect.DUCKDB && megabytes > 0;
        this.megabytes = megabytes;
    }

    boolean enabled() {
        return enabled;
    }

    /**
     * True when the id was certainly not stored; false when it may be. Either way the id counts as
     * stored from then on (one hash and one memory access for both), so a repeat of it later in the
     * same batch takes the checked path. Should the transaction roll back, the marked ids are only
     * false positives. Called under the write lock; {@code loadAll} streams every stored id once, on
     * first use (and after {@link #reset}).
     */
    boolean markNew(UUID id, Consumer<Consumer<UUID>> loadAll) {
        if (!enabled) {
            return false;
        }
        if (bits == null) {
            long[] filled = new long[megabytes * (1 << 20) / Long.BYTES];
            loadAll.accept(each -> set(filled, each));
            bits = filled;
        }
        return set(bits, id);
    }

    /** Whether the id may be stored, without marking it (false before the filter is filled). */
    boolean mayBeStored(UUID id) {
        return enabled && bits != null && !probe(bits, id, false);
    }

    /** Forgets everything; the next {@link #markNew} fills the filter from the table again. */
    void reset() {
        bits = null;
    }

    /** Sets the id's bits; true when any of them was not set yet (the id was certainly new). */
    private static boolean set(long[] bits, UUID id) {
        return probe(bits, id, true);
    }

    /** Whether any of the id's bits is unset; with {@code mark}, sets them all. */
    private static boolean probe(long[] bits, UUID id, boolean mark) {
        long block = blockHash(id);
        int first = blockStart(bits, block);
        long inBlock = inBlockHash(block, id);
        boolean unset = false;
        for (int i = 0; i < PROBES; i++, inBlock >>>= 9) {
            int bit = (int) (inBlock & (BLOCK_BITS - 1));
            int word = first + (bit >>> 6);
            long mask = 1L << bit;
            if ((bits[word] & mask) == 0) {
                unset = true;
                if (!mark) {
                    return true;
                }
                bits[word] |= mask;
            }
        }
        return unset;
    }

    /**
     * A blocked Bloom filter: all probes of one id fall in one block of 512 bits, one cache line, so
     * that a look-up costs one memory access instead of four into a 32 MB array.
     */
    private static int blockStart(long[] bits, long blockHash) {
        int blocks = bits.length / BLOCK_LONGS;
        return (int) (blockHash & (blocks - 1)) * BLOCK_LONGS;
    }

    private static long blockHash(UUID id) {
        return mix(id.getMostSignificantBits() ^ Long.rotateLeft(id.getLeastSignificantBits(), 29));
    }

    /** Four 9-bit positions within the block. */
    private static long inBlockHash(long blockHash, UUID id) {
        return mix(blockHash ^ id.getLeastSignificantBits());
    }

    /** SplitMix64's finaliser: name-based UUIDs are already random, but client-chosen ones need not be. */
    private static long mix(long h) {
        h = (h ^ (h >>> 30)) * 0xbf58476d1ce4e5b9L;
        h = (h ^ (h >>> 27)) * 0x94d049bb133111ebL;
        return h ^ (h >>> 31);
    }
}
