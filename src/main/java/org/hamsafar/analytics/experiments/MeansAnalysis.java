package org.hamsafar.analytics.experiments;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.statistics.distribution.TDistribution;

/** Builds the {@link MeansReport} of checked variant summaries. */
final class MeansAnalysis {
    private MeansAnalysis() {
    }

    static MeansReport analyse(List<MeasuredVariant> variants, int control, double confidence, Alternative alternative) {
        List<String> notes = new ArrayList<>();
        List<MeansReport.VariantMean> means = new ArrayList<>();
        for (MeasuredVariant v : variants) {
            Interval interval = null;
            if (v.sd() > 0) {
                double half = TDistribution.of(v.n() - 1).inverseSurvivalProbability((1 - confidence) / 2) * v.sd() / Math.sqrt(v.n());
                interval = Interval.of(v.mean() - half, v.mean() + half);
            }
            means.add(new MeansReport.VariantMean(v.name(), v.n(), v.mean(), v.sd(), interval));
        }
        MeasuredVariant base = variants.get(control);
        List<WelchTest.Result> tests = new ArrayList<>();
        List<MeasuredVariant> others = new ArrayList<>();
        for (int i = 0; i < variants.size(); i++) {
            if (i != control) {
                others.add(variants.get(i));
                tests.add(WelchTest.compare(base.sample(), variants.get(i).sample(), confidence, alternative));
            }
        }
        double[] holm = null;
        if (tests.size() > 1 && tests.stream().allMatch(t -> t.pValue() != null)) {
            holm = HolmAdjustment.adjust(tests.stream().mapToDouble(WelchTest.Result::pValue).toArray());
        }
        List<MeansReport.MeanComparison> comparisons = new ArrayList<>();
        for (int i = 0; i < tests.size(); i++) {
            WelchTest.Result t = tests.get(i);
            Double adjusted = holm == null ? null : holm[i];
            Double judged = adjusted != null ? adjusted : t.pValue();
            comparisons.add(new MeansReport.MeanComparison(others.get(i).name(), base.name(), t.difference(),
                    base.mean() == 0 ? null : t.difference() / Math.abs(base.mean()), t.standardError(), t.t(), t.df(), t.pValue(), adjusted,
                    t.interval(), judged != null && judged < 1 - confidence));
            if (t.pValue() == null) {
                notes.add("Both " + base.name() + " and " + others.get(i).name() + " have no variance: the difference is exact and untested.");
            }
        }
        SampleRatioCheck.Result srm = SampleRatioCheck.check(variants.stream().map(MeasuredVariant::name).toList(),
                variants.stream().mapToLong(MeasuredVariant::n).toArray(), variants.stream().mapToDouble(MeasuredVariant::weight).toArray());
        if (srm.mismatch()) {
            notes.add("Sample ratio mismatch (p < " + SampleRatioCheck.THRESHOLD + "): the visitors are not split as planned;"
                    + " find the cause before trusting these results.");
        }
        return new MeansReport(confidence, alternative, base.name(), means, comparisons, srm, notes);
    }
}
