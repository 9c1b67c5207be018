package org.hamsafar.customers;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.hamsafar.identity.AuditLog;
import org.hamsafar.shared.FieldProblem;
import org.hamsafar.shared.InvalidInputException;
import org.hamsafar.shared.Keys;
import org.hamsafar.shared.store.BulkInserter;
import org.hamsafar.shared.store.UtcTimes;
import org.hamsafar.shared.store.WriteTransactions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tags many customers at once from a computed set (a segment's members, a cluster's customers): after
 * {@link #replace}, the live customers of the set carry the tag, and the customers the same source
 * had tagged before but who left the set no longer do. Customers who carry the tag from another
 * source (a person, a rule) keep it untouched; a customer already tagged keeps the time of the first
 * addition. Merged and erased profiles are never tagged. One audited write.
 */
@Component
public class CustomerTagSets {
    /** Ids per DELETE statement. */
    private static final int CHUNK = 1000;
    private static final List<String> COLUMNS = List.of("customer_id", "tag", "added_at", "source");
    private final JdbcClient jdbc;
    private final BulkInserter bulk;
    private final WriteTransactions writes;
    private final AuditLog audit;
    private final Clock clock;

    CustomerTagSets(JdbcClient jdbc, BulkInserter bulk, WriteTransactions writes, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.bulk = bulk;
        this.writes = writes;
        this.audit = audit;
        this.clock = clock;
    }

    /** What a replace did: tags added and removed, and how many customers carry the tag from this source now. */
    public record Change(int added, int removed, int carried) {
    }

    /**
     * Makes the tag from {@code source} ({@code segment:vip}, {@code cluster:12}, 1 to 200 characters)
     * exactly the live customers among {@code customerIds} (any order, repeats allowed).
     *
     * @throws InvalidInputException when the tag is not a key or the source is blank or too long
     */
    public Change replace(String tag, String source, long[] customerIds) {
        List<FieldProblem> problems = new ArrayList<>();
        if (!Keys.isKey(tag)) {
            problems.add(new FieldProblem("tag", CustomerDirectory.TAG_RULE));
        }
        if (source == null || source.isBlank() || source.length() > 200) {
            problems.add(new FieldProblem("source", "must be 1 to 200 characters"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        long[] wanted = Arrays.stream(customerIds).sorted().distinct().toArray();
        return writes.run(() -> {
            long[] live = ids("SELECT id FROM customer WHERE merged_into IS NULL AND erased_at IS NULL ORDER BY id", null, null);
            long[] mine = ids("SELECT customer_id FROM customer_tag WHERE tag = :tag AND source = :source ORDER BY customer_id", tag, source);
            long[] others = ids("SELECT customer_id FROM customer_tag WHERE tag = :tag AND source <> :source ORDER BY customer_id", tag, source);
            List<Long> remove = new ArrayList<>();
            for (long id : mine) {
                if (Arrays.binarySearch(wanted, id) < 0) {
                    remove.add(id);
                }
            }
            LocalDateTime now = UtcTimes.toDb(clock.instant());
            List<Object[]> add = new ArrayList<>();
            int carried = 0;
            for (long id : wanted) {
                if (Arrays.binarySearch(live, id) < 0 || Arrays.binarySearch(others, id) >= 0) {
                    continue;
                }
                carried++;
                if (Arrays.binarySearch(mine, id) < 0) {
                    add.add(new Object[] {id, tag, now, source});
                }
            }
            for (int from = 0; from < remove.size(); from += CHUNK) {
                jdbc.sql("DELETE FROM customer_tag WHERE tag = :tag AND customer_id IN (:ids)").param("tag", tag)
                        .param("ids", remove.subList(from, Math.min(remove.size(), from + CHUNK))).update();
            }
            int added = bulk.insertNew("customer_tag", "customer_id, tag", COLUMNS, add);
            if (added > 0 || !remove.isEmpty()) {
                audit.record("customers_tagged", "tag:" + tag, "source=" + source + " added=" + added + " removed=" + remove.size());
            }
            return new Change(added, remove.size(), carried);
        });
    }

    /** The live customers who carry {@code tag} (from any source), in id order. */
    public long[] customers(String tag) {
        return ids("SELECT t.customer_id FROM customer_tag t JOIN customer c ON c.id = t.customer_id"
                + " WHERE t.tag = :tag AND c.merged_into IS NULL AND c.erased_at IS NULL ORDER BY t.customer_id", tag, null);
    }

    /** The customers who carry {@code tag} now, from any source, in ascending id order (for binary search). */
    public long[] members(String tag) {
        return ids("SELECT customer_id FROM customer_tag WHERE tag = :tag ORDER BY customer_id", tag, null);
    }

    private long[] ids(String sql, String tag, String source) {
        long[][] buffer = {new long[1024]};
        int[] size = {0};
        var statement = jdbc.sql(sql).withFetchSize(5000);
        if (tag != null) {
            statement = statement.param("tag", tag);
        }
        if (source != null) {
            statement = statement.param("source", source);
        }
        statement.query(rs -> {
            if (size[0] == buffer[0].length) {
                buffer[0] = Arrays.copyOf(buffer[0], size[0] * 2);
            }
            buffer[0][size[0]++] = rs.getLong(1);
        });
        return Arrays.copyOf(buffer[0], size[0]);
    }
}
