package org.hamsafar.analytics.experiments;

/**
 * Visitors needed to detect a change of a conversion rate from p₁ (control) to p₂ with a z-test of
 * two proportions, and the power a given number of visitors gives; allocation ratio r = n₂/n₁.
 * The normal-approximation formula without continuity correction, for unequal groups (Fleiss,
 * Levin &amp; Paik 2003, Statistical Methods for Rates and Proportions, ch. 4):
 *
 * <pre>
 *   n₁ = [ z₍α₎·sqrt(p̄q̄(1 + 1/r)) + z₍β₎·sqrt(p₁q₁ + p₂q₂/r) ]² / (p₂ - p₁)²,   n₂ = r·n₁
 *   p̄ = (p₁ + r·p₂)/(1 + r),  q = 1 - p,  z₍α₎ = Φ⁻¹(1 - α/2) two-sided (Φ⁻¹(1 - α) one-sided),  z₍β₎ = Φ⁻¹(power)
 * </pre>
 * and, solved for z₍β₎, the power of n₁: Φ((|p₂ - p₁|·sqrt(n₁) - z₍α₎·sqrt(p̄q̄(1 + 1/r))) / sqrt(p₁q₁ + p₂q₂/r)).
 * The two-sided power ignores the far tail (a change in the wrong direction), below 1e-4 in practice.
 */
final class SampleSizeCalculator {
    private SampleSizeCalculator() {
    }

    /** The design: control rate, the alpha (two-sided or one-sided by {@code alternative}) and the allocation ratio. */
    record Design(double baseline, double alpha, Alternative alternative, double ratio) {
        double zAlpha() {
            double tail = alternative == Alternative.TWO_SIDED ? alpha / 2 : alpha;
            return ProportionStatistics.STANDARD_NORMAL.inverseSurvivalProbability(tail);
        }

        double nullSpread(double target) {
            double pooled = (baseline + ratio * target) / (1 + ratio);
            return Math.sqrt(pooled * (1 - pooled) * (1 + 1 / ratio));
        }

        double alternativeSpread(double target) {
            return Math.sqrt(baseline * (1 - baseline) + target * (1 - target) / ratio);
        }
    }

    /** The control group's size (not rounded) to reach {@code power} against the rate {@code target}. */
    static double controlSize(Design design, double target, double power) {
        double zBeta = ProportionStatistics.STANDARD_NORMAL.inverseCumulativeProbability(power);
        double numerator = design.zAlpha() * design.nullSpread(target) + zBeta * design.alternativeSpread(target);
        double effect = target - design.baseline();
        return numerator * numerator / (effect * effect);
    }

    /** The power of a test with {@code controlSize} control visitors (and ratio × as many in the variant). */
    static double power(Design design, double target, double controlSize) {
        double effect = Math.abs(target - design.baseline());
        double z = (effect * Math.sqrt(controlSize) - design.zAlpha() * design.nullSpread(target)) / design.alternativeSpread(target);
        return ProportionStatistics.STANDARD_NORMAL.cumulativeProbability(z);
    }

    /**
     * The smallest absolute change that {@code controlSize} control visitors detect with
     * {@code power}: upwards unless the alternative is "less". Power grows with the change, so a
     * bisection to 1e-9 finds it; null when even a change to a rate of 0 or 1 falls short.
     */
    static Double minimumDetectableEffect(Design design, double controlSize, double power) {
        double direction = design.alternative() == Alternative.LESS ? -1 : 1;
        double room = direction > 0 ? 1 - design.baseline() : design.baseline();
        double high = room * (1 - 1e-12);
        if (power(design, design.baseline() + direction * high, controlSize) < power) {
            return null;
        }
        double low = 0;
        while (high - low > 1e-9) {
            double mid = (low + high) / 2;
            if (power(design, design.baseline() + direction * mid, controlSize) >= power) {
                high = mid;
            } else {
                low = mid;
            }
        }
        return direction * high;
    }
}
