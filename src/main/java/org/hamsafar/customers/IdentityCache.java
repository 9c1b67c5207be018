package org.hamsafar.customers;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.hamsafar.shared.store.SqlDialect;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Remembers which profile an identity belongs to, so that ingestion does not look up the same
 * customers in every batch. Only for the embedded store: there this process is the only writer, so
 * every change of ownership (merge, undone merge, erasure) passes through {@link #forget}. With
 * PostgreSQL several instances may write and the database is asked every time.
 */
@Component
class IdentityCache {
    private final Cache<String, Long> owners;
    private final boolean enabled;

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

    void remember(Map<CustomerIdentity, Long> found) {
        if (enabled) {
            found.forEach((identity, owner) -> owners.put(identity.key(), owner));
        }
    }

    void forget(Collection<CustomerIdentity> identities) {
        identities.forEach(identity -> owners.invalidate(identity.key()));
    }

    /** Drops everything; used when a transaction that may have filled the cache rolled back. */
    void clear() {
        owners.invalidateAll();
    }
}
