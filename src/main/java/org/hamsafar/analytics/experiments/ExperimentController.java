package org.hamsafar.analytics.experiments;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping("/api/v1/analytics/experiments")
@Tag(name = "Experiments", description = "A/B tests on summary counts, means and the platform's own events; sample size and power")
class ExperimentController {
    private final ExperimentFromEvents fromEvents;
    private final ZoneId zone;
    private final Clock clock;

    ExperimentController(ExperimentFromEvents fromEvents, @Value("${hamsafar.display-time-zone:Asia/Tehran}") String zone, Clock clock) {
        this.fromEvents = fromEvents;
        this.zone = ZoneId.of(zone);
        this.clock = clock;
    }

    @PostMapping("/proportions")
    @Operation(summary = "Compare conversion rates", description = """
            Changes nothing (a `read` key may call it). Body: `variants` (2-20 of {name, visitors, conversions, weight?}), `control`
            (a variant's name; default the first), `confidence` (default 0.95), `alternative` (two-sided, greater or less: the variant
            above or below the control). Per variant: rate and Wilson interval. Per variant against the control: difference with the
            unpooled (Wald) interval, relative lift with the log-ratio interval, and the two-proportion z-test (pooled standard
            error). More than two variants: Pearson chi-square of the variant × converted table (df = variants - 1) and Holm-adjusted
            p-values. `srm`: chi-square goodness of fit of the visitors to the weights (default even), flagged at p < 0.001.""")
    ProportionsReport proportions(@RequestBody JsonNode body) {
        ExperimentRequests.Proportions request = ExperimentRequests.proportions(body);
        return ProportionsAnalysis.analyse(request.variants(), request.settings().control(), request.settings().confidence(),
                request.settings().alternative());
    }

    @PostMapping("/means")
    @Operation(summary = "Compare means (Welch's t-test)", description = """
            Changes nothing. Body: `variants` (2-20 of {name, n, mean, sd} with the sample standard deviation, or {name, values} with
            2-100,000 raw values; `weight?`), `control`, `confidence`, `alternative` as for proportions. Per variant: mean with its t
            interval. Per variant against the control: Welch's t with Welch-Satterthwaite degrees of freedom, p-value, interval of
            the difference (Holm-adjusted p-values with more than two variants), and the sample-ratio check of the n's.""")
    MeansReport means(@RequestBody JsonNode body) {
        ExperimentRequests.Means request = ExperimentRequests.means(body);
        return MeansAnalysis.analyse(request.variants(), request.settings().control(), request.settings().confidence(),
                request.settings().alternative());
    }

    @PostMapping("/sample-size")
    @Operation(summary = "Visitors needed, or the power and detectable effect of a given number", description = """
            Changes nothing. Body: `baselineRate` (the control's conversion rate, 0-1), `minimumDetectableEffect` with `effectType`
            absolute (default: 0.02 for 10% to 12%) or relative (0.2 for 10% to 12%), `alpha` (default 0.05), `power` (default 0.8),
            `ratio` (variant visitors per control visitor, default 1), `alternative` (default two-sided). Answers the visitors per
            group (normal approximation of the two-proportion z-test, no continuity correction). With `visitorsPerVariant` (the
            control group's size), answers instead the power against the given effect and the smallest effect that size detects
            with the requested power.""")
    SampleSizeReport sampleSize(@RequestBody JsonNode body) {
        return SampleSizeReport.of(SampleSizeRequest.read(body));
    }

    @PostMapping("/srm")
    @Operation(summary = "Sample-ratio-mismatch check", description = """
            Changes nothing. Body: `variants` (2-20 of {name, visitors, weight?}). Chi-square goodness of fit of the observed
            visitors to the planned weights (default even); `mismatch` is true at p < 0.001: the split is broken, distrust the
            experiment's results until the cause is found.""")
    SampleRatioCheck.Result srm(@RequestBody JsonNode body) {
        SampleRatioRequest.Observed observed = SampleRatioRequest.read(body);
        return SampleRatioCheck.check(observed.names(), observed.visitors(), observed.weights());
    }

    @PostMapping("/analyze")
    @Operation(summary = "Test an experiment recorded in the events", description = """
            Changes nothing. Body: `exposureEventType` and `conversionEventType` (event types), `variantProperty` (the event
            property naming the variant, default "variant"), `experiment` (optional: only exposures whose "experiment" property
            equals it), `window` (conversions within this long after a customer's first exposure, default "7d", at most 90 days),
            `from`/`to` (exposures in [from, to), ISO-8601 with offset or dates; default the last 30 days, at most 366), `metric`
            conversion (default) or value (the sum of conversion values per visitor, Welch's t-test), `control` (default the first
            variant by name), `weights` ({variant: planned share}, default even), `confidence`, `alternative`. A customer belongs to
            the variant of their first exposure; crossovers (exposed to several variants) and exposures without the property are
            counted and reported. `segment` (a segment's key or any customer tag) keeps only the exposures of customers who
            carry it now. Counting runs in the database.""")
    ExperimentAnalysisReport analyze(@RequestBody JsonNode body) {
        return fromEvents.analyse(AnalyzeRequest.read(body, zone, clock));
    }
}
