package org.hamsafar.analytics.cohorts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The product's cohort SQL on the CDNOW master file, checked against facts counted another way: the
 * published cohort sizes, and a plain Java count over the file of the January cohort's active
 * customers in each month.
 */
class CdnowCohortEvaluationTest {
    private static final Path FOLDER = Path.of("../shared/datasets/cdnow");

    @Test
    void cohortMatrixMatchesTheFileCountedByHand() throws Exception {
        assumeTrue(Files.isDirectory(FOLDER), "CDNOW dataset missing");
        List<CdnowPurchases.Purchase> purchases = CdnowPurchases.read(FOLDER);
        assertThat(purchases).hasSize(69_659);

        CohortMatrix matrix = CdnowCohortEvaluation.matrix(purchases);

        // Published (dataset SOURCE.md): first-purchase cohorts 1997-01: 7,846, 1997-02: 8,476, 1997-03: 7,248.
        assertThat(matrix.cohorts()).extracting(CohortMatrix.Row::label).containsExactly("1997-01", "1997-02", "1997-03");
        assertThat(matrix.cohorts()).extracting(CohortMatrix.Row::customers).containsExactly(7_846L, 8_476L, 7_248L);
        assertThat(matrix.customers()).isEqualTo(23_570);
        // Observed to the end of June 1998: January has months 0..17, March 0..15, all complete.
        assertThat(matrix.cohorts().get(0).cells()).hasSize(18);
        assertThat(matrix.cohorts().get(2).cells()).hasSize(16);
        assertThat(matrix.cohorts()).allSatisfy(row -> {
            assertThat(row.cells().get(0).retention()).isEqualTo(1.0);
            assertThat(row.cells()).allSatisfy(cell -> assertThat(cell.complete()).isTrue());
        });

        // Independent count: each customer's first purchase month; January's customers active per month after it.
        Map<Long, LocalDate> first = new HashMap<>();
        for (CdnowPurchases.Purchase p : purchases) {
            first.merge(p.customer(), p.date(), (a, b) -> a.isBefore(b) ? a : b);
        }
        Map<Integer, Set<Long>> januaryActive = new HashMap<>();
        for (CdnowPurchases.Purchase p : purchases) {
            LocalDate acquired = first.get(p.customer());
            if (acquired.getYear() == 1997 && acquired.getMonthValue() == 1) {
                int month = (int) ChronoUnit.MONTHS.between(acquired.withDayOfMonth(1), p.date().withDayOfMonth(1));
                januaryActive.computeIfAbsent(month, k -> new HashSet<>()).add(p.customer());
            }
        }
        List<CohortMatrix.Cell> january = matrix.cohorts().get(0).cells();
        for (int k = 0; k < 18; k++) {
            assertThat(january.get(k).activeCustomers()).as("January cohort, month %d", k)
                    .isEqualTo(januaryActive.getOrDefault(k, Set.of()).size());
        }
        // Retention falls sharply after the first month (CDNOW's well-known one-off buyers): under a quarter in month 1.
        assertThat(january.get(1).retention()).isBetween(0.05, 0.25);
    }

    @Test
    void evaluationReportsItsChecksAsPassed() throws Exception {
        assumeTrue(Files.isDirectory(FOLDER), "CDNOW dataset missing");
        Map<String, Object> result = CdnowCohortEvaluation.run(FOLDER);
        @SuppressWarnings("unchecked")
        Map<String, Object> checks = (Map<String, Object>) result.get("checks");
        assertThat(checks).containsEntry("cohortSizesEqualPublished", true).containsEntry("monthZeroRetentionIs100Percent", true);
        assertThat(result).containsEntry("customers", 23_570L);
    }
}
