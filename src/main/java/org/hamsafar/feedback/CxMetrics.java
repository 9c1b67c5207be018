package org.hamsafar.feedback;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The customer-experience metrics (NPS, CSAT, CES) of survey answers, with 95% confidence
 * intervals: over a range, as a series of days, weeks or months (Gregorian or Jalali), and broken
 * down by touchpoint or channel. The store aggregates the answers; this service only adds up day
 * rows into periods.
 */
@Service
public class CxMetrics {
    /** The range dashboards show when they name none. */
    public static final Duration DEFAULT_RANGE = Duration.ofDays(90);

    private final MetricsQueries queries;
    private final ZoneId defaultZone;
    private final Clock clock;

    CxMetrics(MetricsQueries queries, Clock clock,
              @Value("${hamsafar.display-time-zone:Asia/Tehran}") String defaultZone) {
        this.queries = queries;
        this.clock = clock;
        this.defaultZone = ZoneId.of(defaultZone);
    }

    /** The zone whose days metrics follow unless a query names another ({@code hamsafar.display-time-zone}). */
    public ZoneId defaultZone() {
        return defaultZone;
    }

    /** The last {@link #DEFAULT_RANGE} up to now in the default zone: daily, Gregorian, unfiltered. */
    public MetricQuery recent() {
        Instant now = clock.instant();
        return MetricQuery.of(now.minus(DEFAULT_RANGE), now, defaultZone);
    }

    /** The metric over the query's range, and one point per period of its interval (empty ones with n = 0). */
    public MetricReport report(Metric metric, MetricQuery query) {
        NavigableMap<LocalDate, MetricTally> days = queries.daily(metric, query);
        MetricTally total = MetricTally.EMPTY;
        for (MetricTally day : days.values()) {
            total = total.plus(day);
        }
        List<MetricSeries.Period> periods = MetricSeries.periods(query.firstDay(), query.lastDay(), query.interval(), query.calendar());
        List<MetricPoint> series = new ArrayList<>(periods.size());
        for (Map.Entry<MetricSeries.Period, MetricTally> entry : MetricSeries.sum(periods, days)) {
            MetricSeries.Period period = entry.getKey();
            series.add(new MetricPoint(period.start(), period.end(), period.label(), MetricValue.of(metric, entry.getValue())));
        }
        return new MetricReport(metric, query, MetricValue.of(metric, total), series);
    }

    /**
     * The metric over the query's range per touchpoint or channel, most answers first (the interval
     * and calendar of the query play no part).
     */
    public List<MetricBreakdown> byDimension(Metric metric, MetricQuery query, MetricDimension dimension) {
        return queries.byDimension(metric, query, dimension).stream()
                .map(row -> new MetricBreakdown(row.key(), MetricValue.of(metric, row.tally())))
                .sorted(Comparator.comparingLong((MetricBreakdown b) -> b.value().n()).reversed()
                        .thenComparing(MetricBreakdown::key, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }
}
