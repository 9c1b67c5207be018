package org.hamsafar.analytics.cohorts;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hamsafar.events.AcquisitionCohorts.Period;
import org.hamsafar.events.InteractionVocabulary;
import org.hamsafar.shared.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The cohort page ({@code /analytics/cohorts}): a GET form (acquisition and activity event types,
 * month or week, how many cohorts back from now, retention or revenue) and the matrix as a heatmap
 * table. The form goes through the API's reader, so both accept and refuse the same.
 */
@Controller
class CohortPageController {
    static final List<Integer> COHORT_COUNTS = List.of(6, 12, 18, 24);
    private final Cohorts cohorts;
    private final InteractionVocabulary vocabulary;
    private final Clock clock;

    CohortPageController(Cohorts cohorts, InteractionVocabulary vocabulary, Clock clock) {
        this.cohorts = cohorts;
        this.vocabulary = vocabulary;
        this.clock = clock;
    }

    /** One cell as shown: its share or amount, and the heat (0..1) that colours it. */
    public record CellView(CohortMatrix.Cell cell, double heat) {
    }

    /** One cohort's row; {@code start} is its first day's midnight (UTC), for dates shown in the page's calendar. */
    public record RowView(CohortMatrix.Row row, Instant start, List<CellView> cells) {
    }

    @GetMapping("/analytics/cohorts")
    ModelAndView page(@RequestParam Map<String, String> params) {
        String acquisition = params.getOrDefault("acquisition", CohortRequestReader.DEFAULT_TYPE);
        String activity = params.getOrDefault("activity", "");
        String period = "week".equals(params.get("period")) ? "week" : "month";
        String metric = "revenue".equals(params.get("metric")) ? "revenue" : "retention";
        String segment = params.getOrDefault("segment", "").strip();
        int count = COHORT_COUNTS.contains(parse(params.get("cohorts"))) ? parse(params.get("cohorts")) : 12;
        ModelAndView view = new ModelAndView("analytics/cohorts");
        view.addObject("types", vocabulary.types());
        view.addObject("acquisition", acquisition);
        view.addObject("activity", activity);
        view.addObject("period", period);
        view.addObject("metric", metric);
        view.addObject("segment", segment);
        view.addObject("cohortCount", count);
        view.addObject("cohortCounts", COHORT_COUNTS);
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("acquisitionEventType", acquisition);
        if (!activity.isBlank()) {
            body.put("activityEventType", activity);
        }
        body.put("period", period);
        body.put("metric", metric);
        if (!segment.isEmpty()) {
            body.put("segment", segment);
        }
        Instant now = clock.instant();
        LocalDate current = CohortRequestReader.start(period.equals("week") ? Period.WEEK : Period.MONTH,
                LocalDate.ofInstant(now, ZoneOffset.UTC));
        body.put("from", (period.equals("week") ? current.minusWeeks(count - 1L) : current.minusMonths(count - 1L)).toString());
        try {
            CohortMatrix matrix = cohorts.matrix(CohortRequestReader.read(body, now));
            view.addObject("matrix", matrix);
            view.addObject("rows", rows(matrix));
        } catch (InvalidInputException e) {
            view.addObject("problem", e.errors().get(0).field() + ": " + e.errors().get(0).message());
        }
        return view;
    }

    /** Heat: retention relative to the largest after period 0 (period 0 is 100 % by construction), revenue to the largest cell. */
    private static List<RowView> rows(CohortMatrix matrix) {
        boolean retention = "retention".equals(matrix.metric());
        double max = 0;
        for (CohortMatrix.Row row : matrix.cohorts()) {
            for (CohortMatrix.Cell cell : row.cells()) {
                if (!retention || cell.index() > 0) {
                    max = Math.max(max, cell.value());
                }
            }
        }
        List<RowView> rows = new ArrayList<>();
        for (CohortMatrix.Row row : matrix.cohorts()) {
            List<CellView> cells = new ArrayList<>();
            for (CohortMatrix.Cell cell : row.cells()) {
                double heat = max <= 0 ? 0 : Math.min(1, cell.value() / max);
                cells.add(new CellView(cell, retention && cell.index() == 0 ? 1 : heat));
            }
            rows.add(new RowView(row, row.start().atStartOfDay(ZoneOffset.UTC).toInstant(), cells));
        }
        return rows;
    }

    private static Integer parse(String text) {
        try {
            return text == null ? null : Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
