package org.hamsafar.analytics.forecast;

/**
 * Which Holt-Winters model: the seasonal form and the seasonal period m in periods of the series
 * (7 for days in a week, 52 for weeks in a year); m is 0 when there is no seasonal component.
 */
record ModelSpec(SeasonalForm form, int period) {
    /** Without a season Holt's method starts from two observations and needs six one-step errors to fit two weights. */
    static final int MINIMUM_WITHOUT_SEASON = 8;
    static final int MAX_PERIOD = 366;

    ModelSpec {
        if (form == SeasonalForm.NONE ? period != 0 : period < 2 || period > MAX_PERIOD) {
            throw new IllegalArgumentException("a seasonal model has a period of 2 to " + MAX_PERIOD + ", a model without season 0");
        }
    }

    static ModelSpec trendOnly() {
        return new ModelSpec(SeasonalForm.NONE, 0);
    }

    boolean seasonal() {
        return form != SeasonalForm.NONE;
    }

    /**
     * The fewest observations the model can be fitted to: two full seasons for the start values
     * (a centred moving average over them) and at least one more to fit on, so 2m + 1.
     */
    int minimumLength() {
        return seasonal() ? 2 * period + 1 : MINIMUM_WITHOUT_SEASON;
    }

    /** The smoothing weights estimated: alpha and beta, and gamma with a season. */
    int weights() {
        return seasonal() ? 3 : 2;
    }
}
