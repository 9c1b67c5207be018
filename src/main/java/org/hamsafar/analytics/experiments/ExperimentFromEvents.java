package org.hamsafar.analytics.experiments;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hamsafar.events.ExperimentOutcomes;
import org.hamsafar.shared.InvalidInputException;
import org.springframework.stereotype.Service;

/** Reads an experiment's counts from the events (in the database) and tests them. */
@Service
class ExperimentFromEvents {
    private final ExperimentOutcomes outcomes;

    ExperimentFromEvents(ExperimentOutcomes outcomes) {
        this.outcomes = outcomes;
    }

    ExperimentAnalysisReport analyse(AnalyzeRequest request) {
        ExperimentOutcomes.Query q = request.query();
        ExperimentOutcomes.Outcomes read = outcomes.read(q);
        List<ExperimentOutcomes.VariantOutcome> found = read.variants();
        if (found.size() < 2) {
            throw InvalidInputException.of("exposureEventType", found.isEmpty()
                    ? "no customer had an exposure event of this type with the property " + q.variantProperty() + " in the period"
                    : "every exposure in the period is of one variant (" + found.get(0).variant() + "): at least two are needed");
        }
        if (found.size() > ExperimentRequests.MAX_VARIANTS) {
            throw InvalidInputException.of("variantProperty", "has " + found.size() + " different values among the exposures; an experiment has at most "
                    + ExperimentRequests.MAX_VARIANTS + " variants");
        }
        List<String> names = found.stream().map(ExperimentOutcomes.VariantOutcome::variant).toList();
        int control = 0;
        if (request.control() != null) {
            control = names.indexOf(request.control());
            if (control < 0) {
                throw InvalidInputException.of("control", "must be one of the variants found: " + String.join(", ", names));
            }
        }
        for (String named : request.weights().keySet()) {
            if (!names.contains(named)) {
                throw InvalidInputException.of("weights." + named, "is not a variant found: " + String.join(", ", names));
            }
        }
        List<ExperimentAnalysisReport.VariantCounts> counts = new ArrayList<>();
        List<CountedVariant> counted = new ArrayList<>();
        List<MeasuredVariant> measured = new ArrayList<>();
        for (ExperimentOutcomes.VariantOutcome v : found) {
            double weight = request.weights().getOrDefault(v.variant(), 1.0);
            counts.add(new ExperimentAnalysisReport.VariantCounts(v.variant(), v.visitors(), v.converted(), (double) v.converted() / v.visitors(),
                    v.meanValue(), v.sdValue(), v.crossovers()));
            counted.add(new CountedVariant(v.variant(), v.visitors(), v.converted(), weight));
            measured.add(new MeasuredVariant(v.variant(), v.visitors(), v.meanValue(), v.sdValue() == null ? 0 : v.sdValue(), weight));
        }
        List<String> notes = new ArrayList<>();
        long crossovers = found.stream().mapToLong(ExperimentOutcomes.VariantOutcome::crossovers).sum();
        if (crossovers > 0) {
            notes.add(crossovers + " customers were exposed to more than one variant; each counts in the variant of their first exposure.");
        }
        if (read.exposuresWithoutVariant() > 0) {
            notes.add(read.exposuresWithoutVariant() + " exposure events in the period carry no " + q.variantProperty() + " property and were left out.");
        }
        ProportionsReport conversion = null;
        MeansReport value = null;
        if (request.metric() == AnalyzeRequest.Metric.CONVERSION) {
            conversion = ProportionsAnalysis.analyse(counted, control, request.confidence(), request.alternative());
        } else {
            ExperimentOutcomes.VariantOutcome single = found.stream().filter(v -> v.visitors() < 2).findFirst().orElse(null);
            if (single != null) {
                throw InvalidInputException.of("metric", "the value test needs at least 2 visitors per variant; " + single.variant() + " has "
                        + single.visitors());
            }
            value = MeansAnalysis.analyse(measured, control, request.confidence(), request.alternative());
        }
        return new ExperimentAnalysisReport(q.exposureType(), q.variantProperty(), q.experiment(), q.conversionType(), text(q.window()),
                q.from(), q.to(), request.metric().name().toLowerCase(Locale.ROOT), counts, read.exposuresWithoutVariant(), conversion, value,
                notes);
    }

    /** A duration as the API writes it back: whole days as "P7D", anything else in ISO-8601 ("PT36H"). */
    static String text(Duration duration) {
        return duration.toSeconds() % 86_400 == 0 ? "P" + duration.toDays() + "D" : duration.toString();
    }
}
