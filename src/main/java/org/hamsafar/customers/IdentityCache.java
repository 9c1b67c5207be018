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
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What this process knows about identities without asking the database, so that ingestion does not
 * look up the same customers in every batch:
 * <ul>
 * <li>the owners of recently seen identities (a bounded cache), and</li>
 * <li>on the embedded store, the hashes of all stored identities, which tell that an identity is
 *     certainly new (most identities of first-time visitors), so that no lookup is needed at all.</li>
 * </ul>
 * Every change of an identity's owner (merge, undone merge, erasure) passes through
 * {@link #ownersChanged}. On the embedded store this process is the only writer, so that is all.
 * With PostgreSQL several instances may write: a change also raises the store's
 * {@link IdentityOwnershipVersion}, and {@link #checkVersion} (each write transaction, before
 * the cache is read) drops every cached owner when another instance raised it. Identities that
 * other instances add are not known to the hash set, so on PostgreSQL it stays off.
 */
@Component
class IdentityCache {
    private final Cache<CustomerIdentity, Long> owners;
    private final boolean enabled;
    private final boolean hashesEnabled;
    private final boolean shared;
    private final IdentityOwnershipVersion version;
    private LongHashSet stored;
    /** The ownership version the cached owners are valid for; -1 before the first check. */
    private long validFor = -1;

    IdentityCache(SqlDialect dialect, IdentityOwnershipVersion version,
                  @Value("${hamsafar.customers.identity-cache-size:2000000}") long size) {
        this.enabled = size > 0;
        this.hashesEnabled = enabled && dialect == SqlDialect.DUCKDB;
        this.shared = dialect != SqlDialect.DUCKDB;
        this.version = version;
        this.owners = Caffeine.newBuilder().maximumSize(Math.max(1, size)).build();
    }

    /**
     * Drops the cached owners if another process changed owners since they were cached. Runs in a
     * write transaction (one writer at a time), before {@link #known}.
     */
    synchronized void checkVersion() {
        if (!enabled || !shared) {
            return;
        }
        long current = version.current();
        if (current != validFor) {
            owners.invalidateAll();
            validFor = current;
        }
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
        if (!hashesEnabled) {
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
        if (hashesEnabled && stored != null) {
            identities.forEach(identity -> stored.add(hash(identity)));
        }
    }

    /** Remembers owners read from the store in the current write transaction (after {@link #checkVersion}). */
    void remember(Map<CustomerIdentity, Long> found) {
        if (enabled) {
            owners.putAll(found);
        }
    }

    /** The version the cached owners are valid for now; see {@link #rememberCommitted}. */
    synchronized long validFor() {
        return validFor;
    }

    /**
     * Remembers owners this process committed, in a transaction that saw version {@code seen}:
     * not if the cache has moved to another version since (another process's change, or this
     * transaction's own), as the owners may no longer be right.
     */
    synchronized void rememberCommitted(Map<CustomerIdentity, Long> committed, long seen) {
        if (enabled && validFor == seen) {
            owners.putAll(committed);
        }
    }

    /**
     * These identities change owner in the current write transaction: forgotten here, and on a
     * shared store announced to the other processes. Once this transaction commits, this process's
     * own cache stays valid for the raised version (nobody else could raise it meanwhile: one
     * writer at a time), so its own merges do not empty it.
     */
    void ownersChanged(Collection<CustomerIdentity> identities) {
        owners.invalidateAll(identities);
        // Raised even with this process's cache switched off: the other instances may cache.
        if (shared) {
            long raised = version.raise();
            if (TransactionSynchronizationManager.isSynchronizationActive()) {
                TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                    @Override
                    public void afterCommit() {
                        synchronized (IdentityCache.this) {
                            if (validFor == raised - 1) {
                                validFor = raised;
                            }
                        }
                    }
                });
            }
        }
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
