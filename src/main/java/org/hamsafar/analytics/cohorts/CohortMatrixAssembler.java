package org.hamsafar.analytics.cohorts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hamsafar.events.AcquisitionCohorts.Cohort;
import org.hamsafar.events.AcquisitionCohorts.CohortActivity;
import org.hamsafar.events.AcquisitionCohorts.CohortCounts;
import org.hamsafar.events.AcquisitionCohorts.Period;

/**
 * Turns the store's counts into the matrix: every period a cohort has begun by {@code until} gets a
 * cell (zero when nobody was active), so a missing row never reads as "not yet observed".
 */
final class CohortMatrixAssembler {
    private CohortMatrixAssembler() {
    }

    static CohortMatrix assemble(CohortRequest request, CohortCounts counts) {
        Map<LocalDate, Map<Integer, CohortActivity>> byCohort = new HashMap<>();
        for (CohortActivity cell : counts.activity()) {
            byCohort.computeIfAbsent(cell.cohortStart(), start -> new HashMap<>()).put(cell.index(), cell);
        }
        // The last moment observed: activity is counted strictly before until.
        LocalDate lastDay = LocalDate.ofInstant(request.until().minusNanos(1000), ZoneOffset.UTC);
        List<CohortMatrix.Row> rows = new ArrayList<>();
        int width = 0;
        long customers = 0;
        for (Cohort cohort : counts.cohorts()) {
            int last = periodsBetween(request.period(), cohort.start(), lastDay);
            Map<Integer, CohortActivity> cells = byCohort.getOrDefault(cohort.start(), Map.of());
            List<CohortMatrix.Cell> row = new ArrayList<>(last + 1);
            for (int k = 0; k <= last; k++) {
                CohortActivity active = cells.get(k);
                long actives = active == null ? 0 : active.customers();
                BigDecimal revenue = active == null || active.value() == null ? BigDecimal.ZERO : active.value();
                boolean complete = !periodEnd(request.period(), cohort.start(), k).isAfter(request.until());
                row.add(cell(request.metric(), k, actives, cohort.customers(), revenue, complete));
            }
            rows.add(new CohortMatrix.Row(cohort.start(), label(request.period(), cohort.start()), cohort.customers(), row));
            width = Math.max(width, row.size());
            customers += cohort.customers();
        }
        return new CohortMatrix(request.period().name().toLowerCase(Locale.ROOT), request.metric().name().toLowerCase(Locale.ROOT),
                request.acquisitionTypes(), request.activityTypes(), request.from(), request.to(), request.until(), customers, width,
                rows, average(request.metric(), rows, width));
    }

    private static CohortMatrix.Cell cell(CohortMetric metric, int k, long actives, long size, BigDecimal revenue, boolean complete) {
        double retention = (double) actives / size;
        BigDecimal perCustomer = revenue.divide(BigDecimal.valueOf(size), 2, RoundingMode.HALF_UP);
        double value = metric == CohortMetric.RETENTION ? retention : perCustomer.doubleValue();
        return new CohortMatrix.Cell(k, actives, retention, revenue.setScale(2, RoundingMode.HALF_UP), perCustomer, value, complete);
    }

    /** Per period: the cohorts that reached it, their actives summed over their sizes summed (a size-weighted mean). */
    private static List<CohortMatrix.Average> average(CohortMetric metric, List<CohortMatrix.Row> rows, int width) {
        List<CohortMatrix.Average> average = new ArrayList<>(width);
        for (int k = 0; k < width; k++) {
            long sizes = 0;
            long actives = 0;
            BigDecimal revenue = BigDecimal.ZERO;
            for (CohortMatrix.Row row : rows) {
                if (k < row.cells().size()) {
                    sizes += row.customers();
                    actives += row.cells().get(k).activeCustomers();
                    revenue = revenue.add(row.cells().get(k).revenue());
                }
            }
            double retention = (double) actives / sizes;
            BigDecimal perCustomer = revenue.divide(BigDecimal.valueOf(sizes), 2, RoundingMode.HALF_UP);
            average.add(new CohortMatrix.Average(k, sizes, actives, retention, perCustomer,
                    metric == CohortMetric.RETENTION ? retention : perCustomer.doubleValue()));
        }
        return average;
    }

    /** Whole periods from the cohort's first day to the period holding {@code day} (the cohort's own period is 0). */
    static int periodsBetween(Period period, LocalDate cohortStart, LocalDate day) {
        if (period == Period.MONTH) {
            return (int) ChronoUnit.MONTHS.between(cohortStart.withDayOfMonth(1), day.withDayOfMonth(1));
        }
        return (int) (ChronoUnit.DAYS.between(cohortStart, day) / 7);
    }

    /** The midnight (UTC) at which period {@code k} of a cohort ends. */
    static Instant periodEnd(Period period, LocalDate cohortStart, int k) {
        LocalDate end = period == Period.MONTH ? cohortStart.plusMonths(k + 1L) : cohortStart.plusWeeks(k + 1L);
        return end.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    static String label(Period period, LocalDate start) {
        return period == Period.MONTH ? start.toString().substring(0, 7) : start.toString();
    }
}
