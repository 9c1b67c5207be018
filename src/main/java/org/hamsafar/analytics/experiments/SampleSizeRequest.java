package org.hamsafar.analytics.experiments;

import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * A sample-size or power question (see {@link SampleSizeReport}): the control's rate, the change to
 * detect ({@code effect}, absolute or {@code relative}; null when only the power of a size is asked
 * for), the design and the requested power, and optionally the control group's size.
 */
record SampleSizeRequest(SampleSizeCalculator.Design design, Double effect, boolean relative, double power, Long visitorsPerVariant) {
    private static final Set<String> FIELDS = Set.of("baselineRate", "minimumDetectableEffect", "effectType", "alpha", "power", "ratio",
            "alternative", "visitorsPerVariant");

    static SampleSizeRequest read(JsonNode body) {
        BodyFields fields = BodyFields.of(body, FIELDS);
        Double baseline = fields.decimal("baselineRate", null, 0, true, 1, true);
        String effectType = fields.text("effectType", "absolute", 16);
        boolean relative = "relative".equals(effectType);
        if (effectType != null && !relative && !"absolute".equals(effectType)) {
            fields.problem("effectType", "must be absolute (a change of the rate, 0.02 for 10% to 12%) or relative (0.2 for 10% to 12%)");
        }
        Double effect = fields.decimal("minimumDetectableEffect", 0.0, -1e6, false, 1e6, false);
        Double alpha = fields.decimal("alpha", 0.05, 0, true, 0.5, true);
        Double power = fields.decimal("power", 0.8, 0.5, false, 0.9999, false);
        Double ratio = fields.decimal("ratio", 1.0, 0.01, false, 100, false);
        Alternative alternative = ExperimentRequests.alternative(fields);
        Long visitors = fields.whole("visitorsPerVariant", 0L, 2, Long.MAX_VALUE / 4);
        boolean hasEffect = fields.has("minimumDetectableEffect");
        if (!hasEffect && !fields.has("visitorsPerVariant")) {
            fields.problem("minimumDetectableEffect", "is required unless visitorsPerVariant is given");
        }
        if (hasEffect && effect != null && baseline != null) {
            double target = relative ? baseline * (1 + effect) : baseline + effect;
            if (effect == 0) {
                fields.problem("minimumDetectableEffect", "must not be 0");
            } else if (target <= 0 || target >= 1) {
                fields.problem("minimumDetectableEffect", "must move the baseline rate to a rate between 0 and 1, not " + target);
            } else if (alternative == Alternative.GREATER && effect < 0 || alternative == Alternative.LESS && effect > 0) {
                fields.problem("minimumDetectableEffect", "must be " + (effect < 0 ? "positive" : "negative") + " for the alternative "
                        + alternative.key());
            }
        }
        fields.throwIfAny();
        return new SampleSizeRequest(new SampleSizeCalculator.Design(baseline, alpha, alternative, ratio), hasEffect ? effect : null, relative,
                power, fields.has("visitorsPerVariant") ? visitors : null);
    }
}
