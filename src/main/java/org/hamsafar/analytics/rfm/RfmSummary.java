package org.hamsafar.analytics.rfm;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hamsafar.events.PurchaseSummaries.RfmScore;

/**
 * Adds customers' RFM scores up as they stream by: per named segment, per cell of the R×F grid,
 * and the range of the measured figures behind each score (so a reader can see that R = 5 means
 * "last bought at most 12 days ago").
 */
final class RfmSummary {
    private final Instant asOf;
    private final Map<String, Totals> segments = new LinkedHashMap<>();
    private final Totals[][] cells = new Totals[5][5];
    private final Range[] recency = new Range[5];
    private final Range[] frequency = new Range[5];
    private final Range[] monetary = new Range[5];
    private long customers;

    RfmSummary(Instant asOf) {
        this.asOf = asOf;
        RfmGrid.SEGMENTS.forEach(key -> segments.put(key, new Totals()));
        for (int i = 0; i < 5; i++) {
            for (int j = 0; j < 5; j++) {
                cells[i][j] = new Totals();
            }
            recency[i] = new Range();
            frequency[i] = new Range();
            monetary[i] = new Range();
        }
    }

    /** Days from the last purchase to {@code asOf}, with fractions. */
    double recencyDays(RfmScore score) {
        return Duration.between(score.lastPurchase(), asOf).toSeconds() / 86_400.0;
    }

    void add(RfmScore score) {
        customers++;
        double days = recencyDays(score);
        double value = score.value().doubleValue();
        segments.get(RfmGrid.segment(score.r(), score.f())).add(days, score.purchases(), value);
        cells[score.r() - 1][score.f() - 1].add(days, score.purchases(), value);
        recency[score.r() - 1].add(days);
        frequency[score.f() - 1].add(score.purchases());
        monetary[score.m() - 1].add(value);
    }

    long customers() {
        return customers;
    }

    /** Segments in grid order (empty ones too, with 0 customers). */
    List<Map<String, Object>> segments() {
        List<Map<String, Object>> rows = new ArrayList<>();
        segments.forEach((key, totals) -> {
            Map<String, Object> row = totals.describe();
            row.put("share", customers == 0 ? 0.0 : round((double) totals.customers / customers, 4));
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("segment", key);
            out.putAll(row);
            rows.add(out);
        });
        return rows;
    }

    /** The 25 cells, R from 5 down to 1 and F from 1 to 5, each with its segment. */
    List<Map<String, Object>> grid() {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int r = 5; r >= 1; r--) {
            for (int f = 1; f <= 5; f++) {
                Map<String, Object> cell = new LinkedHashMap<>();
                cell.put("r", r);
                cell.put("f", f);
                cell.put("segment", RfmGrid.segment(r, f));
                cell.putAll(cells[r - 1][f - 1].describe());
                rows.add(cell);
            }
        }
        return rows;
    }

    /** Per measure and score 1..5: the least and most of the figure among customers with that score (null when none). */
    Map<String, Object> scoreRanges() {
        Map<String, Object> ranges = new LinkedHashMap<>();
        ranges.put("recencyDays", describe(recency));
        ranges.put("purchases", describe(frequency));
        ranges.put("value", describe(monetary));
        return ranges;
    }

    private static List<Map<String, Object>> describe(Range[] ranges) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("score", i + 1);
            row.put("customers", ranges[i].count);
            row.put("min", ranges[i].count == 0 ? null : round(ranges[i].min, 2));
            row.put("max", ranges[i].count == 0 ? null : round(ranges[i].max, 2));
            rows.add(row);
        }
        return rows;
    }

    static double round(double value, int decimals) {
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).doubleValue();
    }

    /** Sums over a group of customers. */
    private static final class Totals {
        long customers;
        double days;
        long purchases;
        double value;

        void add(double recencyDays, long purchaseCount, double purchaseValue) {
            customers++;
            days += recencyDays;
            purchases += purchaseCount;
            value += purchaseValue;
        }

        Map<String, Object> describe() {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("customers", customers);
            row.put("totalValue", round(value, 2));
            row.put("meanValue", customers == 0 ? null : round(value / customers, 2));
            row.put("meanRecencyDays", customers == 0 ? null : round(days / customers, 1));
            row.put("meanPurchases", customers == 0 ? null : round((double) purchases / customers, 2));
            return row;
        }
    }

    private static final class Range {
        long count;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;

        void add(double x) {
            count++;
            min = Math.min(min, x);
            max = Math.max(max, x);
        }
    }
}
