package org.hamsafar.analytics.scorecard;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hamsafar.analytics.jobs.AnalyticsJob;
import org.hamsafar.analytics.jobs.AnalyticsJobs;
import org.hamsafar.shared.Keys;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The digital CX scorecard page: six cards, each with the latest month's score (or why there is
 * none), its definition and data source, the parts it was made of and its trend over the months,
 * read from the latest stored scorecard.
 */
@Controller
class ScorecardPageController {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final AnalyticsJobs jobs;

    ScorecardPageController(AnalyticsJobs jobs) {
        this.jobs = jobs;
    }

    /** One area's card: latest score (null: {@code reason}), its parts (name, value) and chart data (JSON). */
    record AreaCard(String key, Double score, String reason, String month, List<Part> parts, String chart) {
        public String scoreClass() {
            if (score == null) {
                return "text-bg-secondary";
            }
            return score >= 70 ? "text-bg-success" : score >= 40 ? "text-bg-warning" : "text-bg-danger";
        }
    }

    /** One part of a score as shown: a share or mean ({@code whole} false) or a count; null value: no data. */
    record Part(String name, Number value, boolean whole) {
    }

    /** The business's scorecard, or with {@code segment} (a segment's key) the latest run over its members. */
    @GetMapping("/analytics/scorecard")
    ModelAndView page(@RequestParam(required = false) String segment) {
        ModelAndView view = new ModelAndView("analytics/scorecard");
        String typed = segment == null || segment.isBlank() ? null : segment.strip();
        String key = typed != null && Keys.isKey(typed) ? typed : null;
        view.addObject("segment", typed);
        view.addObject("segmentInvalid", typed != null && key == null);
        Optional<AnalyticsJob> latest = jobs.latest(ScorecardAnalysis.KIND, key);
        view.addObject("segmentShown", key);
        view.addObject("job", latest.orElse(null));
        List<AreaCard> cards = new ArrayList<>();
        latest.ifPresent(job -> {
            for (JsonNode area : job.result().path("areas")) {
                cards.add(card(area));
            }
        });
        view.addObject("cards", cards);
        view.addObject("calendar", latest.map(j -> j.result().path("calendar").asString()).orElse(null));
        return view;
    }

    private static AreaCard card(JsonNode area) {
        List<String> labels = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (JsonNode s : area.path("scores")) {
            labels.add(s.path("month").asString());
            values.add(s.path("score").isNumber() ? s.path("score").asDouble() : null);
        }
        JsonNode latest = area.path("latest");
        List<Part> parts = new ArrayList<>();
        latest.path("components").properties().forEach(e -> {
            JsonNode v = e.getValue();
            if (v.isNumber()) {
                parts.add(new Part(e.getKey(), v.numberValue(), v.isIntegralNumber()));
            } else if (v.isNull()) {
                parts.add(new Part(e.getKey(), null, false));
            }
        });
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("labels", labels);
        chart.put("values", values);
        return new AreaCard(area.path("key").asString(), latest.path("score").isNumber() ? latest.path("score").asDouble() : null,
                latest.path("reason").isString() ? latest.path("reason").asString() : null, latest.path("month").asString(), parts,
                JSON.writeValueAsString(chart));
    }
}
