package org.hamsafar.analytics.churn;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hamsafar.analytics.jobs.AnalyticsJob;
import org.hamsafar.analytics.jobs.AnalyticsJobs;
import org.hamsafar.analytics.jobs.CustomerScore;
import org.hamsafar.analytics.jobs.CustomerScores;
import org.hamsafar.customers.CustomerDirectory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.ModelAndView;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The churn page ({@code /analytics/churn}): the latest training's quality (cross-validated AUC
 * with its sd, holdout AUC and ROC curve), its coefficients, the distribution of current customers'
 * risks and the customers most at risk with their top factors.
 */
@Controller
class ChurnPageController {
    private static final int TOP_CUSTOMERS = 25;
    private static final int CHART_COEFFICIENTS = 15;
    private final AnalyticsJobs jobs;
    private final CustomerScores scores;
    private final CustomerDirectory customers;
    private final MessageSource messages;
    private final JsonMapper json;

    ChurnPageController(AnalyticsJobs jobs, CustomerScores scores, CustomerDirectory customers, MessageSource messages, JsonMapper json) {
        this.jobs = jobs;
        this.scores = scores;
        this.customers = customers;
        this.messages = messages;
        this.json = json;
    }

    /** A factor as shown: the feature's label and its contribution to the log-odds. */
    public record FactorView(String label, double contribution) {
    }

    /** A customer at risk. */
    public record CustomerView(long id, String name, double risk, String band, List<FactorView> factors) {
    }

    @GetMapping("/analytics/churn")
    ModelAndView page() {
        ModelAndView view = new ModelAndView("analytics/churn");
        AnalyticsJob job = jobs.latest(ChurnAnalysis.KIND).orElse(null);
        view.addObject("job", job);
        if (job == null) {
            return view;
        }
        FeatureLabels labels = new FeatureLabels(messages, LocaleContextHolder.getLocale());
        JsonNode r = job.result();
        view.addObject("r", r);
        view.addObject("cutoff", Instant.parse(r.path("cutoff").asString()));
        view.addObject("scoredAt", Instant.parse(r.path("scoring").path("at").asString()));
        view.addObject("rocChart", json.writeValueAsString(Map.of("points", r.path("holdout").path("roc"))));
        List<String> names = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (JsonNode c : r.path("coefficients")) {
            if (names.size() == CHART_COEFFICIENTS) {
                break;
            }
            names.add(labels.label(c.path("feature").asString()));
            values.add(c.path("coefficient").asDouble());
        }
        view.addObject("coefficientChart", json.writeValueAsString(Map.of("features", names, "values", values)));
        view.addObject("distributionChart", json.writeValueAsString(Map.of("bins", r.path("scoring").path("distribution"))));
        List<String> dropped = new ArrayList<>();
        r.path("droppedFeatures").forEach(f -> dropped.add(labels.label(f.asString())));
        view.addObject("dropped", dropped);
        List<CustomerScore> top = scores.top(ChurnAnalysis.KIND, true, TOP_CUSTOMERS);
        Map<Long, String> customerNames = customers.names(top.stream().map(CustomerScore::customerId).toList());
        List<CustomerView> atRisk = new ArrayList<>();
        for (CustomerScore s : top) {
            List<FactorView> factors = new ArrayList<>();
            if (s.detail() != null) {
                s.detail().path("factors").forEach(f -> factors.add(new FactorView(labels.label(f.path("feature").asString()),
                        f.path("contribution").asDouble())));
            }
            atRisk.add(new CustomerView(s.customerId(), customerNames.get(s.customerId()), s.score(), s.label(), factors));
        }
        view.addObject("atRisk", atRisk);
        Map<String, Long> bands = new LinkedHashMap<>();
        for (String band : List.of("high", "medium", "low")) {
            bands.put(band, r.path("scoring").path("bands").path(band).asLong());
        }
        view.addObject("bands", bands);
        return view;
    }
}
