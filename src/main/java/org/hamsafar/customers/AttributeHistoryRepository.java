package org.hamsafar.customers;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hamsafar.shared.store.UtcTimes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class AttributeHistoryRepository {
    private final JdbcClient jdbc;

    AttributeHistoryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One change of one attribute; {@code source} says who made it (an API source, "merge:12", ...). */
    record Change(long customerId, String attribute, String oldValue, String newValue, Instant changedAt, String source) {
    }

    void insertAll(List<Change> changes) {
        for (Change change : changes) {
            jdbc.sql("""
                    INSERT INTO customer_attribute_change (customer_id, attribute, old_value, new_value, changed_at, source)
                    VALUES (:customer, :attribute, :old, :new, :at, :source)""")
                    .param("customer", change.customerId()).param("attribute", change.attribute())
                    .param("old", change.oldValue()).param("new", change.newValue())
                    .param("at", UtcTimes.toDb(change.changedAt())).param("source", change.source())
                    .update();
        }
    }

    /** When each attribute of the customer last changed. */
    Map<String, Instant> lastChanged(long customerId) {
        Map<String, Instant> result = new HashMap<>();
        jdbc.sql("SELECT attribute, MAX(changed_at) FROM customer_attribute_change WHERE customer_id = :id GROUP BY attribute")
                .param("id", customerId)
                .query((rs, n) -> result.put(rs.getString(1), UtcTimes.fromDb(rs.getObject(2, LocalDateTime.class))))
                .list();
        return result;
    }

    List<Change> history(long customerId) {
        return jdbc.sql("""
                SELECT customer_id, attribute, old_value, new_value, changed_at, source FROM customer_attribute_change
                WHERE customer_id = :id ORDER BY changed_at, id""")
                .param("id", customerId)
                .query((rs, n) -> new Change(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        UtcTimes.fromDb(rs.getObject(5, LocalDateTime.class)), rs.getString(6)))
                .list();
    }

    List<Change> bySource(long customerId, String source) {
        List<Change> all = new ArrayList<>(history(customerId));
        all.removeIf(change -> !change.source().equals(source));
        return all;
    }

    void deleteAll(long customerId) {
        jdbc.sql("DELETE FROM customer_attribute_change WHERE customer_id = :id").param("id", customerId).update();
    }
}
