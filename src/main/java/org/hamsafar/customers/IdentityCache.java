package org.hamsafar.customers;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.hamsafar.shared.store.SqlDialect;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What this process knows about identities without asking the database, so that ingestion does not
 * look up the same customers in every batch:
 * <ul>
 * <li>the owners of recently seen identities (a bounded cache), and</li>
 * <li>the hashes of all stored identities, which tell that an identity is certainly new (most
 *     identities of first-time visitors), so that no lookup is needed at all.</li>
 * </ul>
 * Only for the embedded store: there this process is the only writer, so every change of
 * ownership (merge, undone merge, erasure) passes through {@link #forget}. With PostgreSQL several
 * instances may write and the database is asked every time.
 */
@Component
class IdentityCache {
    private final Cache<CustomerIdentity, Long> owners;
    private final boolean enabled;
    private LongHashSet stored;

    IdentityCache(SqlDialect dialect, @Value("${hamsafar.customers.identity-cache-size:2000000}") long size) {
        this.enabled = dialect == SqlDialect.DUCKDB && size > 0;
        this.owners = Caffeine.newBuilder().maximumSize(Math.max(1, size)).build();
    }

    /** The cached owners of those identities that are cached. */
    Map<CustomerIdentity, Long> known(Collection<CustomerIdentity> identities) {
        Map<CustomerIdentity, Long> found = new HashMap<>();
        if (enabled) {
            for (CustomerIdentity identity : identities) {
                Long owner = owners.getIfPresent(identity);
                if (owner != null) {
                    found.put(identity, owner);
                }
            }
        }
        return found;
    }

    /**
     * Whether the identity may be stored; false means certainly not. Called under the write lock;
     * {@code loadAll} streams every stored identity once, on first use.
     */
    boolean mayBeStored(CustomerIdentity identity, Consumer<Consumer<CustomerIdentity>> loadAll) {
        if (!enabled) {
            return true;
        }
        if (stored == null) {
            LongHashSet all = new LongHashSet();
            loadAll.accept(each -> all.add(hash(each)));
            stored = all;
        }
        return stored.contains(hash(identity));
    }

    /**
     * Notes identities as stored, as soon as they are written: should the transaction roll back,
     * the only cost is one needless lookup later.
     */
    void noteStored(Collection<CustomerIdentity> identities) {
        if (enabled && stored != null) {
            identities.forEach(identity -> stored.add(hash(identity)));
        }
    }

    /** Remembers owners read from the store or committed by this process (never uncommitted ones). */
    void remember(Map<CustomerIdentity, Long> found) {
        if (enabled) {
            owners.putAll(found);
        }
    }

    void forget(Collection<CustomerIdentity> identities) {
        owners.invalidateAll(identities);
    }

    /**
     * A hash of an identity: the value's own (cached) string hash, its length and kind, spread over 64
     * bits by the SplitMix64 finaliser. Only 32 bits come from the value, so among millions of stored
     * identities about one new identity in a thousand looks "maybe stored" and costs a lookup.
     */
    static long hash(CustomerIdentity identity) {
        long h = ((long) identity.value().hashCode() << 32) ^ ((long) identity.value().length() << 8) ^ identity.kind().ordinal();
        h = (h ^ (h >>> 30)) * 0xbf58476d1ce4e5b9L;
        h = (h ^ (h >>> 27)) * 0x94d049bb133111ebL;
        return h ^ (h >>> 31);
    }
}
