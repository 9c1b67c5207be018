package org.hamsafar.analytics.cohorts;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A retention matrix: one row per acquisition cohort (oldest first), one cell per period since
 * acquisition that has begun by {@code until}; {@code average} weighs each period's cells by cohort
 * size over the cohorts observed in it.
 *
 * @param period  {@code month} or {@code week}
 * @param metric  {@code retention} or {@code revenue}: what each cell's {@code value} is
 * @param periods the most periods any cohort has (the matrix's width)
 */
public record CohortMatrix(String period, String metric, List<String> acquisitionTypes, List<String> activityTypes,
                           Instant from, Instant to, Instant until, long customers, int periods, List<Row> cohorts,
                           List<Average> average) {

    /** A cohort: its period's first day (UTC), a label ({@code 1997-01}, or the week's Monday), its size and cells. */
    public record Row(LocalDate start, String label, long customers, List<Cell> cells) {
    }

    /**
     * Period {@code index} after acquisition: distinct active customers and their share of the cohort
     * (0..1), the activity events' summed value and that per acquired customer, {@code value} (by the
     * metric), and whether the period had ended by {@code until} ({@code complete}).
     */
    public record Cell(int index, long activeCustomers, double retention, BigDecimal revenue, BigDecimal revenuePerCustomer,
                       double value, boolean complete) {
    }

    /** Period {@code index} over every cohort observed in it: summed actives over summed sizes, and the value by the metric. */
    public record Average(int index, long cohortCustomers, long activeCustomers, double retention, BigDecimal revenuePerCustomer,
                          double value) {
    }
}
