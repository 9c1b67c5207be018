package org.hamsafar.feedback;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/metrics")
@Tag(name = "CX metrics", description = "NPS, CSAT and CES of survey answers with 95% confidence intervals (read scope)")
class MetricsController {
    private static final String RANGE_DOC = """
            `from` and `to` are ISO-8601 dates (local midnight in the zone) or date-times with offset; the range is
            [from, to), by default the 90 days up to now, at most 5 years. `zone` (default `hamsafar.display-time-zone`,
            Asia/Tehran) decides where local days begin. Filters: `surveyId`, `touchpoint`, `channel`, and `segment` (a
            segment's key, or any customer tag: only answers of customers who carry it now).""";
    private final CxMetrics metrics;
    private final Clock clock;

    MetricsController(CxMetrics metrics, Clock clock) {
        this.metrics = metrics;
        this.clock = clock;
    }

    @GetMapping("/{metric}")
    @Operation(summary = "A CX metric over a range and as a series", description = """
            `metric` is `nps` (-100..100: % promoters 9-10 minus % detractors 0-6), `csat` (% of answers 4-5 of 5) or
            `ces` (mean of 1-7). Each value comes with its 95% interval: NPS from the multinomial variance of the
            promoter and detractor shares, CSAT Wilson's score interval, CES Student's t (none for a single answer).
            The series has one point per `interval` (day, week, month) of the `calendar` (gregorian: weeks from
            Monday; jalali: Solar Hijri months, weeks from Saturday, `label` like 1404-07); periods without answers
            are included with n = 0. `period` is the first local day of the period. NPS points also give
            `promoters`, `passives` and `detractors`; CSAT `satisfied`; CES `mean` and `sd`. Values are rounded to
            1 decimal (NPS, CSAT) or 2 (CES).
            """ + RANGE_DOC)
    Map<String, Object> metricReport(
            @Parameter(description = "nps, csat or ces") @PathVariable String metric,
            @Parameter(description = "start of the range (inclusive)") @RequestParam(required = false) String from,
            @Parameter(description = "end of the range (exclusive)") @RequestParam(required = false) String to,
            @Parameter(description = "day (default), week or month") @RequestParam(required = false) String interval,
            @Parameter(description = "gregorian (default) or jalali") @RequestParam(required = false) String calendar,
            @RequestParam(required = false) Long surveyId,
            @RequestParam(required = false) String touchpoint,
            @RequestParam(required = false) String channel,
            @Parameter(description = "a segment's key (customer tag)") @RequestParam(required = false) String segment,
            @Parameter(description = "time zone, e.g. Asia/Tehran or UTC") @RequestParam(required = false) String zone) {
        Metric chosen = MetricQueryParams.metric(metric);
        MetricQuery query = MetricQueryParams.read(
                new MetricQueryParams.Raw(from, to, interval, calendar, surveyId, touchpoint, channel, segment, zone),
                metrics.defaultZone(), clock.instant().truncatedTo(ChronoUnit.SECONDS).plusSeconds(1));
        MetricReport report = metrics.report(chosen, query);
        Map<String, Object> body = header(chosen, query);
        body.put("interval", query.interval().key());
        body.put("calendar", query.calendar().key());
        body.put("total", value(new LinkedHashMap<>(), report.total()));
        List<Map<String, Object>> series = new ArrayList<>(report.series().size());
        for (MetricPoint point : report.series()) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("period", point.period().toString());
            json.put("label", point.label());
            series.add(value(json, point.value()));
        }
        body.put("series", series);
        return body;
    }

    @GetMapping("/{metric}/breakdown")
    @Operation(summary = "A CX metric per touchpoint or per channel", description = """
            `by` is `touchpoint` or `channel`; one item per value (most answers first, `key` null for answers
            without a touchpoint), each with the metric, n and its 95% interval as in GET /api/v1/metrics/{metric}.
            """ + RANGE_DOC)
    Map<String, Object> metricBreakdown(
            @Parameter(description = "nps, csat or ces") @PathVariable String metric,
            @Parameter(description = "touchpoint or channel") @RequestParam(required = false) String by,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) Long surveyId,
            @RequestParam(required = false) String touchpoint,
            @RequestParam(required = false) String channel,
            @Parameter(description = "a segment's key (customer tag)") @RequestParam(required = false) String segment,
            @RequestParam(required = false) String zone) {
        Metric chosen = MetricQueryParams.metric(metric);
        MetricDimension dimension = MetricQueryParams.dimension(by);
        MetricQuery query = MetricQueryParams.read(
                new MetricQueryParams.Raw(from, to, null, null, surveyId, touchpoint, channel, segment, zone),
                metrics.defaultZone(), clock.instant().truncatedTo(ChronoUnit.SECONDS).plusSeconds(1));
        Map<String, Object> body = header(chosen, query);
        body.put("by", dimension.key());
        List<Map<String, Object>> items = new ArrayList<>();
        for (MetricBreakdown row : metrics.byDimension(chosen, query, dimension)) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("key", row.key());
            items.add(value(json, row.value()));
        }
        body.put("items", items);
        return body;
    }

    private static Map<String, Object> header(Metric metric, MetricQuery query) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("metric", metric.key());
        body.put("from", time(query.from(), query));
        body.put("to", time(query.to(), query));
        body.put("zone", query.zone().getId());
        body.put("surveyId", query.surveyId());
        body.put("touchpoint", query.touchpoint());
        body.put("channel", query.channel());
        body.put("segment", query.segment());
        return body;
    }

    private static Map<String, Object> value(Map<String, Object> json, MetricValue value) {
        int scale = value.metric() == Metric.CES ? 2 : 1;
        json.put("value", round(value.value(), scale));
        json.put("n", value.n());
        json.put("ciLow", round(value.ciLow(), scale));
        json.put("ciHigh", round(value.ciHigh(), scale));
        switch (value.metric()) {
            case NPS -> {
                json.put("promoters", value.promoters());
                json.put("passives", value.passives());
                json.put("detractors", value.detractors());
            }
            case CSAT -> json.put("satisfied", value.satisfied());
            case CES -> {
                json.put("mean", round(value.value(), scale));
                json.put("sd", round(value.sd(), scale));
            }
        }
        return json;
    }

    private static BigDecimal round(Double value, int scale) {
        return value == null ? null : BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_UP);
    }

    private static String time(Instant instant, MetricQuery query) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(OffsetDateTime.ofInstant(instant, query.zone()));
    }
}
