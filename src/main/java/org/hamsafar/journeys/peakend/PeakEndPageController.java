package org.hamsafar.journeys.peakend;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hamsafar.shared.Channel;
import org.hamsafar.shared.Digits;
import org.hamsafar.shared.Keys;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import tools.jackson.databind.json.JsonMapper;

/**
 * The peak-end page: journeys that ended in a period, their peak-end scores against the plain
 * average, how well each predicts the next NPS answer and a repurchase, and the journeys remembered
 * worst. Every control is a GET parameter, so a view can be bookmarked; a value that cannot be used
 * is left out with a notice. {@code from} and {@code to} (ISO dates, midnight in the display time
 * zone) fix a period and take precedence over {@code days}.
 */
@Controller
class PeakEndPageController {
    static final List<Integer> RANGES = List.of(90, 180, 365, 730);
    static final List<String> GAPS = List.of("7d", "14d", "30d", "period");
    static final List<String> HORIZONS = List.of("30d", "60d", "90d", "180d");
    private static final int DEFAULT_RANGE = 365;
    private static final String DEFAULT_GAP = "14d";
    private static final String DEFAULT_HORIZON = "90d";

    private final PeakEndAnalysis analysis;
    private final JsonMapper json;
    private final Clock clock;
    private final ZoneId zone;
    private final String purchaseType;

    PeakEndPageController(PeakEndAnalysis analysis, JsonMapper json, Clock clock,
                          @Value("${hamsafar.display-time-zone:Asia/Tehran}") String zone,
                          @Value("${hamsafar.journeys.peak-end.purchase-type:purchase}") String purchaseType) {
        this.analysis = analysis;
        this.json = json;
        this.clock = clock;
        this.zone = ZoneId.of(zone);
        this.purchaseType = purchaseType;
    }

    /** The controls as used (each valid), and whether any given value had to be left out. */
    record Filters(int days, String from, String to, String gap, String horizon, String channel, String touchpoint, String segment,
                   boolean dropped) {
    }

    @GetMapping("/journeys/peak-end")
    ModelAndView page(@RequestParam Map<String, String> params) {
        boolean[] dropped = {false};
        String days = blank(params.get("days"));
        int range = DEFAULT_RANGE;
        if (days != null) {
            String latin = Digits.latin(days);
            if (latin.matches("\\d{1,4}") && RANGES.contains(Integer.parseInt(latin))) {
                range = Integer.parseInt(latin);
            } else {
                dropped[0] = true;
            }
        }
        String gap = choice(params.get("gap"), GAPS, DEFAULT_GAP, dropped);
        String horizon = choice(params.get("horizon"), HORIZONS, DEFAULT_HORIZON, dropped);
        String channel = blank(params.get("channel"));
        if (channel != null && Channel.fromKey(channel).isEmpty()) {
            channel = null;
            dropped[0] = true;
        }
        String touchpoint = key(params.get("touchpoint"), dropped);
        String segment = key(params.get("segment"), dropped);
        LocalDate fromDate = date(params.get("from"), dropped);
        LocalDate toDate = date(params.get("to"), dropped);
        Instant to;
        Instant from;
        if (fromDate != null && toDate != null && fromDate.isBefore(toDate)
                && !toDate.isAfter(fromDate.plusDays(PeakEndRequestReader.MAX_PERIOD.toDays()))) {
            from = fromDate.atStartOfDay(zone).toInstant();
            to = toDate.atStartOfDay(zone).toInstant();
        } else {
            dropped[0] |= fromDate != null || toDate != null;
            fromDate = null;
            toDate = null;
            to = clock.instant();
            from = to.minus(Duration.ofDays(range));
        }
        boolean byPeriod = "period".equals(gap);
        PeakEndQuery query = new PeakEndQuery(from, to, byPeriod ? JourneyGrouping.PERIOD : JourneyGrouping.GAP,
                byPeriod ? null : days(gap), days(horizon), channel, touchpoint, segment, purchaseType);
        PeakEndReport report = analysis.report(query);

        ModelAndView view = new ModelAndView("journeys/peak-end");
        view.addObject("report", report);
        view.addObject("f", new Filters(range, fromDate == null ? null : fromDate.toString(), toDate == null ? null : toDate.toString(),
                gap, horizon, channel, touchpoint, segment, dropped[0]));
        view.addObject("ranges", RANGES);
        view.addObject("gaps", GAPS);
        view.addObject("horizons", HORIZONS);
        view.addObject("channels", Arrays.stream(Channel.values()).map(Channel::key).toList());
        // The period shown: "to" is exclusive, so a fixed period ends on the day before it.
        view.addObject("lastDay", to.minusSeconds(1));
        view.addObject("histogramChart", histogramChart(report));
        view.addObject("predictorChart", predictorChart(report.prediction()));
        view.addObject("scatterPeakEnd", scatterChart(report.prediction().nextNps().cells().peakEnd()));
        view.addObject("scatterAverage", scatterChart(report.prediction().nextNps().cells().average()));
        return view;
    }

    private String histogramChart(PeakEndReport report) {
        List<Object> labels = new ArrayList<>();
        List<Object> counts = new ArrayList<>();
        for (PeakEndReport.Bin bin : report.histogram()) {
            labels.add(bin.from());
            counts.add(bin.journeys());
        }
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("from", labels);
        chart.put("width", 2.0 / PeakEndQueries.BINS);
        chart.put("journeys", counts);
        return json.writeValueAsString(chart);
    }

    /** Both predictors' correlations with the next NPS answer and AUCs for a repurchase, each with its interval. */
    private String predictorChart(PeakEndReport.Prediction prediction) {
        Map<String, Object> chart = new LinkedHashMap<>();
        PeakEndReport.NextNps nps = prediction.nextNps();
        if (nps.enough()) {
            chart.put("pearson", List.of(interval(nps.peakEnd().pearson()), interval(nps.average().pearson())));
            chart.put("spearman", List.of(interval(nps.peakEnd().spearman()), interval(nps.average().spearman())));
        }
        PeakEndReport.Repurchase repurchase = prediction.repurchase();
        if (repurchase.enough()) {
            chart.put("auc", List.of(interval(repurchase.peakEnd()), interval(repurchase.average())));
        }
        return chart.isEmpty() ? null : json.writeValueAsString(chart);
    }

    private static List<Double> interval(PeakEndReport.Correlation c) {
        return Arrays.asList(c.r(), c.ciLow(), c.ciHigh());
    }

    private static List<Double> interval(PeakEndReport.Auc a) {
        return Arrays.asList(a.value(), a.ciLow(), a.ciHigh());
    }

    private String scatterChart(List<PeakEndReport.Cell> cells) {
        if (cells.isEmpty()) {
            return null;
        }
        List<List<Number>> points = cells.stream().map(c -> List.<Number>of(c.x(), c.nps(), c.journeys())).toList();
        return json.writeValueAsString(Map.of("points", points));
    }

    private static Duration days(String choice) {
        return Duration.ofDays(Long.parseLong(choice.substring(0, choice.length() - 1)));
    }

    private static String choice(String value, List<String> allowed, String fallback, boolean[] dropped) {
        String v = blank(value);
        if (v == null) {
            return fallback;
        }
        v = Digits.latin(v);
        if (allowed.contains(v)) {
            return v;
        }
        dropped[0] = true;
        return fallback;
    }

    private static String key(String value, boolean[] dropped) {
        String v = blank(value);
        if (v != null && !Keys.isKey(v)) {
            dropped[0] = true;
            return null;
        }
        return v;
    }

    private static LocalDate date(String value, boolean[] dropped) {
        String v = blank(value);
        if (v == null) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(Digits.latin(v));
            if (date.getYear() < 1970 || date.getYear() > 9998) {
                dropped[0] = true;
                return null;
            }
            return date;
        } catch (DateTimeException e) {
            dropped[0] = true;
            return null;
        }
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
