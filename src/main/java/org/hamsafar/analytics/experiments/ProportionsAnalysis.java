package org.hamsafar.analytics.experiments;

import java.util.ArrayList;
import java.util.List;

/** Builds the {@link ProportionsReport} of checked summary counts (see {@link ExperimentRequests}). */
final class ProportionsAnalysis {
    private ProportionsAnalysis() {
    }

    /** {@code control} indexes {@code variants}; at least two variants, each with visitors. */
    static ProportionsReport analyse(List<CountedVariant> variants, int control, double confidence, Alternative alternative) {
        List<String> notes = new ArrayList<>();
        List<ProportionsReport.VariantRate> rates = new ArrayList<>();
        for (CountedVariant v : variants) {
            rates.add(new ProportionsReport.VariantRate(v.name(), v.visitors(), v.conversions(), (double) v.conversions() / v.visitors(),
                    ProportionStatistics.wilson(v.conversions(), v.visitors(), confidence)));
        }
        CountedVariant base = variants.get(control);
        List<ProportionStatistics.Comparison> tests = new ArrayList<>();
        List<CountedVariant> others = new ArrayList<>();
        for (int i = 0; i < variants.size(); i++) {
            if (i != control) {
                CountedVariant v = variants.get(i);
                others.add(v);
                tests.add(ProportionStatistics.compare(base.conversions(), base.visitors(), v.conversions(), v.visitors(), confidence,
                        alternative));
            }
        }
        double[] holm = null;
        if (tests.size() > 1) {
            holm = HolmAdjustment.adjust(tests.stream().mapToDouble(ProportionStatistics.Comparison::pValue).toArray());
        }
        double alpha = 1 - confidence;
        List<ProportionsReport.RateComparison> comparisons = new ArrayList<>();
        for (int i = 0; i < tests.size(); i++) {
            ProportionStatistics.Comparison t = tests.get(i);
            Double adjusted = holm == null ? null : holm[i];
            comparisons.add(new ProportionsReport.RateComparison(others.get(i).name(), base.name(), t.difference(), t.differenceInterval(),
                    t.relativeLift(), t.liftInterval(), t.z(), t.pValue(), adjusted, (adjusted == null ? t.pValue() : adjusted) < alpha));
        }
        if (base.conversions() == 0) {
            notes.add("The control has no conversions: relative lifts are undefined.");
        }
        ProportionsReport.ChiSquare chiSquare = null;
        if (variants.size() > 2) {
            ChiSquareTest.Result chi = ChiSquareTest.independence(variants.stream().mapToLong(CountedVariant::conversions).toArray(),
                    variants.stream().mapToLong(CountedVariant::visitors).toArray());
            if (chi == null) {
                notes.add("Every visitor converted, or none did: the chi-square test has nothing to compare.");
            } else {
                chiSquare = new ProportionsReport.ChiSquare(chi.statistic(), chi.df(), chi.pValue(), chi.smallExpected());
                if (chi.smallExpected()) {
                    notes.add("An expected count is below 5: the chi-square approximation is rough; collect more visitors.");
                }
            }
        }
        SampleRatioCheck.Result srm = srm(variants);
        if (srm.mismatch()) {
            notes.add("Sample ratio mismatch (p < " + SampleRatioCheck.THRESHOLD + "): the visitors are not split as planned;"
                    + " find the cause before trusting these results.");
        }
        return new ProportionsReport(confidence, alternative, base.name(), rates, comparisons, chiSquare, srm, notes);
    }

    static SampleRatioCheck.Result srm(List<CountedVariant> variants) {
        return SampleRatioCheck.check(variants.stream().map(CountedVariant::name).toList(),
                variants.stream().mapToLong(CountedVariant::visitors).toArray(),
                variants.stream().mapToDouble(CountedVariant::weight).toArray());
    }
}
