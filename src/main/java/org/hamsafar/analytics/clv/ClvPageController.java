package org.hamsafar.analytics.clv;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hamsafar.analytics.jobs.AnalyticsJob;
import org.hamsafar.analytics.jobs.AnalyticsJobs;
import org.hamsafar.analytics.jobs.CustomerScore;
import org.hamsafar.analytics.jobs.CustomerScores;
import org.hamsafar.customers.CustomerDirectory;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.ModelAndView;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The lifetime-value page ({@code /analytics/clv}): the latest clv job's fitted models, how its
 * predictions compare with the holdout period and with the cumulative repeat purchases, the
 * distribution of P(alive), and the customers of highest value (from the stored scores, so erased
 * or merged customers are gone).
 */
@Controller
class ClvPageController {
    private static final int TOP_CUSTOMERS = 20;
    private final AnalyticsJobs jobs;
    private final CustomerScores scores;
    private final CustomerDirectory customers;
    private final JsonMapper json;

    ClvPageController(AnalyticsJobs jobs, CustomerScores scores, CustomerDirectory customers, JsonMapper json) {
        this.jobs = jobs;
        this.scores = scores;
        this.customers = customers;
        this.json = json;
    }

    /** A parameter as shown: its name in the papers and value. */
    public record Parameter(String name, double value) {
    }

    /** A customer of high value. */
    public record CustomerView(long id, String name, Double clv, double probabilityAlive, double expectedPurchases, String status) {
    }

    @GetMapping("/analytics/clv")
    ModelAndView page() {
        ModelAndView view = new ModelAndView("analytics/clv");
        AnalyticsJob job = jobs.latest(ClvAnalysis.KIND).orElse(null);
        view.addObject("job", job);
        if (job == null) {
            return view;
        }
        JsonNode r = job.result();
        view.addObject("r", r);
        view.addObject("calibrationEnd", day(r.path("data").path("calibrationEnd").asString()));
        view.addObject("firstPurchase", day(r.path("data").path("firstPurchase").asString()));
        JsonNode holdoutEnd = r.path("data").path("holdoutEnd");
        view.addObject("holdoutEnd", holdoutEnd.isString() ? day(holdoutEnd.asString()) : null);
        view.addObject("parameters", parameters(r.path("parameters")));
        JsonNode spend = r.path("spendModel");
        view.addObject("spendFitted", spend.path("fitted").asBoolean());
        view.addObject("spendParameters", parameters(spend.path("parameters")));
        view.addObject("holdoutChart", r.path("holdout").isObject()
                ? json.writeValueAsString(Map.of("groups", r.path("holdout").path("byCalibrationFrequency"))) : null);
        view.addObject("trackingChart", json.writeValueAsString(Map.of("points", r.path("tracking").path("points"),
                "calibrationEnd", r.path("tracking").path("calibrationEnd").asString())));
        List<Long> bins = new ArrayList<>();
        r.path("probabilityAlive").forEach(b -> bins.add(b.path("customers").asLong()));
        view.addObject("aliveChart", json.writeValueAsString(Map.of("bins", bins)));
        List<CustomerScore> top = scores.top(ClvAnalysis.KIND, true, TOP_CUSTOMERS);
        Map<Long, String> names = customers.names(top.stream().map(CustomerScore::customerId).toList());
        List<CustomerView> best = new ArrayList<>();
        for (CustomerScore s : top) {
            JsonNode d = s.detail();
            best.add(new CustomerView(s.customerId(), names.get(s.customerId()), d.has("expectedSpend") ? s.score() : null,
                    d.path("probabilityAlive").asDouble(), d.path("expectedPurchases").asDouble(), s.label()));
        }
        view.addObject("topCustomers", best);
        Map<String, Long> statuses = new LinkedHashMap<>();
        List.of("active", "at_risk", "likely_lost").forEach(label -> statuses.put(label, 0L));
        scores.labelCounts(ClvAnalysis.KIND).forEach(c -> statuses.put(c.label(), c.customers()));
        view.addObject("statuses", statuses);
        return view;
    }

    private static List<Parameter> parameters(JsonNode node) {
        List<Parameter> out = new ArrayList<>();
        node.properties().forEach(e -> out.add(new Parameter(e.getKey(), e.getValue().asDouble())));
        return out;
    }

    private static java.time.Instant day(String text) {
        // noon UTC: the same calendar day in any display time zone within 12 hours of UTC
        return LocalDate.parse(text).atTime(12, 0).toInstant(ZoneOffset.UTC);
    }
}
