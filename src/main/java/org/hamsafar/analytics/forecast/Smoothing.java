package org.hamsafar.analytics.forecast;

/**
 * The smoothing weights of the component form, each in [0, 1]: {@code alpha} for the level,
 * {@code beta} (FPP's β*) for the trend, {@code gamma} for the season in Winters' (1960) form, which
 * weighs the observation's ratio to (or difference from) the <em>new</em> level. For the additive
 * method that form equals FPP's seasonal equation with γ<sub>FPP</sub> = γ(1 − α) (FPP3 §8.3), so
 * every γ in [0, 1] respects FPP's restriction 0 ≤ γ<sub>FPP</sub> ≤ 1 − α.
 */
record Smoothing(double alpha, double beta, double gamma) {
    Smoothing {
        if (!(alpha >= 0 && alpha <= 1 && beta >= 0 && beta <= 1 && gamma >= 0 && gamma <= 1)) {
            throw new IllegalArgumentException("smoothing weights lie in [0, 1]");
        }
    }

    /** β of the innovations state space form (FPP3 §8.5): b<sub>t</sub> = b<sub>t−1</sub> + αβ* ε<sub>t</sub>. */
    double stateBeta() {
        return alpha * beta;
    }

    /** γ of the additive state space form: s<sub>t</sub> = s<sub>t−m</sub> + γ(1 − α) ε<sub>t</sub>. */
    double stateGamma() {
        return gamma * (1 - alpha);
    }
}
