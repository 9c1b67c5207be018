package org.hamsafar.feedback;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hamsafar.shared.FieldProblem;
import org.hamsafar.shared.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * A survey's results page (counts, per-question charts, comments) and its CSV download for signed-in
 * users. The range is typed as dates, the end date included; chart data travel in data attributes.
 */
@Controller
@RequestMapping("/surveys/{id}/results")
class SurveyResultsPagesController {
    private final SurveyCatalog surveys;
    private final SurveyResults results;
    private final ResponseCsv csv;
    private final CxMetrics metrics;
    private final MessageSource messages;
    private final JsonMapper json;
    private final Clock clock;

    SurveyResultsPagesController(SurveyCatalog surveys, SurveyResults results, ResponseCsv csv, CxMetrics metrics,
                                 MessageSource messages, JsonMapper json, Clock clock) {
        this.surveys = surveys;
        this.results = results;
        this.csv = csv;
        this.metrics = metrics;
        this.messages = messages;
        this.json = json;
        this.clock = clock;
    }

    /** A question's results with its chart as JSON for the page script. */
    public record QuestionView(SurveyResults.QuestionResult result, String chart) {
    }

    @GetMapping
    ModelAndView results(@PathVariable long id, @RequestParam(required = false) String from,
                         @RequestParam(required = false) String to, @RequestParam(required = false) String question,
                         @RequestParam(required = false) Integer page) {
        Survey survey = surveys.get(id);
        String language = language();
        List<FieldProblem> rangeProblems = new ArrayList<>();
        ResultRange range = range(from, to, rangeProblems);
        SurveyResults.Report report = results.report(survey, range, language);
        String textQuestion = survey.definition().question(blankToNull(question))
                .filter(q -> q.type() == QuestionType.TEXT).map(Question::key).orElse(null);
        SurveyResults.CommentPage comments = results.comments(survey, range, textQuestion, page == null ? 1 : page, language);

        ModelAndView view = new ModelAndView("feedback/results");
        view.addObject("survey", survey);
        view.addObject("report", report);
        view.addObject("questions", report.questions().stream().map(r -> new QuestionView(r, chart(r))).toList());
        view.addObject("textQuestions", survey.definition().questions().stream().filter(q -> q.type() == QuestionType.TEXT).toList());
        view.addObject("comments", comments);
        view.addObject("question", textQuestion);
        view.addObject("from", from == null ? "" : from.strip());
        view.addObject("to", to == null ? "" : to.strip());
        view.addObject("rangeInvalid", !rangeProblems.isEmpty());
        view.addObject("exportUrl", UriComponentsBuilder.fromPath("/surveys/" + id + "/results/export")
                .queryParamIfPresent("from", Optional.ofNullable(blankToNull(from)))
                .queryParamIfPresent("to", Optional.ofNullable(blankToNull(to)))
                .encode().build().toUriString());
        Map<String, String> commentUrls = new LinkedHashMap<>();
        survey.definition().questions().stream().filter(q -> q.type() == QuestionType.TEXT)
                .forEach(q -> commentUrls.put(q.key(), pageUrl(id, from, to, q.key(), 1, 1)));
        view.addObject("commentUrls", commentUrls);
        view.addObject("previousUrl", pageUrl(id, from, to, textQuestion, comments.page() - 1, comments.pages()));
        view.addObject("nextUrl", pageUrl(id, from, to, textQuestion, comments.page() + 1, comments.pages()));
        return view;
    }

    @GetMapping("/export")
    void export(@PathVariable long id, @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                HttpServletResponse response) throws IOException {
        Survey survey = surveys.get(id);
        ResultRange range = range(from, to, new ArrayList<>());
        ResponseExportController.send(csv, survey, range, response);
    }

    /** The range typed in the form; a bad one falls back to all responses (the page says so). */
    private ResultRange range(String from, String to, List<FieldProblem> problems) {
        try {
            return ResultRange.parse(from, to, metrics.defaultZone(), clock.instant(), true);
        } catch (InvalidInputException e) {
            problems.addAll(e.errors());
            return ResultRange.all(clock.instant());
        }
    }

    private String chart(SurveyResults.QuestionResult result) {
        if (result.bars().isEmpty()) {
            return null;
        }
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("type", result.type());
        List<String> labels = new ArrayList<>();
        List<Long> values = new ArrayList<>();
        for (SurveyResults.Bar bar : result.bars()) {
            labels.add(bar.label() != null ? bar.label()
                    : messages.getMessage("results." + bar.key(), null, bar.key(), LocaleContextHolder.getLocale()));
            values.add(bar.count());
        }
        chart.put("labels", labels);
        chart.put("values", values);
        return json.writeValueAsString(chart);
    }

    /** The link to a page of comments, keeping the range and the question filter; null outside the pages. */
    private static String pageUrl(long id, String from, String to, String question, int page, int pages) {
        if (page < 1 || page > pages) {
            return null;
        }
        return UriComponentsBuilder.fromPath("/surveys/" + id + "/results")
                .queryParamIfPresent("from", Optional.ofNullable(blankToNull(from)))
                .queryParamIfPresent("to", Optional.ofNullable(blankToNull(to)))
                .queryParamIfPresent("question", Optional.ofNullable(question))
                .queryParam("page", page)
                .fragment("comments")
                .encode().build().toUriString();
    }

    private static String language() {
        return "en".equals(LocaleContextHolder.getLocale().getLanguage()) ? "en" : "fa";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
