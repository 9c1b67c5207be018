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
    private final Cache<String, Long> owners;
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
                Long owner = owners.getIfPresent(identity.key());
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
    boolean mayBeStored(CustomerIdentity identity, Consumer<Consumer<String>> loadAll) {
        if (!enabled) {
            return true;
        }
        if (stored == null) {
            LongHashSet all = new LongHashSet();
            loadAll.accept(key -> all.add(hash(key)));
            stored = all;
        }
        return stored.contains(hash(identity.key()));
    }

    /**
     * Notes identities as stored, as soon as they are written: should the transaction roll back,
     * the only cost is one needless lookup later.
     */
    void noteStored(Collection<CustomerIdentity> identities) {
        if (enabled && stored != null) {
            identities.forEach(identity -> stored.add(hash(identity.key())));
        }
    }

    /** Remembers owners read from the store or committed by this process (never uncommitted ones). */
    void remember(Map<CustomerIdentity, Long> found) {
        if (enabled) {
            found.forEach((identity, owner) -> owners.put(identity.key(), owner));
        }
    }

    void forget(Collection<CustomerIdentity> identities) {
        identities.forEach(identity -> owners.invalidate(identity.key()));
    }

    /** A 64-bit hash of an identity key (polynomial, then the SplitMix64 finaliser to spread the bits). */
    static long hash(String key) {
        long h = 1125899906842597L;
        for (int i = 0; i < key.length(); i++) {
            h = 31 * h + key.charAt(i);
        }
        h = (h ^ (h >>> 30)) * 0xbf58476d1ce4e5b9L;
        h = (h ^ (h >>> 27)) * 0x94d049bb133111ebL;
        return h ^ (h >>> 31);
    }
}
