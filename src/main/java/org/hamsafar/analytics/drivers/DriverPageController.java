package org.hamsafar.analytics.drivers;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.hamsafar.feedback.Question;
import org.hamsafar.feedback.QuestionType;
import org.hamsafar.feedback.Survey;
import org.hamsafar.feedback.SurveyCatalog;
import org.hamsafar.shared.Digits;
import org.hamsafar.shared.InvalidInputException;
import org.hamsafar.shared.Page;
import org.hamsafar.shared.web.PageProblems;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The key-driver page ({@code /analytics/drivers}): pick a survey, its outcome question, the driver
 * questions and a period; see the relative weights, the importance × performance quadrants and the
 * correlation heatmap. The form goes through the API's reader. Without a chosen survey it opens the
 * first survey that has an outcome question and at least two other scored questions.
 */
@Controller
class DriverPageController {
    static final List<Integer> RANGES = List.of(90, 180, 365, 730);
    private static final int MAX_SURVEYS = 500;
    private final DriverAnalysis analysis;
    private final SurveyCatalog surveys;
    private final PageProblems pageProblems;
    private final JsonMapper json;
    private final ZoneId zone;
    private final Clock clock;

    DriverPageController(DriverAnalysis analysis, SurveyCatalog surveys, JsonMapper json, PageProblems pageProblems,
                         @Value("${hamsafar.display-time-zone:Asia/Tehran}") String zone, Clock clock) {
        this.analysis = analysis;
        this.pageProblems = pageProblems;
        this.surveys = surveys;
        this.json = json;
        this.zone = ZoneId.of(zone);
        this.clock = clock;
    }

    /** A question offered in the pickers: key, label in the page's language, type. */
    record Choice(String key, String label, String type) {
    }

    @GetMapping("/analytics/drivers")
    ModelAndView page(@RequestParam MultiValueMap<String, String> params) {
        List<Survey> candidates = surveysWithScores();
        String surveyText = params.getFirst("survey");
        Optional<Survey> chosen = surveyText == null ? candidates.stream().filter(DriverPageController::analysable).findFirst()
                : candidates.stream().filter(s -> String.valueOf(s.id()).equals(Digits.latin(surveyText.strip()))).findFirst();
        String daysText = params.getFirst("days");
        int days = RANGES.stream().filter(d -> String.valueOf(d).equals(daysText)).findFirst().orElse(365);
        ModelAndView view = new ModelAndView("analytics/drivers");
        view.addObject("surveys", candidates);
        view.addObject("ranges", RANGES);
        view.addObject("days", days);
        String segment = params.getFirst("segment") == null ? "" : params.getFirst("segment").strip();
        view.addObject("segment", segment);
        if (chosen.isEmpty()) {
            return view;
        }
        Survey survey = chosen.get();
        String language = LocaleContextHolder.getLocale().getLanguage();
        List<Choice> outcomes = new ArrayList<>();
        List<Choice> drivers = new ArrayList<>();
        for (Question q : survey.definition().questions()) {
            Choice c = new Choice(q.key(), q.text().in(language), q.type().key());
            if (q.type().scored()) {
                outcomes.add(c);
            }
            if (q.type().scored() || q.type() == QuestionType.YES_NO) {
                drivers.add(c);
            }
        }
        String outcome = params.getFirst("outcome");
        List<String> chosenDrivers = params.get("drivers");
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("surveyId", survey.id());
        if (!segment.isEmpty()) {
            body.put("segment", segment);
        }
        if (outcome != null && !outcome.isBlank()) {
            body.put("outcomeQuestion", outcome);
        }
        if (chosenDrivers != null && !chosenDrivers.isEmpty()) {
            ArrayNode list = body.putArray("driverQuestions");
            chosenDrivers.forEach(list::add);
        }
        body.put("from", clock.instant().minus(Duration.ofDays(days)).toString());
        view.addObject("survey", survey);
        view.addObject("outcomes", outcomes);
        view.addObject("drivers", drivers);
        try {
            DriverReport report = analysis.analyse(DriverRequest.read(body, zone, clock));
            view.addObject("report", report);
            view.addObject("outcome", report.outcome().key());
            List<String> used = new ArrayList<>(report.drivers().stream().map(DriverReport.Driver::key).toList());
            report.dropped().forEach(d -> used.add(d.key()));
            view.addObject("chosenDrivers", used);
            Map<String, String> labels = labels(survey, language);
            view.addObject("labels", labels);
            view.addObject("charts", charts(report, labels));
        } catch (InvalidInputException e) {
            view.addObject("outcome", outcome);
            view.addObject("chosenDrivers", chosenDrivers == null ? List.of() : chosenDrivers);
            view.addObject("problems", pageProblems.describe(e.errors(), "analytics.drivers", DriverProblemWordings.ALL,
                    LocaleContextHolder.getLocale()));
        }
        return view;
    }

    /** The surveys with at least one scored question, newest first as the catalog lists them. */
    private List<Survey> surveysWithScores() {
        List<Survey> all = new ArrayList<>();
        String cursor = null;
        do {
            Page<Survey> page = surveys.list(null, cursor, 100);
            page.items().stream().filter(s -> s.definition().questions().stream().anyMatch(q -> q.type().scored())).forEach(all::add);
            cursor = page.nextCursor();
        } while (cursor != null && all.size() < MAX_SURVEYS);
        return all;
    }

    private static boolean analysable(Survey s) {
        List<Question> questions = s.definition().questions();
        boolean outcome = questions.stream().anyMatch(q -> q.type() == QuestionType.NPS || q.type() == QuestionType.CSAT
                || q.type() == QuestionType.CES);
        return outcome && questions.stream().filter(q -> q.type().scored()).count() >= 3;
    }

    private static Map<String, String> labels(Survey survey, String language) {
        Map<String, String> labels = new LinkedHashMap<>();
        survey.definition().questions().forEach(q -> labels.put(q.key(), q.text().in(language)));
        return labels;
    }

    /** The weights bar chart, the quadrant scatter and the heatmap, as JSON for the page's script. */
    private String charts(DriverReport report, Map<String, String> labels) {
        List<Object[]> drivers = new ArrayList<>();
        report.drivers().forEach(d -> drivers.add(new Object[] {d.key(), labels.getOrDefault(d.key(), d.key()), d.relativeWeightPercent(),
                d.performance(), d.mean(), d.quadrant().key()}));
        List<String> keys = report.correlations().keys();
        // Charts name drivers by their rank (1 = most important), as the table does; the full text is in the tooltips.
        Map<String, String> shortNames = new LinkedHashMap<>();
        shortNames.put(report.outcome().key(), report.outcome().type().toUpperCase(Locale.ROOT));
        for (int i = 0; i < report.drivers().size(); i++) {
            shortNames.put(report.drivers().get(i).key(), String.valueOf(i + 1));
        }
        // Heatmap order: the outcome, the drivers by rank, then any left out.
        List<Integer> order = new ArrayList<>();
        shortNames.keySet().forEach(k -> order.add(keys.indexOf(k)));
        for (int i = 0; i < keys.size(); i++) {
            if (!order.contains(i)) {
                order.add(i);
            }
        }
        List<Object[]> cells = new ArrayList<>();
        for (int a = 0; a < order.size(); a++) {
            for (int b = 0; b < order.size(); b++) {
                int row = order.get(a);
                int column = order.get(b);
                cells.add(new Object[] {b, a, report.correlations().r()[row][column], report.correlations().n()[row][column]});
            }
        }
        List<String> ordered = order.stream().map(keys::get).toList();
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("drivers", drivers);
        chart.put("importance", report.thresholds().importancePercent());
        chart.put("performance", report.thresholds().performance());
        chart.put("keys", ordered);
        chart.put("names", ordered.stream().map(k -> labels.getOrDefault(k, k)).toList());
        chart.put("short", ordered.stream().map(k -> shortNames.getOrDefault(k, k)).toList());
        chart.put("cells", cells);
        return json.writeValueAsString(chart);
    }
}
