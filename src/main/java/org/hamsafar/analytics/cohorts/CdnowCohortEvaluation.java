package org.hamsafar.analytics.cohorts;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.hamsafar.events.AcquisitionCohorts;
import org.hamsafar.events.AcquisitionCohorts.Period;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * {@code analytics-eval --dataset cdnow-cohorts}: the monthly retention matrix of CDNOW's three
 * acquisition cohorts (first purchase in January, February or March 1997, observed to the end of June
 * 1998), computed by the product's cohort SQL ({@link AcquisitionCohorts}) on an in-memory DuckDB
 * loaded with the file, with the facts it is checked against: the published cohort sizes (7,846,
 * 8,476 and 7,248; dataset SOURCE.md), 23,570 customers, 69,659 transactions and 100 % in month 0.
 */
public final class CdnowCohortEvaluation {
    static final Instant FROM = Instant.parse("1997-01-01T00:00:00Z");
    static final Instant TO = Instant.parse("1997-04-01T00:00:00Z");
    static final Instant UNTIL = Instant.parse("1998-07-01T00:00:00Z");
    static final Map<String, Long> PUBLISHED_SIZES = Map.of("1997-01", 7_846L, "1997-02", 8_476L, "1997-03", 7_248L);

    private CdnowCohortEvaluation() {
    }

    public static Map<String, Object> run(Path folder) throws IOException {
        List<CdnowPurchases.Purchase> purchases = CdnowPurchases.read(folder);
        CohortMatrix matrix = matrix(purchases);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("transactions", purchases.size());
        out.put("customers", purchases.stream().map(CdnowPurchases.Purchase::customer).distinct().count());
        out.put("method", "the product's cohort SQL (AcquisitionCohorts) on an in-memory DuckDB holding the file as purchase events;"
                + " cohort = UTC month of the first purchase, active = any purchase in month k after it");
        List<Map<String, Object>> cohorts = new ArrayList<>();
        boolean sizesMatch = matrix.cohorts().size() == PUBLISHED_SIZES.size();
        boolean monthZeroAll = true;
        for (CohortMatrix.Row row : matrix.cohorts()) {
            Map<String, Object> cohort = new LinkedHashMap<>();
            cohort.put("cohort", row.label());
            cohort.put("customers", row.customers());
            cohort.put("publishedCustomers", PUBLISHED_SIZES.get(row.label()));
            cohort.put("activeByMonth", row.cells().stream().map(CohortMatrix.Cell::activeCustomers).toList());
            cohort.put("retentionPercentByMonth", row.cells().stream()
                    .map(cell -> Math.round(cell.retention() * 1000) / 10.0).toList());
            cohorts.add(cohort);
            sizesMatch &= Long.valueOf(row.customers()).equals(PUBLISHED_SIZES.get(row.label()));
            monthZeroAll &= row.cells().get(0).activeCustomers() == row.customers();
        }
        out.put("cohorts", cohorts);
        out.put("averageRetentionPercentByMonth", matrix.average().stream()
                .map(average -> Math.round(average.retention() * 1000) / 10.0).collect(Collectors.toList()));
        Map<String, Object> checks = new LinkedHashMap<>();
        checks.put("cohortSizesEqualPublished", sizesMatch);
        checks.put("monthZeroRetentionIs100Percent", monthZeroAll);
        checks.put("customersInCohorts", matrix.customers());
        out.put("checks", checks);
        return out;
    }

    /** The monthly retention matrix of the three cohorts, by the product's SQL on an in-memory DuckDB. */
    static CohortMatrix matrix(List<CdnowPurchases.Purchase> purchases) throws IOException {
        try (Connection duckdb = DriverManager.getConnection("jdbc:duckdb:")) {
            CdnowPurchases.load(duckdb, purchases);
            SingleConnectionDataSource source = new SingleConnectionDataSource(duckdb, true);
            CohortRequest request = new CohortRequest(List.of("purchase"), List.of("purchase"), Period.MONTH, FROM, TO, UNTIL,
                    CohortMetric.RETENTION, null);
            return CohortMatrixAssembler.assemble(request, AcquisitionCohorts.over(source).count(request.query()));
        } catch (SQLException e) {
            throw new IOException("the in-memory store failed: " + e.getMessage(), e);
        }
    }
}
