package org.hamsafar.events;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.hamsafar.shared.Keys;
import org.hamsafar.shared.store.SegmentMembers;
import org.hamsafar.shared.store.SqlDialect;
import org.hamsafar.shared.store.UtcTimes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * The baskets of purchase events, read-only: each event of a type in a period whose property (such
 * as {@code products}) is a JSON array is a basket, and the array's strings and numbers are its
 * items (other elements are skipped). Streamed one (basket, item) pair at a time, so that a million
 * baskets never sit in memory as strings.
 *
 * <p>The database returns one row per event with the array's JSON text, which is read here: a row
 * per item (unnesting the array in SQL) fetched 2.5 times as many rows and took three times as
 * long over JDBC (measured on DuckDB with a million three-item baskets: 7.5 s against 2.3 s).
 */
@Component
public class PurchaseBaskets {
    private static final int FETCH_SIZE = 5000;
    private static final JsonFactory JSON = new JsonFactory();
    private final JdbcClient jdbc;
    private final SqlDialect dialect;
    private final TransactionTemplate readOnly;

    PurchaseBaskets(JdbcClient jdbc, SqlDialect dialect, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.dialect = dialect;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /**
     * Which events are baskets: of {@code eventType}, with {@code from <= occurredAt < to}, listing
     * items in the top-level property {@code itemProperty} (letters, digits, '_', '.', '-'); with a
     * {@code segment} (a customer tag), only the events of customers who carry it now.
     */
    public record BasketQuery(String eventType, String itemProperty, Instant from, Instant to, String segment) {
        public BasketQuery {
            if (!Keys.isKey(eventType)) {
                throw new IllegalArgumentException("not an event type: " + eventType);
            }
            Objects.requireNonNull(itemProperty, "itemProperty");
            if (!from.isBefore(to)) {
                throw new IllegalArgumentException("from must be before to");
            }
        }
    }

    /** Events of the type in the period, and how many of them have the property at all (a list or not). */
    public record EventCounts(long events, long withProperty) {
    }

    /** Receives the items of one basket after another: all of a basket's items come before the next basket's. */
    public interface ItemSink {
        void item(String basketId, String item);
    }

    /** What a scan read: baskets (events with at least one item), items, and events whose property was no list. */
    public record ScanCounts(long baskets, long items, long notLists) {
    }

    /** Counted in the database. */
    public EventCounts count(BasketQuery query) {
        String sql = "SELECT COUNT(*) AS events, COUNT(" + dialect.jsonFieldText("e.properties", query.itemProperty()) + ") AS listed"
                + " FROM interaction_event e WHERE e.type = :type AND e.occurred_at >= :from AND e.occurred_at < :to" + members(query);
        return readOnly.execute(status -> jdbc.sql(sql).params(params(query))
                .query((rs, row) -> new EventCounts(rs.getLong("events"), rs.getLong("listed"))).single());
    }

    /** Streams every basket's items to {@code sink}, in no particular order of baskets. */
    public ScanCounts scan(BasketQuery query, ItemSink sink) {
        String sql = "SELECT id, listed FROM (SELECT CAST(e.id AS VARCHAR(36)) AS id, "
                + dialect.jsonFieldText("e.properties", query.itemProperty()) + " AS listed FROM interaction_event e"
                + " WHERE e.type = :type AND e.occurred_at >= :from AND e.occurred_at < :to" + members(query) + ") b WHERE listed IS NOT NULL";
        long[] counts = new long[3];
        List<String> basket = new ArrayList<>();
        readOnly.executeWithoutResult(status -> {
            dialect.analyticQuerySettings().forEach(setting -> jdbc.sql(setting).update());
            jdbc.sql(sql).withFetchSize(FETCH_SIZE).params(params(query)).query(rs -> {
                if (!items(rs.getString("listed"), basket)) {
                    counts[2]++;
                    return;
                }
                if (!basket.isEmpty()) {
                    String id = rs.getString("id");
                    basket.forEach(item -> sink.item(id, item));
                    counts[0]++;
                    counts[1] += basket.size();
                }
            });
        });
        return new ScanCounts(counts[0], counts[1], counts[2]);
    }

    /**
     * Reads the strings and numbers of a JSON array into {@code items} (cleared first; nested arrays
     * and objects skipped); false when the text is no JSON array (a number, or a string's text).
     */
    private static boolean items(String listed, List<String> items) {
        items.clear();
        if (!listed.startsWith("[")) {
            return false;
        }
        try (JsonParser parser = JSON.createParser(ObjectReadContext.empty(), listed)) {
            parser.nextToken();
            for (JsonToken token = parser.nextToken(); token != null && token != JsonToken.END_ARRAY; token = parser.nextToken()) {
                if (token == JsonToken.VALUE_STRING || token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
                    String item = parser.getString().strip();
                    if (!item.isEmpty()) {
                        items.add(item);
                    }
                } else {
                    parser.skipChildren();
                }
            }
            return true;
        } catch (JacksonException e) {
            items.clear();
            return false;
        }
    }

    private static String members(BasketQuery query) {
        return SegmentMembers.optionalCondition(query.segment(), "e.customer_id", "segment");
    }

    private static Map<String, Object> params(BasketQuery query) {
        Map<String, Object> params = new HashMap<>(Map.of("type", query.eventType(), "from", UtcTimes.toDb(query.from()),
                "to", UtcTimes.toDb(query.to())));
        if (query.segment() != null) {
            params.put("segment", query.segment());
        }
        return params;
    }
}
