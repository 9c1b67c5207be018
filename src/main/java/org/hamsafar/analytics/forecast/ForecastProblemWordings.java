package org.hamsafar.analytics.forecast;

import java.util.List;
import org.hamsafar.shared.web.PageProblems.Wording;

/** The forecast problems the page explains in the reader's language ({@code analytics.forecast.error.<key>}). */
final class ForecastProblemWordings {
    private static final String NUMBER = Wording.WHOLE_NUMBER;
    static final List<Wording> ALL = List.of(
            Wording.of("^the series has " + NUMBER + " periods; .* needs at least " + NUMBER, "tooShort"),
            Wording.of("^nothing to forecast", "nothing"),
            Wording.of("^only " + NUMBER + " of the " + NUMBER + " .* at least half must have some", "sparse"),
            Wording.of("^the first " + NUMBER + " periods hold no data", "noStart"),
            Wording.of("^only " + NUMBER + " periods with data after the start; at least " + NUMBER, "fewObserved"),
            Wording.of("^no smoothing weights give a valid .*try the additive model", "noFitMultiplicative"),
            Wording.of("^no smoothing weights give a valid", "noFit"),
            Wording.of("^the multiplicative model needs every value above zero", "multiplicative"),
            Wording.of("^must be on or before (\\d{4}-\\d{2}-\\d{2})", "notOver"),
            Wording.of("^must be before to", "fromAfterTo"),
            Wording.of("^leaves no whole ", "fromAfterTo"),
            Wording.of("^must be at most " + NUMBER + " years before to", "tooLong"),
            Wording.of("^applies only to", "notApplicable"),
            Wording.of("^does not apply to cases", "notApplicable"),
            Wording.of("^must be a whole number from " + NUMBER + " to " + NUMBER, "whole"),
            Wording.of("^must be a survey id", "survey"),
            Wording.of("^must be \"auto\", \"none\" or a whole number of periods from " + NUMBER + " to " + NUMBER, "seasonality"),
            Wording.of("^must be an ISO-8601 date", "date"),
            Wording.of("^must be a (?:key|channel key)", "key"));

    private ForecastProblemWordings() {
    }
}
