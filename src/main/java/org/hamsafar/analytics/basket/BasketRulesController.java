package org.hamsafar.analytics.basket;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Clock;
import org.hamsafar.analytics.jobs.AnalyticsJob;
import org.hamsafar.analytics.jobs.AnalyticsJobs;
import org.hamsafar.analytics.jobs.JobProgress;
import org.hamsafar.events.PurchaseBaskets.EventCounts;
import org.hamsafar.identity.Actors;
import org.hamsafar.identity.ApiScope;
import org.hamsafar.shared.ForbiddenException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping("/api/v1/analytics/basket")
@Tag(name = "Analytics", description = "Customer analytics: cohorts, RFM, clusters, segments, ...")
class BasketRulesController {
    /** Up to this many purchase events listing items, the rules are computed in the request (well under a second here). */
    static final long SYNCHRONOUS_EVENTS = 100_000;
    private final BasketRuleFinder finder;
    private final AnalyticsJobs jobs;
    private final Clock clock;

    BasketRulesController(BasketRuleFinder finder, AnalyticsJobs jobs, Clock clock) {
        this.finder = finder;
        this.jobs = jobs;
        this.clock = clock;
    }

    @PostMapping("/rules")
    @Operation(summary = "Association rules of purchase baskets (FP-growth)", description = """
            Body (every field optional): `eventType` (default `purchase`); `itemProperty` (default `products`: the event
            property holding the basket's items as a JSON array of product keys; strings and numbers count, each once per
            basket); `from`, `to` (ISO-8601 date-time with offset, or a date meaning midnight UTC; default the 365 days up
            to now); `minSupport` (0 < s <= 1, default 0.01: an itemset is frequent when count >= minSupport x baskets);
            `minConfidence` (0 < c <= 1, default 0.3); `minLift` (>= 0, default 1); `maxLength` (2-20 items in a rule,
            default 5); `consequent` (`single`, default, one item on the right-hand side as arules, or `any` as mlxtend);
            `maxRules` (1-5000, default 200; the best by lift are returned, `rulesFound` counts all).
            With up to 100,000 purchase events listing items in the period, the rules are computed now: 200 with the result
            (not stored; a `read` key may ask). With more, a `basket` job is queued (an `admin` key only; 403 for a `read`
            key): 202 with the job and its Location; poll it, and
            GET /api/v1/analytics/basket/latest gives the latest stored result. 422 naming the field for bad parameters,
            for no baskets in the period, and for more than 500,000 frequent itemsets (raise `minSupport`).
            Each rule: `antecedent`, `consequent` (item lists), `count`, `support`, `confidence`, `lift`, `leverage` and
            `conviction` (null when the confidence is 1).""")
    ResponseEntity<?> rules(@RequestBody(required = false) JsonNode body, Authentication caller) {
        BasketParameters parameters = BasketParameters.read(body, "", clock.instant());
        try {
            EventCounts counts = finder.requireBaskets(parameters, "");
            if (counts.withProperty() <= SYNCHRONOUS_EVENTS) {
                return ResponseEntity.ok(finder.find(parameters, "", JobProgress.NONE));
            }
        } catch (BasketProblem e) {
            throw e.asInvalidInput();
        }
        if (caller == null || caller.getAuthorities().stream().noneMatch(a -> ApiScope.ADMIN.authority().equals(a.getAuthority()))) {
            throw new ForbiddenException("More than " + SYNCHRONOUS_EVENTS + " purchase events list items in the period, so the"
                    + " rules are computed as a basket job, and queuing a job needs an admin key. Narrow from/to, or use an admin key.");
        }
        AnalyticsJob job = jobs.submit(BasketAnalysis.KIND, parameters.toJson(), Actors.current());
        return ResponseEntity.accepted().location(URI.create("/api/v1/analytics/jobs/" + job.id())).body(job);
    }
}
