package org.hamsafar.shared.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hamsafar.support.HamsafarTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

@Tag("store")
@HamsafarTest
class BulkInserterTest {
    private static final List<String> COLUMNS = List.of("id", "client_id", "customer_id", "type", "channel", "touchpoint",
            "occurred_at", "received_at", "session_id", "value", "currency", "text", "properties");
    @Autowired
    BulkInserter bulk;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    SqlDialect dialect;

    private static Object[] event(String id, String text) {
        LocalDateTime at = LocalDateTime.of(2026, 1, 2, 3, 4, 5, 123_456_000);
        return new Object[] {uuid(id), id, 7L, "purchase", "web", null, at, at, null, new BigDecimal("12.5000"), "IRR", text, "{\"a\":1}"};
    }

    private static UUID uuid(String clientId) {
        return UUID.nameUUIDFromBytes(clientId.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private String textOf(String id) {
        return jdbc.sql("SELECT text FROM interaction_event WHERE client_id = :id").param("id", id).query(String.class).single();
    }

    @Test
    void insertNewStoresEachKeyOnceAndCountsOnlyNewRows() {
        List<Object[]> first = List.of(event("bulk-1", "first"), event("bulk-2", "second"), event("bulk-1", "repeat in batch"));
        List<Object[]> second = List.of(event("bulk-2", "retry"), event("bulk-3", "third"));

        int firstCount = transactions.execute(s -> bulk.insertNew("interaction_event", "id", COLUMNS, first));
        int secondCount = transactions.execute(s -> bulk.insertNew("interaction_event", "id", COLUMNS, second));

        assertThat(firstCount).isEqualTo(2);
        assertThat(secondCount).isEqualTo(1);
        assertThat(textOf("bulk-1")).isEqualTo("first");
        assertThat(textOf("bulk-2")).isEqualTo("second");
    }

    @Test
    void valuesSurviveTheBulkPathExactly() {
        String tricky = "quote \" comma , newline \n backslash \\ persian متن، emoji 🙂";
        transactions.executeWithoutResult(s -> bulk.insertNew("interaction_event", "id", COLUMNS, List.<Object[]>of(event("bulk-exact", tricky))));

        var row = jdbc.sql("SELECT text, value, occurred_at, session_id, properties FROM interaction_event WHERE client_id = 'bulk-exact'")
                .query((rs, n) -> List.of(rs.getString(1), rs.getBigDecimal(2), rs.getObject(3, LocalDateTime.class),
                        String.valueOf(rs.getString(4)), rs.getString(5))).single();

        assertThat(row.get(0)).isEqualTo(tricky);
        assertThat((BigDecimal) row.get(1)).isEqualByComparingTo("12.5");
        assertThat(row.get(2)).isEqualTo(LocalDateTime.of(2026, 1, 2, 3, 4, 5, 123_456_000));
        assertThat(row.get(3)).isEqualTo("null");
        assertThat(row.get(4)).isEqualTo("{\"a\":1}");
    }

    @Test
    void aFreshRowWhoseKeyIsStoredFailsTheCallInsteadOfVanishingWithItsBatch() {
        transactions.executeWithoutResult(s -> bulk.insertFresh("interaction_event", "id", COLUMNS,
                List.<Object[]>of(event("bulk-fresh-1", "stored"))));

        // DuckDB's appender alone would abort the transaction without a word, and its commit would store nothing.
        assertThatThrownBy(() -> transactions.executeWithoutResult(s -> bulk.insertFresh("interaction_event", "id", COLUMNS,
                List.of(event("bulk-fresh-2", "new"), event("bulk-fresh-1", "clash")))))
                .isInstanceOf(DuplicateKeyException.class);

        assertThat(textOf("bulk-fresh-1")).isEqualTo("stored");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM interaction_event WHERE client_id = 'bulk-fresh-2'").query(Long.class).single()).isZero();
    }

    @Test
    void aFailedTransactionLeavesNothingBehind() {
        List<Object[]> rows = new ArrayList<>(List.of(event("bulk-rollback-1", "a"), event("bulk-rollback-2", "b")));

        assertThatThrownBy(() -> transactions.executeWithoutResult(s -> {
            bulk.insertNew("interaction_event", "id", COLUMNS, rows);
            throw new IllegalStateException("crash after the write");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(jdbc.sql("SELECT COUNT(*) FROM interaction_event WHERE client_id LIKE 'bulk-rollback-%'").query(Long.class).single()).isZero();
    }

    @Test
    void rowsAreCopiedStraightInOnlyWhenNoneIsStoredAndTheTransactionGoesOnOtherwise() {
        List<Object[]> first = List.of(event("bulk-copy-1", "one"), event("bulk-copy-2", "two"));
        List<Object[]> second = List.of(event("bulk-copy-3", "three"), event("bulk-copy-1", "again"));

        boolean firstCopied = transactions.execute(s -> bulk.insertAllIfNoneStored("interaction_event", COLUMNS, first));
        if (!firstCopied) {
            transactions.execute(s -> bulk.insertDistinctReturningKeys("interaction_event", "id", COLUMNS, first));
        }
        List<Object[]> checked = new ArrayList<>();
        boolean secondCopied = transactions.execute(s -> {
            boolean copied = bulk.insertAllIfNoneStored("interaction_event", COLUMNS, second);
            checked.addAll(bulk.insertDistinctReturningKeys("interaction_event", "id", COLUMNS, second));
            return copied;
        });

        // PostgreSQL copies the first rows straight in; DuckDB always leaves them to the checked path.
        assertThat(firstCopied).isEqualTo(dialect == SqlDialect.POSTGRESQL);
        assertThat(secondCopied).isFalse();
        assertThat(checked).extracting(row -> row[0].toString()).containsExactly(uuid("bulk-copy-3").toString());
        assertThat(textOf("bulk-copy-1")).isEqualTo("one");
        assertThat(textOf("bulk-copy-3")).isEqualTo("three");
    }
}
