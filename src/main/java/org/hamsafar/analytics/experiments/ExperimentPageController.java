package org.hamsafar.analytics.experiments;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hamsafar.events.InteractionVocabulary;
import org.hamsafar.shared.Digits;
import org.hamsafar.shared.InvalidInputException;
import org.hamsafar.shared.web.PageProblems;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The experiments page ({@code /analytics/experiments}): an experiment read from the events (by
 * default the demo company's checkout test), a calculator of two or three conversion rates and a
 * sample-size calculator. Each is a GET form whose values go through the API's readers, so the page
 * and the API accept and refuse the same; a refused form shows the reasons instead of a result.
 */
@Controller
class ExperimentPageController {
    static final List<String> WINDOWS = List.of("1d", "3d", "7d", "14d", "30d");
    static final List<Integer> RANGES = List.of(30, 60, 90, 180, 365);
    static final List<String> CONFIDENCES = List.of("0.9", "0.95", "0.99");
    private final ExperimentFromEvents fromEvents;
    private final InteractionVocabulary vocabulary;
    private final JsonMapper json;
    private final PageProblems pageProblems;
    private final ZoneId zone;
    private final Clock clock;

    ExperimentPageController(ExperimentFromEvents fromEvents, InteractionVocabulary vocabulary, JsonMapper json, PageProblems pageProblems,
                             @Value("${hamsafar.display-time-zone:Asia/Tehran}") String zone, Clock clock) {
        this.fromEvents = fromEvents;
        this.vocabulary = vocabulary;
        this.json = json;
        this.pageProblems = pageProblems;
        this.zone = ZoneId.of(zone);
        this.clock = clock;
    }

    /** The forms' values as shown (text as typed, with Latin digits). */
    record Form(String exposure, String experiment, String variantProperty, String conversion, String window, int days, String metric,
                String aVisitors, String aConversions, String bVisitors, String bConversions, String cVisitors, String cConversions,
                String confidence, String alternative, String baseline, String effect, String effectType, String alpha, String power,
                String ratio) {
    }

    @GetMapping("/analytics/experiments")
    ModelAndView page(@RequestParam Map<String, String> params) {
        int days = RANGES.stream().filter(d -> String.valueOf(d).equals(value(params, "days", ""))).findFirst().orElse(60);
        Form f = new Form(value(params, "exposure", "experiment_viewed"), value(params, "experiment", "checkout_v2"),
                value(params, "variantProperty", "variant"), value(params, "conversion", "purchase"),
                choice(value(params, "window", "7d"), WINDOWS, "7d"), days, "value".equals(params.get("metric")) ? "value" : "conversion",
                value(params, "aVisitors", "1000"), value(params, "aConversions", "200"), value(params, "bVisitors", "1000"),
                value(params, "bConversions", "250"), value(params, "cVisitors", ""), value(params, "cConversions", ""),
                choice(value(params, "confidence", "0.95"), CONFIDENCES, "0.95"), choice(value(params, "alternative", "two-sided"),
                        List.of("two-sided", "greater", "less"), "two-sided"),
                value(params, "baseline", "10"), value(params, "effect", "20"), "absolute".equals(params.get("effectType")) ? "absolute" : "relative",
                value(params, "alpha", "0.05"), value(params, "power", "0.8"), value(params, "ratio", "1"));
        ModelAndView view = new ModelAndView("analytics/experiments");
        view.addObject("f", f);
        view.addObject("windows", WINDOWS);
        view.addObject("ranges", RANGES);
        view.addObject("confidences", CONFIDENCES);
        view.addObject("types", vocabulary.types());
        eventsSection(f, view);
        ratesSection(f, view);
        sizeSection(f, view);
        return view;
    }

    private void eventsSection(Form f, ModelAndView view) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("exposureEventType", f.exposure());
        body.put("conversionEventType", f.conversion());
        body.put("variantProperty", f.variantProperty());
        if (!f.experiment().isBlank()) {
            body.put("experiment", f.experiment());
        }
        body.put("window", f.window());
        body.put("from", clock.instant().minus(Duration.ofDays(f.days())).toString());
        body.put("metric", f.metric());
        try {
            ExperimentAnalysisReport report = fromEvents.analyse(AnalyzeRequest.read(body, zone, clock));
            view.addObject("events", report);
            view.addObject("crossovers", report.variants().stream().mapToLong(ExperimentAnalysisReport.VariantCounts::crossovers).sum());
            view.addObject("eventsChart", report.conversion() != null ? rateChart(report.conversion()) : meanChart(report.value()));
        } catch (InvalidInputException e) {
            view.addObject("eventsProblems", problems(e));
        }
    }

    private void ratesSection(Form f, ModelAndView view) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        ArrayNode variants = body.putArray("variants");
        String[][] rows = {{"A", f.aVisitors(), f.aConversions()}, {"B", f.bVisitors(), f.bConversions()}, {"C", f.cVisitors(), f.cConversions()}};
        for (String[] row : rows) {
            if (row[0].equals("C") && row[1].isBlank() && row[2].isBlank()) {
                continue;
            }
            ObjectNode v = variants.addObject();
            v.put("name", row[0]);
            v.set("visitors", number(row[1]));
            v.set("conversions", number(row[2]));
        }
        body.set("confidence", number(f.confidence()));
        body.put("alternative", f.alternative());
        try {
            ExperimentRequests.Proportions request = ExperimentRequests.proportions(body);
            ProportionsReport report = ProportionsAnalysis.analyse(request.variants(), request.settings().control(),
                    request.settings().confidence(), request.settings().alternative());
            view.addObject("rates", report);
            view.addObject("ratesChart", rateChart(report));
        } catch (InvalidInputException e) {
            view.addObject("ratesProblems", problems(e));
        }
    }

    private void sizeSection(Form f, ModelAndView view) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.set("baselineRate", percent(f.baseline()));
        body.set("minimumDetectableEffect", percent(f.effect()));
        body.put("effectType", f.effectType());
        body.set("alpha", number(f.alpha()));
        body.set("power", number(f.power()));
        body.set("ratio", number(f.ratio()));
        try {
            view.addObject("size", SampleSizeReport.of(SampleSizeRequest.read(body)));
        } catch (InvalidInputException e) {
            view.addObject("sizeProblems", problems(e));
        }
    }

    /** Rates with their Wilson intervals, in percent, for the chart. */
    private String rateChart(ProportionsReport report) {
        List<Object[]> rows = new ArrayList<>();
        report.variants().forEach(v -> rows.add(new Object[] {v.name(), 100 * v.rate(), 100 * v.interval().low(), 100 * v.interval().high()}));
        return json.writeValueAsString(Map.of("unit", "%", "rows", rows));
    }

    private String meanChart(MeansReport report) {
        List<Object[]> rows = new ArrayList<>();
        report.variants().forEach(v -> rows.add(new Object[] {v.name(), v.mean(), v.interval() == null ? null : v.interval().low(),
                v.interval() == null ? null : v.interval().high()}));
        return json.writeValueAsString(Map.of("unit", "", "rows", rows));
    }

    private List<Map<String, String>> problems(InvalidInputException e) {
        return pageProblems.describe(e.errors(), "analytics.experiments", ExperimentProblemWordings.ALL, LocaleContextHolder.getLocale());
    }

    /** A typed number as JSON (a number when it reads as one; the text otherwise, which the reader refuses by name). */
    private static JsonNode number(String text) {
        if (text.isBlank()) {
            return JsonNodeFactory.instance.nullNode();
        }
        try {
            return text.matches("-?\\d{1,15}") ? JsonNodeFactory.instance.numberNode(Long.parseLong(text))
                    : JsonNodeFactory.instance.numberNode(Double.parseDouble(text));
        } catch (NumberFormatException e) {
            return JsonNodeFactory.instance.stringNode(text);
        }
    }

    /** A percentage typed in the form (10 for 10%) as a share. */
    private static JsonNode percent(String text) {
        JsonNode n = number(text);
        return n.isNumber() ? JsonNodeFactory.instance.numberNode(n.doubleValue() / 100) : n;
    }

    private static String value(Map<String, String> params, String name, String fallback) {
        String v = params.get(name);
        return v == null ? fallback : Digits.latin(v.strip()).replace('٫', '.');
    }

    private static String choice(String value, List<String> allowed, String fallback) {
        return allowed.contains(value) ? value : fallback;
    }
}
