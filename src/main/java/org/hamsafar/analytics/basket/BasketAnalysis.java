package org.hamsafar.analytics.basket;

import java.time.Clock;
import org.hamsafar.analytics.jobs.Analysis;
import org.hamsafar.analytics.jobs.AnalysisOutcome;
import org.hamsafar.analytics.jobs.JobProgress;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * The {@code basket} analysis: association rules of the purchase baskets in a period, by FP-growth
 * (see {@link BasketMining}). Parameters: {@code eventType} (default purchase), {@code itemProperty}
 * (default products: the property listing each purchase's product keys), {@code from}, {@code to}
 * (default the 365 days up to now), {@code minSupport}, {@code minConfidence} (in (0, 1]),
 * {@code minLift}, {@code maxLength}, {@code consequent} (single or any) and {@code maxRules}.
 */
@Component
class BasketAnalysis implements Analysis {
    static final String KIND = "basket";
    private static final String PREFIX = "parameters.";
    private final BasketRuleFinder finder;
    private final Clock clock;

    BasketAnalysis(BasketRuleFinder finder, Clock clock) {
        this.finder = finder;
        this.clock = clock;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public String modelVersion() {
        return "fpgrowth-1";
    }

    /** Fills the defaults and refuses a period without baskets at once, rather than in a failed job. */
    @Override
    public JsonNode check(JsonNode parameters) {
        BasketParameters checked = BasketParameters.read(parameters, PREFIX, clock.instant());
        try {
            finder.requireBaskets(checked, PREFIX);
        } catch (BasketProblem e) {
            throw e.asInvalidInput();
        }
        return checked.toJson();
    }

    @Override
    public AnalysisOutcome run(JsonNode parameters, JobProgress progress) {
        BasketParameters checked = BasketParameters.read(parameters, PREFIX, clock.instant());
        return new AnalysisOutcome(finder.find(checked, PREFIX, progress), checked.from(), checked.to());
    }
}
