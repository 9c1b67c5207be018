package org.hamsafar.analytics.rfm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.hamsafar.events.PurchaseSummaries;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/** The store's RFM quintiles on a hand-made set of ten customers, and the R×F grid's names. */
class RfmScoresTest {

    /**
     * Customer i (1..10) last bought on 2024-01-i (so NTILE(5) by recency gives R = ceil(i/2)); the
     * purchase counts are 1,1,1,1,1,1,2,2,3,4, so NTILE(5) by count gives tiles 1,1,2,2,3,3,4,4,5,5
     * and the six one-time buyers share the lowest, F = 1; customer 7 and 8 get 4, 9 and 10 get 5.
     * Each purchase is worth 10 i, so totals 10,20,...,60,140,160,270,400 rise with i: M = ceil(i/2).
     * Grid: 1-2 lost (R1 F1), 3-4 hibernating (R2 F1), 5-6 about_to_sleep (R3 F1), 7-8 loyal (R4 F4),
     * 9-10 champions (R5 F5). A purchase after asOf and a non-purchase event change nothing.
     */
    @Test
    void scoresTenCustomersAsComputedByHand() throws Exception {
        int[] counts = {1, 1, 1, 1, 1, 1, 2, 2, 3, 4};
        List<PurchaseSummaries.RfmScore> scores = new ArrayList<>();
        try (Connection duckdb = DriverManager.getConnection("jdbc:duckdb:")) {
            try (Statement statement = duckdb.createStatement()) {
                statement.execute("CREATE TABLE interaction_event (customer_id BIGINT, type VARCHAR(64), occurred_at TIMESTAMP, value DECIMAL(18, 4))");
            }
            try (PreparedStatement insert = duckdb.prepareStatement("INSERT INTO interaction_event VALUES (?, ?, ?, ?)")) {
                for (int i = 1; i <= 10; i++) {
                    for (int k = 0; k < counts[i - 1]; k++) {
                        // Earlier purchases fall in 2023; the last one on 2024-01-i.
                        LocalDateTime at = k == 0 ? LocalDateTime.of(2024, 1, i, 12, 0) : LocalDateTime.of(2023, k, 1, 9, 0);
                        add(insert, i, "purchase", at, BigDecimal.valueOf(10L * i));
                    }
                }
                add(insert, 1, "purchase", LocalDateTime.of(2024, 8, 1, 0, 0), BigDecimal.valueOf(1000));
                add(insert, 11, "page_view", LocalDateTime.of(2024, 1, 20, 0, 0), null);
                insert.executeBatch();
            }
            PurchaseSummaries.over(new SingleConnectionDataSource(duckdb, true))
                    .forEachRfm(List.of("purchase"), null, Instant.parse("2024-07-01T00:00:00Z"), null, scores::add);
        }
        assertThat(scores).extracting(PurchaseSummaries.RfmScore::customerId).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L);
        assertThat(scores).extracting(PurchaseSummaries.RfmScore::r).containsExactly(1, 1, 2, 2, 3, 3, 4, 4, 5, 5);
        assertThat(scores).extracting(PurchaseSummaries.RfmScore::f).containsExactly(1, 1, 1, 1, 1, 1, 4, 4, 5, 5);
        assertThat(scores).extracting(PurchaseSummaries.RfmScore::m).containsExactly(1, 1, 2, 2, 3, 3, 4, 4, 5, 5);
        assertThat(scores.get(9).purchases()).isEqualTo(4);
        assertThat(scores.get(9).value()).isEqualByComparingTo("400");
        assertThat(scores.get(0).lastPurchase()).isEqualTo(Instant.parse("2024-01-01T12:00:00Z"));
        assertThat(scores).extracting(s -> RfmGrid.segment(s.r(), s.f())).containsExactly("lost", "lost", "hibernating",
                "hibernating", "about_to_sleep", "about_to_sleep", "loyal_customers", "loyal_customers", "champions", "champions");
    }

    @Test
    void gridNamesEveryCellAndItsCorners() {
        assertThat(RfmGrid.segment(5, 5)).isEqualTo("champions");
        assertThat(RfmGrid.segment(5, 1)).isEqualTo("new_customers");
        assertThat(RfmGrid.segment(1, 5)).isEqualTo("cant_lose");
        assertThat(RfmGrid.segment(1, 1)).isEqualTo("lost");
        assertThat(RfmGrid.segment(3, 3)).isEqualTo("need_attention");
        assertThat(RfmGrid.segment(4, 1)).isEqualTo("promising");
        List<String> used = new ArrayList<>();
        for (int r = 1; r <= 5; r++) {
            for (int f = 1; f <= 5; f++) {
                used.add(RfmGrid.segment(r, f));
            }
        }
        assertThat(used).containsAll(RfmGrid.SEGMENTS);
        assertThat(RfmGrid.SEGMENTS).containsAll(used);
        assertThatThrownBy(() -> RfmGrid.segment(0, 3)).isInstanceOf(IllegalArgumentException.class);
    }

    private static void add(PreparedStatement insert, long customer, String type, LocalDateTime at, BigDecimal value) throws Exception {
        insert.setLong(1, customer);
        insert.setString(2, type);
        insert.setObject(3, at);
        insert.setBigDecimal(4, value);
        insert.addBatch();
    }
}
