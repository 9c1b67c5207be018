package org.hamsafar.analytics.experiments;

/**
 * The answer of the sample-size calculator. Without {@code visitorsPerVariant} in the question:
 * the visitors each group needs ({@code controlVisitors}, {@code variantVisitors} = ratio × as many,
 * rounded up) to detect the change from {@code baselineRate} to {@code targetRate} with the
 * requested power. With it: {@code achievedPower} against that change (when one is given) and
 * {@code detectable}, the smallest change that many visitors detect with the requested power.
 */
record SampleSizeReport(String mode, double baselineRate, Double targetRate, Double absoluteEffect, Double relativeEffect, double alpha,
                        double power, double ratio, Alternative alternative, long controlVisitors, long variantVisitors,
                        long totalVisitors, Double achievedPower, Detectable detectable) {

    /** A change as an absolute difference of rates, relative to the baseline, and the rate it leads to; null when none is detectable. */
    record Detectable(Double absoluteEffect, Double relativeEffect, Double targetRate) {
    }

    static SampleSizeReport of(SampleSizeRequest question) {
        SampleSizeCalculator.Design design = question.design();
        double baseline = design.baseline();
        Double target = question.effect() == null ? null
                : question.relative() ? baseline * (1 + question.effect()) : baseline + question.effect();
        Double absolute = target == null ? null : target - baseline;
        Double relative = target == null ? null : (target - baseline) / baseline;
        if (question.visitorsPerVariant() == null) {
            long control = (long) Math.ceil(SampleSizeCalculator.controlSize(design, target, question.power()) - 1e-9);
            long variant = (long) Math.ceil(design.ratio() * control - 1e-9);
            return new SampleSizeReport("sample-size", baseline, target, absolute, relative, design.alpha(), question.power(), design.ratio(),
                    design.alternative(), control, variant, control + variant, null, null);
        }
        long control = question.visitorsPerVariant();
        long variant = (long) Math.ceil(design.ratio() * control - 1e-9);
        Double achieved = target == null ? null : SampleSizeCalculator.power(design, target, control);
        Double mde = SampleSizeCalculator.minimumDetectableEffect(design, control, question.power());
        Detectable detectable = mde == null ? new Detectable(null, null, null) : new Detectable(mde, mde / baseline, baseline + mde);
        return new SampleSizeReport("power", baseline, target, absolute, relative, design.alpha(), question.power(), design.ratio(),
                design.alternative(), control, variant, control + variant, achieved, detectable);
    }
}
