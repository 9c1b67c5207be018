package org.hamsafar.actions.rules;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.hamsafar.feedback.CxMetrics;
import org.hamsafar.feedback.Metric;
import org.hamsafar.feedback.MetricQuery;
import org.hamsafar.feedback.MetricValue;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A day's CX metrics as the item metric rules read: each metric of the day (in the display time
 * zone), its number of answers, and its drop against the {@link #TRAILING_DAYS} days before
 * (trailing minus the day, so a fall is positive; for CES, where higher is easier, likewise).
 * A metric without answers that day, or without any in the trailing days, has no value or drop.
 */
@Component
class DailyMetrics {
    static final int TRAILING_DAYS = 28;
    private final CxMetrics metrics;
    private final ZoneId zone;

    DailyMetrics(CxMetrics metrics, @Value("${hamsafar.display-time-zone:Asia/Tehran}") String zone) {
        this.metrics = metrics;
        this.zone = ZoneId.of(zone);
    }

    ZoneId zone() {
        return zone;
    }

    RuleItem of(LocalDate day) {
        Instant start = day.atStartOfDay(zone).toInstant();
        Instant end = day.plusDays(1).atStartOfDay(zone).toInstant();
        Instant trailingStart = day.minusDays(TRAILING_DAYS).atStartOfDay(zone).toInstant();
        Map<String, Object> fields = new LinkedHashMap<>();
        StringBuilder summary = new StringBuilder(day.toString());
        for (Metric metric : new Metric[] {Metric.NPS, Metric.CSAT, Metric.CES}) {
            String name = "metric." + metric.name().toLowerCase(Locale.ROOT);
            MetricValue today = metrics.report(metric, MetricQuery.of(start, end, zone)).total();
            MetricValue before = metrics.report(metric, MetricQuery.of(trailingStart, start, zone)).total();
            fields.put(name + ".responses", (double) today.n());
            if (today.value() == null) {
                continue;
            }
            fields.put(name, today.value());
            summary.append("; ").append(metric.name()).append(' ').append(round(today.value())).append(" (n=").append(today.n()).append(')');
            if (before.value() != null) {
                fields.put(name + ".drop", before.value() - today.value());
                summary.append(" against ").append(round(before.value())).append(" over the ").append(TRAILING_DAYS)
                        .append(" days before (n=").append(before.n()).append(')');
            }
        }
        return new RuleItem(RuleSubject.METRIC, "metric:" + day, null, end, fields, summary.toString());
    }

    private static String round(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
