package org.hamsafar.feedback;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hamsafar.shared.Channel;
import org.hamsafar.shared.FieldProblem;
import org.hamsafar.shared.Keys;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import tools.jackson.databind.json.JsonMapper;

/**
 * The CX overview: NPS, CSAT and CES over the last 30, 90 or 365 days with their 95% intervals, a
 * trend per metric (weekly by default; Jalali weeks and months in Persian), and the metrics per
 * touchpoint and per channel. Filters are a plain GET form; chart data travel in data attributes.
 */
@Controller
class CxOverviewController {
    static final List<Integer> RANGES = List.of(30, 90, 365);
    private static final int DEFAULT_RANGE = 90;
    private final CxMetrics metrics;
    private final SurveyCatalog surveys;
    private final JsonMapper json;
    private final Clock clock;

    CxOverviewController(CxMetrics metrics, SurveyCatalog surveys, JsonMapper json, Clock clock) {
        this.metrics = metrics;
        this.surveys = surveys;
        this.json = json;
        this.clock = clock;
    }

    /** A metric's card: its value over the range, and its trend as chart data. */
    public record MetricCard(String key, MetricValue value, BigDecimal rounded, BigDecimal ciLow, BigDecimal ciHigh, String chart) {
    }

    /** One touchpoint's or channel's metrics (null where it had no answers of that kind). */
    public record BreakdownRow(String key, Map<String, MetricCard> metrics) {
    }

    @GetMapping("/cx")
    ModelAndView overview(@RequestParam(required = false) String days, @RequestParam(required = false) String interval,
                          @RequestParam(required = false, name = "surveyId") String survey,
                          @RequestParam(required = false) String channel, @RequestParam(required = false) String touchpoint,
                          @RequestParam(required = false) String segment) {
        // Hand-edited query strings fall back to the defaults instead of an error page.
        Long requestedDays = whole(days);
        int range = requestedDays != null && RANGES.contains(requestedDays.intValue()) ? requestedDays.intValue() : DEFAULT_RANGE;
        Long surveyId = whole(survey);
        MetricInterval step = interval == null ? MetricInterval.WEEK
                : MetricInterval.fromKey(interval.strip().toLowerCase(Locale.ROOT)).orElse(MetricInterval.WEEK);
        boolean persian = "fa".equals(LocaleContextHolder.getLocale().getLanguage());
        List<FieldProblem> problems = new ArrayList<>();
        String channelKey = blankToNull(channel);
        if (channelKey != null && Channel.fromKey(channelKey).isEmpty()) {
            problems.add(new FieldProblem("channel", "unknown"));
            channelKey = null;
        }
        String touchpointKey = blankToNull(touchpoint);
        if (touchpointKey != null && !Keys.isKey(touchpointKey)) {
            problems.add(new FieldProblem("touchpoint", "not a key"));
            touchpointKey = null;
        }
        String segmentKey = blankToNull(segment);
        if (segmentKey != null && !Keys.isKey(segmentKey)) {
            problems.add(new FieldProblem("segment", "not a key"));
            segmentKey = null;
        }
        Instant now = clock.instant();
        MetricQuery query = new MetricQuery(now.minus(Duration.ofDays(range)), now, metrics.defaultZone(), step,
                persian ? MetricCalendar.JALALI : MetricCalendar.GREGORIAN, surveyId, touchpointKey, channelKey, segmentKey);

        List<MetricCard> cards = new ArrayList<>();
        for (Metric metric : Metric.values()) {
            MetricReport report = metrics.report(metric, query);
            cards.add(card(metric, report.total(), trend(report)));
        }
        ModelAndView view = new ModelAndView("feedback/cx");
        view.addObject("cards", cards);
        view.addObject("byTouchpoint", breakdown(query, MetricDimension.TOUCHPOINT));
        view.addObject("byChannel", breakdown(query, MetricDimension.CHANNEL));
        view.addObject("days", range);
        view.addObject("ranges", RANGES);
        view.addObject("interval", step.key());
        view.addObject("intervals", Arrays.stream(MetricInterval.values()).map(MetricInterval::key).toList());
        view.addObject("surveyId", surveyId);
        view.addObject("surveys", surveys.list(null, null, 200).items());
        view.addObject("channel", channelKey);
        view.addObject("channels", Arrays.stream(Channel.values()).map(Channel::key).toList());
        view.addObject("touchpoint", touchpointKey == null ? blankToNull(touchpoint) : touchpointKey);
        view.addObject("segment", segmentKey == null ? blankToNull(segment) : segmentKey);
        view.addObject("filterProblems", problems);
        return view;
    }

    private MetricCard card(Metric metric, MetricValue value, String chart) {
        int scale = scale(metric);
        return new MetricCard(metric.key(), value, SurveyResults.round(value.value(), scale),
                SurveyResults.round(value.ciLow(), scale), SurveyResults.round(value.ciHigh(), scale), chart);
    }

    /** The series as chart data: labels, values, interval bounds and answer counts per period. */
    private String trend(MetricReport report) {
        int scale = scale(report.metric());
        List<String> labels = new ArrayList<>();
        List<BigDecimal> values = new ArrayList<>();
        List<BigDecimal> low = new ArrayList<>();
        List<BigDecimal> high = new ArrayList<>();
        List<Long> n = new ArrayList<>();
        for (MetricPoint point : report.series()) {
            labels.add(point.label());
            values.add(SurveyResults.round(point.value().value(), scale));
            low.add(SurveyResults.round(point.value().ciLow(), scale));
            high.add(SurveyResults.round(point.value().ciHigh(), scale));
            n.add(point.value().n());
        }
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("metric", report.metric().key());
        chart.put("min", report.metric() == Metric.NPS ? -100 : report.metric() == Metric.CES ? 1 : 0);
        chart.put("max", report.metric() == Metric.CES ? 7 : 100);
        chart.put("labels", labels);
        chart.put("values", values);
        chart.put("low", low);
        chart.put("high", high);
        chart.put("n", n);
        return json.writeValueAsString(chart);
    }

    /** Every touchpoint (or channel) with any answer, each with the three metrics; most answers first. */
    private List<BreakdownRow> breakdown(MetricQuery query, MetricDimension dimension) {
        Map<String, Map<String, MetricCard>> rows = new LinkedHashMap<>();
        Map<String, Long> answers = new LinkedHashMap<>();
        for (Metric metric : Metric.values()) {
            for (MetricBreakdown row : metrics.byDimension(metric, query, dimension)) {
                String key = row.key() == null ? "" : row.key();
                rows.computeIfAbsent(key, k -> new LinkedHashMap<>()).put(metric.key(), card(metric, row.value(), null));
                answers.merge(key, row.value().n(), Long::sum);
            }
        }
        return rows.entrySet().stream()
                .sorted((a, b) -> Long.compare(answers.get(b.getKey()), answers.get(a.getKey())))
                .map(e -> new BreakdownRow(e.getKey(), e.getValue()))
                .toList();
    }

    private static int scale(Metric metric) {
        return metric == Metric.CES ? 2 : 1;
    }

    private static Long whole(String text) {
        if (text == null || !text.strip().matches("\\d{1,18}")) {
            return null;
        }
        return Long.valueOf(text.strip());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
