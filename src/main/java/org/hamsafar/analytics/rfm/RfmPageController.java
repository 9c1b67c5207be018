package org.hamsafar.analytics.rfm;

import java.util.ArrayList;
import java.util.List;
import org.hamsafar.analytics.jobs.AnalyticsJob;
import org.hamsafar.analytics.jobs.AnalyticsJobs;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.ModelAndView;
import tools.jackson.databind.JsonNode;

/**
 * The RFM page ({@code /analytics/rfm}): the latest rfm job's R×F grid as a heatmap (customers per
 * cell, named by its segment), the segments' sizes, value and recency, and what each score means.
 */
@Controller
class RfmPageController {
    private final AnalyticsJobs jobs;

    RfmPageController(AnalyticsJobs jobs) {
        this.jobs = jobs;
    }

    /** A segment's row of the table. */
    public record SegmentView(String segment, long customers, double share, double totalValue, Double meanValue,
                              Double meanRecencyDays, Double meanPurchases) {
    }

    /** A cell of the grid with its heat (0..1: its customers over the largest cell's). */
    public record CellView(int r, int f, String segment, long customers, Double meanValue, double heat) {
    }

    /** What one score of each measure spans: recency in days, purchases, value (null bounds: nobody has it). */
    public record RangeView(int score, Double recencyMin, Double recencyMax, Double purchasesMin, Double purchasesMax,
                            Double valueMin, Double valueMax) {
    }

    @GetMapping("/analytics/rfm")
    ModelAndView page() {
        ModelAndView view = new ModelAndView("analytics/rfm");
        AnalyticsJob job = jobs.latest(RfmAnalysis.KIND).orElse(null);
        view.addObject("job", job);
        if (job == null) {
            return view;
        }
        JsonNode result = job.result();
        view.addObject("customers", result.path("customers").asLong());
        view.addObject("asOf", java.time.Instant.parse(result.path("asOf").asString()));
        List<SegmentView> segments = new ArrayList<>();
        for (JsonNode s : result.path("segments")) {
            segments.add(new SegmentView(s.path("segment").asString(), s.path("customers").asLong(), s.path("share").asDouble(),
                    s.path("totalValue").asDouble(), number(s.get("meanValue")), number(s.get("meanRecencyDays")),
                    number(s.get("meanPurchases"))));
        }
        view.addObject("segments", segments);
        long max = 1;
        for (JsonNode c : result.path("grid")) {
            max = Math.max(max, c.path("customers").asLong());
        }
        List<List<CellView>> grid = new ArrayList<>();
        List<CellView> row = new ArrayList<>();
        for (JsonNode c : result.path("grid")) {
            row.add(new CellView(c.path("r").asInt(), c.path("f").asInt(), c.path("segment").asString(), c.path("customers").asLong(),
                    number(c.get("meanValue")), (double) c.path("customers").asLong() / max));
            if (row.size() == 5) {
                grid.add(row);
                row = new ArrayList<>();
            }
        }
        view.addObject("grid", grid);
        List<RangeView> ranges = new ArrayList<>();
        JsonNode r = result.path("scoreRanges");
        for (int i = 0; i < 5; i++) {
            JsonNode rec = r.path("recencyDays").path(i);
            JsonNode pur = r.path("purchases").path(i);
            JsonNode val = r.path("value").path(i);
            ranges.add(new RangeView(i + 1, number(rec.get("min")), number(rec.get("max")), number(pur.get("min")), number(pur.get("max")),
                    number(val.get("min")), number(val.get("max"))));
        }
        view.addObject("ranges", ranges);
        return view;
    }

    private static Double number(JsonNode node) {
        return node == null || !node.isNumber() ? null : node.asDouble();
    }
}
