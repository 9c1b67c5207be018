package org.hamsafar.analytics.forecast;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import org.hamsafar.actions.OpenedCaseCounts;
import org.hamsafar.events.EventDailyTotals;
import org.hamsafar.feedback.CxMetrics;
import org.hamsafar.feedback.Metric;
import org.hamsafar.feedback.MetricCalendar;
import org.hamsafar.feedback.MetricInterval;
import org.hamsafar.feedback.MetricPoint;
import org.hamsafar.feedback.MetricQuery;
import org.hamsafar.feedback.MetricReport;
import org.hamsafar.text.CommentFilter;
import org.hamsafar.text.SentimentPoint;
import org.hamsafar.text.TextResults;
import org.hamsafar.text.TextScope;
import org.hamsafar.text.TextSummary;
import org.springframework.stereotype.Component;

/**
 * Reads a metric per day or week, or over one window, from the modules that own the data: event
 * counts and value sums (events), NPS/CSAT/CES (the feedback module's {@link CxMetrics}, which the
 * CX overview page uses too), mean sentiment (the text module's {@link TextResults}) and opened
 * cases (actions). Days and weeks are those of the display time zone; the stores aggregate.
 */
@Component
public class MetricSeriesReader {
    private final EventDailyTotals events;
    private final OpenedCaseCounts cases;
    private final CxMetrics cxMetrics;
    private final TextResults texts;

    MetricSeriesReader(EventDailyTotals events, OpenedCaseCounts cases, CxMetrics cxMetrics, TextResults texts) {
        this.events = events;
        this.cases = cases;
        this.cxMetrics = cxMetrics;
        this.texts = texts;
    }

    /** The zone whose days and weeks series follow ({@code hamsafar.display-time-zone}). */
    public ZoneId zone() {
        return cxMetrics.defaultZone();
    }

    /**
     * A series: {@code periods[i]} the first day of period i, {@code values[i]} its value (NaN for a
     * score's period without answers or texts).
     */
    public record Series(List<LocalDate> periods, double[] values) {
        public int observed() {
            return SeriesGaps.observed(values);
        }

        /** The periods from index {@code start} on. */
        public Series from(int start) {
            return new Series(periods.subList(start, periods.size()), java.util.Arrays.copyOfRange(values, start, values.length));
        }
    }

    /** The metric per period, from the period starting on {@code first} to the last one starting before {@code end}; both are period starts. */
    public Series series(MetricDefinition metric, Granularity granularity, LocalDate first, LocalDate end) {
        List<LocalDate> periods = new ArrayList<>();
        for (LocalDate p = first; p.isBefore(end); p = granularity.next(p)) {
            periods.add(p);
        }
        ZoneId zone = zone();
        Instant from = first.atStartOfDay(zone).toInstant();
        Instant to = end.atStartOfDay(zone).toInstant();
        double[] values = new double[periods.size()];
        switch (metric.kind()) {
            case EVENTS, REVENUE -> {
                NavigableMap<LocalDate, EventDailyTotals.DayTotal> days = events.daily(from, to, zone, metric.eventType(), metric.channel(),
                        metric.touchpoint(), metric.segment());
                for (Map.Entry<LocalDate, EventDailyTotals.DayTotal> day : days.entrySet()) {
                    int i = index(periods, granularity.start(day.getKey()));
                    if (i >= 0) {
                        values[i] += metric.kind() == MetricKind.EVENTS ? day.getValue().events() : day.getValue().value();
                    }
                }
            }
            case CASES -> {
                for (Map.Entry<LocalDate, Long> day : cases.daily(from, to, zone, metric.segment()).entrySet()) {
                    int i = index(periods, granularity.start(day.getKey()));
                    if (i >= 0) {
                        values[i] += day.getValue();
                    }
                }
            }
            case NPS, CSAT, CES -> {
                Arrays.fill(values, Double.NaN);
                MetricReport report = cxMetrics.report(feedbackMetric(metric.kind()), query(metric, from, to, zone)
                        .withInterval(granularity.interval(), MetricCalendar.GREGORIAN));
                for (MetricPoint point : report.series()) {
                    int i = index(periods, point.period());
                    if (i >= 0 && point.value().value() != null) {
                        values[i] = point.value().value();
                    }
                }
            }
            case SENTIMENT -> {
                Arrays.fill(values, Double.NaN);
                TextSummary summary = texts.summary(textFilter(metric, from, to), granularity.interval(), MetricCalendar.GREGORIAN, 1);
                for (SentimentPoint point : summary.trend()) {
                    int i = index(periods, point.period());
                    Double mean = point.tally().averageScore();
                    if (i >= 0 && mean != null) {
                        values[i] = mean;
                    }
                }
            }
        }
        return new Series(List.copyOf(periods), values);
    }

    /**
     * The metric over {@code [from, to)}: a count or sum (0 without data), or a score over all the
     * window's answers or texts (null without any), with how many answers or texts it rests on
     * (events, cases: the count itself).
     */
    public Measurement measure(MetricDefinition metric, Instant from, Instant to) {
        ZoneId zone = zone();
        return switch (metric.kind()) {
            case EVENTS, REVENUE -> {
                long n = 0;
                double sum = 0;
                for (EventDailyTotals.DayTotal day : events.daily(from, to, zone, metric.eventType(), metric.channel(), metric.touchpoint(),
                        metric.segment())
                        .values()) {
                    n += day.events();
                    sum += day.value();
                }
                yield new Measurement(metric.kind() == MetricKind.EVENTS ? (double) n : sum, n);
            }
            case CASES -> {
                long n = cases.daily(from, to, zone, metric.segment()).values().stream().mapToLong(Long::longValue).sum();
                yield new Measurement((double) n, n);
            }
            case NPS, CSAT, CES -> {
                MetricReport report = cxMetrics.report(feedbackMetric(metric.kind()), query(metric, from, to, zone));
                yield new Measurement(report.total().value(), report.total().n());
            }
            case SENTIMENT -> {
                TextSummary summary = texts.summary(textFilter(metric, from, to), MetricInterval.MONTH, MetricCalendar.GREGORIAN, 1);
                yield new Measurement(summary.total().averageScore(), summary.total().texts());
            }
        };
    }

    /** A metric's value over a window (null: no answers or texts) and the count of items it rests on. */
    public record Measurement(Double value, long n) {
    }

    private static MetricQuery query(MetricDefinition metric, Instant from, Instant to, ZoneId zone) {
        return MetricQuery.of(from, to, zone).withSurvey(metric.surveyId()).withTouchpoint(metric.touchpoint()).withChannel(metric.channel())
                .withSegment(metric.segment());
    }

    private static CommentFilter textFilter(MetricDefinition metric, Instant from, Instant to) {
        return new CommentFilter(new TextScope(from, to, null, metric.surveyId(), metric.channel(), metric.touchpoint(),
                metric.segment()), null, null, null, null);
    }

    private static Metric feedbackMetric(MetricKind kind) {
        return switch (kind) {
            case NPS -> Metric.NPS;
            case CSAT -> Metric.CSAT;
            case CES -> Metric.CES;
            default -> throw new IllegalArgumentException(kind + " is not a survey metric");
        };
    }

    private static int index(List<LocalDate> periods, LocalDate start) {
        int i = java.util.Collections.binarySearch(periods, start);
        return i >= 0 ? i : -1;
    }
}
