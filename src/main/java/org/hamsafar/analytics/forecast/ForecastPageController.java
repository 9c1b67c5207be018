package org.hamsafar.analytics.forecast;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hamsafar.shared.Channel;
import org.hamsafar.shared.Digits;
import org.hamsafar.shared.InvalidInputException;
import org.hamsafar.shared.time.PageDays;
import org.hamsafar.shared.web.PageProblems;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The trends and forecasts page: a form for the metric and the model, and the forecast the API
 * would return drawn as a chart (history, one-step fitted values, forecast with its interval,
 * anomalies), with the model's weights, the backtest's errors and the notes. The form's fields go
 * through the same reader as the API body.
 */
@Controller
class ForecastPageController {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final Forecasts forecasts;
    private final PageProblems pageProblems;

    ForecastPageController(Forecasts forecasts, PageProblems pageProblems) {
        this.forecasts = forecasts;
        this.pageProblems = pageProblems;
    }

    /** The form as typed. */
    record Form(String kind, String eventType, String surveyId, String touchpoint, String channel, String segment, String granularity,
                String horizon, String seasonality, String model) {
    }

    @GetMapping("/analytics/forecast")
    ModelAndView page(@RequestParam(required = false) String kind, @RequestParam(required = false) String eventType,
                      @RequestParam(required = false) String surveyId, @RequestParam(required = false) String touchpoint,
                      @RequestParam(required = false) String channel, @RequestParam(required = false) String granularity,
                      @RequestParam(required = false) String horizon, @RequestParam(required = false) String seasonality,
                      @RequestParam(required = false) String model, @RequestParam(required = false) String segment) {
        Form form = new Form(orElse(kind, ""), orElse(eventType, ""), orElse(surveyId, ""), orElse(touchpoint, ""), orElse(channel, ""),
                orElse(segment, ""), orElse(granularity, "day"), orElse(horizon, ""), orElse(seasonality, "auto"), orElse(model, "auto"));
        ModelAndView view = new ModelAndView("analytics/forecast");
        view.addObject("form", form);
        view.addObject("kinds", List.of(MetricKind.values()).stream().map(MetricKind::key).toList());
        view.addObject("channels", List.of(Channel.values()).stream().map(Channel::key).toList());
        if (form.kind().isBlank()) {
            return view;
        }
        try {
            ForecastReport report = forecasts.forecast(ForecastRequestReader.read(body(form), forecasts.today()));
            view.addObject("report", report);
            view.addObject("chart", chart(report));
            view.addObject("fromDay", PageDays.show(report.from(), persian()));
            view.addObject("toDay", PageDays.show(report.to(), persian()));
            view.addObject("anomalyDays", report.anomalies().stream().map(a -> PageDays.show(a.period(), persian())).toList());
        } catch (InvalidInputException e) {
            view.addObject("problems", pageProblems.describe(e.errors(), "analytics.forecast", ForecastProblemWordings.ALL,
                    LocaleContextHolder.getLocale()));
            view.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        }
        return view;
    }

    private static ObjectNode body(Form form) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        ObjectNode metric = body.putObject("metric");
        metric.put("kind", form.kind());
        put(metric, "eventType", form.eventType());
        put(metric, "touchpoint", form.touchpoint());
        put(metric, "channel", form.channel());
        put(metric, "segment", form.segment());
        if (!form.surveyId().isBlank()) {
            String id = Digits.latin(form.surveyId().strip());
            if (id.matches("\\d{1,18}")) {
                metric.put("surveyId", Long.parseLong(id));
            } else {
                metric.put("surveyId", form.surveyId());
            }
        }
        body.put("granularity", form.granularity());
        if (!form.horizon().isBlank()) {
            String h = Digits.latin(form.horizon().strip());
            if (h.matches("\\d{1,6}")) {
                body.put("horizon", Integer.parseInt(h));
            } else {
                body.put("horizon", form.horizon());
            }
        }
        String season = Digits.latin(form.seasonality().strip());
        if (season.matches("\\d{1,6}")) {
            body.put("seasonality", Integer.parseInt(season));
        } else {
            body.put("seasonality", season);
        }
        body.put("model", form.model());
        return body;
    }

    /** History, fitted values, forecast and bounds on one axis of period start days, and the anomalies' positions. */
    private static String chart(ForecastReport report) {
        boolean persian = persian();
        List<String> labels = new ArrayList<>();
        List<Double> observed = new ArrayList<>();
        List<Double> fitted = new ArrayList<>();
        List<Double> forecast = new ArrayList<>();
        List<Double> lower = new ArrayList<>();
        List<Double> upper = new ArrayList<>();
        for (ForecastReport.HistoryPoint p : report.history()) {
            labels.add(PageDays.show(p.period(), persian));
            observed.add(p.value());
            fitted.add(p.fitted());
            forecast.add(null);
            lower.add(null);
            upper.add(null);
        }
        for (ForecastReport.ForecastPoint p : report.forecast()) {
            labels.add(PageDays.show(p.period(), persian));
            observed.add(null);
            fitted.add(null);
            forecast.add(p.value());
            lower.add(p.lower());
            upper.add(p.upper());
        }
        List<List<Object>> anomalies = new ArrayList<>();
        for (ForecastReport.Anomaly a : report.anomalies()) {
            int index = report.history().indexOf(report.history().stream().filter(h -> h.period().equals(a.period())).findFirst().orElseThrow());
            anomalies.add(List.of(index, a.observed()));
        }
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("labels", labels);
        chart.put("observed", observed);
        chart.put("fitted", fitted);
        chart.put("forecast", forecast);
        chart.put("lower", lower);
        chart.put("upper", upper);
        chart.put("anomalies", anomalies);
        return JSON.writeValueAsString(chart);
    }

    private static void put(ObjectNode node, String field, String value) {
        if (value != null && !value.isBlank()) {
            node.put(field, value.strip());
        }
    }

    private static String orElse(String value, String fallback) {
        return value == null ? fallback : value;
    }

    private static boolean persian() {
        return "fa".equals(LocaleContextHolder.getLocale().getLanguage());
    }
}
