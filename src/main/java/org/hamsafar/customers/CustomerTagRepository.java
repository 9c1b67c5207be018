package org.hamsafar.customers;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hamsafar.shared.store.UtcTimes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Customers' tags ({@code customer_tag}). */
@Repository
class CustomerTagRepository {
    private final JdbcClient jdbc;

    CustomerTagRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One tag of a merged profile as it was when the merge moved it; {@code shared} when the
     * survivor already carried the tag (the merged profile's row was then dropped, the survivor's kept).
     */
    record MovedTag(String tag, Instant addedAt, String source, boolean shared) {
    }

    /** Adds the tag unless the customer carries it already; true when it was added now. */
    boolean add(long customerId, String tag, Instant at, String source) {
        return jdbc.sql("""
                        INSERT INTO customer_tag (customer_id, tag, added_at, source)
                        SELECT :id, :tag, :at, :source
                        WHERE NOT EXISTS (SELECT 1 FROM customer_tag WHERE customer_id = :id AND tag = :tag)""")
                .param("id", customerId).param("tag", tag).param("at", UtcTimes.toDb(at)).param("source", source)
                .update() > 0;
    }

    boolean remove(long customerId, String tag) {
        return jdbc.sql("DELETE FROM customer_tag WHERE customer_id = :id AND tag = :tag")
                .param("id", customerId).param("tag", tag).update() > 0;
    }

    /** The customer's tags in alphabetical order. */
    List<CustomerTag> of(long customerId) {
        return jdbc.sql("SELECT tag, added_at, source FROM customer_tag WHERE customer_id = :id ORDER BY tag")
                .param("id", customerId).query(CustomerTagRepository::row).list();
    }

    Optional<CustomerTag> find(long customerId, String tag) {
        return jdbc.sql("SELECT tag, added_at, source FROM customer_tag WHERE customer_id = :id AND tag = :tag")
                .param("id", customerId).param("tag", tag).query(CustomerTagRepository::row).optional();
    }

    /**
     * Moves every tag of {@code mergedId} to {@code survivorId}. A tag both carry stays the
     * survivor's (with its own time and source). Returns what the merged profile carried, for an undo.
     */
    List<MovedTag> moveAll(long mergedId, long survivorId) {
        List<CustomerTag> merged = of(mergedId);
        if (merged.isEmpty()) {
            return List.of();
        }
        Set<String> survivorTags = new HashSet<>(of(survivorId).stream().map(CustomerTag::tag).toList());
        // Copy, then delete: the rows change their key, which is simplest to do the same way on both stores.
        jdbc.sql("""
                        INSERT INTO customer_tag (customer_id, tag, added_at, source)
                        SELECT :survivor, m.tag, m.added_at, m.source FROM customer_tag m
                        WHERE m.customer_id = :merged
                          AND NOT EXISTS (SELECT 1 FROM customer_tag s WHERE s.customer_id = :survivor AND s.tag = m.tag)""")
                .param("survivor", survivorId).param("merged", mergedId).update();
        deleteAll(mergedId);
        List<MovedTag> moved = new ArrayList<>(merged.size());
        for (CustomerTag tag : merged) {
            moved.add(new MovedTag(tag.tag(), tag.addedAt(), tag.source(), survivorTags.contains(tag.tag())));
        }
        return moved;
    }

    /** Puts back a tag as it was stored (its own time and source), unless the customer carries it. */
    void restore(long customerId, CustomerTag tag) {
        add(customerId, tag.tag(), tag.addedAt(), tag.source());
    }

    void deleteAll(long customerId) {
        jdbc.sql("DELETE FROM customer_tag WHERE customer_id = :id").param("id", customerId).update();
    }

    private static CustomerTag row(ResultSet rs, int n) throws SQLException {
        return new CustomerTag(rs.getString("tag"), UtcTimes.fromDb(rs.getObject("added_at", LocalDateTime.class)),
                rs.getString("source"));
    }
}
