package org.hamsafar.customers;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.hamsafar.shared.store.BulkInserter;
import org.hamsafar.shared.store.UtcTimes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class IdentityRepository {
    private static final List<String> COLUMNS = List.of("kind", "value", "customer_id", "created_at");
    private static final int CHUNK = 1000;
    /** From this many identities on, {@link #ownersOf} stages them rather than listing them in the query. */
    private static final int STAGED_LOOKUP = 200;
    private final JdbcClient jdbc;
    private final BulkInserter bulk;
    private final IdentityCache cache;

    IdentityRepository(JdbcClient jdbc, BulkInserter bulk, IdentityCache cache) {
        this.jdbc = jdbc;
        this.bulk = bulk;
        this.cache = cache;
    }

    /** The profile each identity belongs to; identities that belong to nobody are absent. */
    Map<CustomerIdentity, Long> ownersOf(Collection<CustomerIdentity> identities) {
        if (identities.size() >= STAGED_LOOKUP) {
            return ownersOfStaged(identities);
        }
        Map<IdentityKind, List<String>> byKind = new EnumMap<>(IdentityKind.class);
        for (CustomerIdentity identity : identities) {
            byKind.computeIfAbsent(identity.kind(), k -> new ArrayList<>()).add(identity.value());
        }
        Map<CustomerIdentity, Long> owners = new HashMap<>();
        byKind.forEach((kind, values) -> {
            for (int from = 0; from < values.size(); from += CHUNK) {
                List<String> chunk = values.subList(from, Math.min(values.size(), from + CHUNK));
                jdbc.sql("SELECT value, customer_id FROM customer_identity WHERE kind = :kind AND value IN (:values)")
                        .param("kind", kind.key()).param("values", chunk)
                        .query((rs, n) -> owners.put(new CustomerIdentity(kind, rs.getString(1)), rs.getLong(2)))
                        .list();
            }
        });
        return owners;
    }

    /**
     * {@link #ownersOf} for many identities (every identity of a batch on PostgreSQL, where nothing
     * is cached): one join against the staged identities instead of a query per thousand values.
     * Runs inside the caller's write transaction.
     */
    private Map<CustomerIdentity, Long> ownersOfStaged(Collection<CustomerIdentity> identities) {
        List<Object[]> keys = new ArrayList<>(identities.size());
        identities.forEach(identity -> keys.add(new Object[] {identity.kind().key(), identity.value()}));
        Map<CustomerIdentity, Long> owners = new HashMap<>();
        bulk.withStagedRows("customer_identity", List.of("kind", "value"), keys, stage ->
                jdbc.sql("SELECT i.kind, i.value, i.customer_id FROM customer_identity i JOIN " + stage
                                + " s ON i.kind = s.kind AND i.value = s.value")
                        .query((rs, n) -> owners.put(new CustomerIdentity(IdentityKind.valueOf(rs.getString(1).toUpperCase(Locale.ROOT)),
                                rs.getString(2)), rs.getLong(3)))
                        .list());
        return owners;
    }

    /** Streams every stored identity. */
    void forEachIdentity(java.util.function.Consumer<CustomerIdentity> action) {
        jdbc.sql("SELECT kind, value FROM customer_identity").query(rs -> {
            action.accept(new CustomerIdentity(IdentityKind.valueOf(rs.getString(1).toUpperCase(Locale.ROOT)), rs.getString(2)));
        });
    }

    /** Which of these profiles have at least one identity that is not anonymous. */
    Set<Long> withKnownIdentity(Collection<Long> customerIds) {
        Set<Long> known = new HashSet<>();
        List<Long> ids = new ArrayList<>(customerIds);
        for (int from = 0; from < ids.size(); from += CHUNK) {
            known.addAll(jdbc.sql("SELECT DISTINCT customer_id FROM customer_identity WHERE customer_id IN (:ids) AND kind <> 'anonymous_id'")
                    .param("ids", ids.subList(from, Math.min(ids.size(), from + CHUNK))).query(Long.class).list());
        }
        return known;
    }

    void insertAll(Map<CustomerIdentity, Long> owners, Instant at) {
        List<Object[]> rows = new ArrayList<>(owners.size());
        owners.forEach((identity, customerId) -> rows.add(new Object[] {identity.kind().key(), identity.value(), customerId,
                UtcTimes.toDb(at)}));
        // The caller checked under the write lock that these identities are new.
        bulk.insertFresh("customer_identity", "kind, value", COLUMNS, rows);
        cache.noteStored(owners.keySet());
    }

    List<CustomerIdentity> of(long customerId) {
        return jdbc.sql("SELECT kind, value FROM customer_identity WHERE customer_id = :id ORDER BY kind, value")
                .param("id", customerId)
                .query((rs, n) -> new CustomerIdentity(IdentityKind.valueOf(rs.getString(1).toUpperCase(Locale.ROOT)), rs.getString(2)))
                .list();
    }

    void move(Collection<CustomerIdentity> identities, long from, long to) {
        for (CustomerIdentity identity : identities) {
            jdbc.sql("UPDATE customer_identity SET customer_id = :to WHERE kind = :kind AND value = :value AND customer_id = :from")
                    .param("to", to).param("kind", identity.kind().key()).param("value", identity.value()).param("from", from)
                    .update();
        }
    }

    void deleteAll(long customerId) {
        jdbc.sql("DELETE FROM customer_identity WHERE customer_id = :id").param("id", customerId).update();
    }
}
