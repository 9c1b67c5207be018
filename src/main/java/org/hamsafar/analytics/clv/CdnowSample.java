package org.hamsafar.analytics.clv;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The CDNOW sample (2,357 customers who first bought in the first quarter of 1997; one line per
 * transaction: master id, sample id, date YYYYMMDD, CDs, dollars) turned into the models' input the
 * way Fader, Hardie &amp; Lee did: transactions of one customer on one day are one purchase (values
 * added); the first purchase is not a repeat purchase; times are in weeks from the first purchase;
 * the calibration period ends with {@code calibrationEnd}, the holdout with {@code holdoutEnd} (both days included).
 *
 * @param customers    calibration summaries, by sample id (x, t_x, T in weeks; mean value of the repeat purchases)
 * @param holdout      each customer's repeat purchases in the holdout period
 * @param cohorts      customers by the day (since 1970-01-01) of their first purchase
 * @param repeatsByDay repeat purchases of all customers by day
 */
record CdnowSample(List<CustomerSummary> customers, int[] holdout, Map<Long, Long> cohorts, NavigableMap<Long, Long> repeatsByDay) {
    static final double DAYS_PER_WEEK = 7;

    static CdnowSample read(Path file, LocalDate calibrationEnd, LocalDate holdoutEnd) throws IOException {
        // sample id -> day -> value of that day's transactions
        TreeMap<Long, TreeMap<Long, BigDecimal>> days = new TreeMap<>();
        DateTimeFormatter yyyymmdd = DateTimeFormatter.BASIC_ISO_DATE;
        for (String line : Files.readAllLines(file)) {
            String[] f = line.trim().split("\\s+");
            if (f.length < 5) {
                continue;
            }
            long customer = Long.parseLong(f[1]);
            long day = LocalDate.parse(f[2], yyyymmdd).toEpochDay();
            days.computeIfAbsent(customer, c -> new TreeMap<>()).merge(day, new BigDecimal(f[4]), BigDecimal::add);
        }
        long end = calibrationEnd.toEpochDay();
        long last = holdoutEnd.toEpochDay();
        List<CustomerSummary> customers = new ArrayList<>();
        List<Integer> holdout = new ArrayList<>();
        Map<Long, Long> cohorts = new TreeMap<>();
        NavigableMap<Long, Long> repeats = new TreeMap<>();
        for (Map.Entry<Long, TreeMap<Long, BigDecimal>> entry : days.entrySet()) {
            TreeMap<Long, BigDecimal> own = entry.getValue();
            long first = own.firstKey();
            if (first > end) {
                continue;
            }
            int x = 0;
            int later = 0;
            long lastDay = first;
            BigDecimal spend = BigDecimal.ZERO;
            for (Map.Entry<Long, BigDecimal> d : own.tailMap(first, false).entrySet()) {
                if (d.getKey() <= end) {
                    x++;
                    lastDay = d.getKey();
                    spend = spend.add(d.getValue());
                } else if (d.getKey() <= last) {
                    later++;
                }
                if (d.getKey() <= last) {
                    repeats.merge(d.getKey(), 1L, Long::sum);
                }
            }
            double meanSpend = x == 0 ? Double.NaN : spend.doubleValue() / x;
            customers.add(new CustomerSummary(entry.getKey(), x, (lastDay - first) / DAYS_PER_WEEK, (end - first) / DAYS_PER_WEEK, x, meanSpend));
            holdout.add(later);
            cohorts.merge(first, 1L, Long::sum);
        }
        return new CdnowSample(List.copyOf(customers), holdout.stream().mapToInt(Integer::intValue).toArray(), cohorts, repeats);
    }
}
