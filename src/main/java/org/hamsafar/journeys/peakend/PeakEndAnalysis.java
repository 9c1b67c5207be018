package org.hamsafar.journeys.peakend;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hamsafar.customers.CustomerDirectory;
import org.hamsafar.shared.Cursors;
import org.hamsafar.shared.InvalidInputException;
import org.hamsafar.shared.NotFoundException;
import org.springframework.stereotype.Service;

/**
 * Answers peak-end questions. The database builds the journeys and their aggregates
 * ({@link PeakEndQueries}); this class sets the scope, finishes the statistics and shapes the answer.
 *
 * <p>A journey belongs to a period when its last moment falls in it. By gap, the moments read reach
 * {@link #LOOKBACK} before the period (a journey that started earlier keeps its earlier moments, up to
 * that far) and one gap after it (a journey that goes on after the period did not end in it).
 *
 * <p>Minimum sizes, below which the checks say "not enough data" and give no statistics:
 * {@link #MIN_NPS_JOURNEYS} journeys with a next NPS answer (a Fisher interval needs more than 3, and
 * below 10 it spans most of -1..1), and {@link #MIN_PER_GROUP} journeys both with and without a purchase.
 */
@Service
class PeakEndAnalysis {
    static final Duration LOOKBACK = Duration.ofDays(365);
    static final int MIN_NPS_JOURNEYS = 10;
    static final int MIN_PER_GROUP = 5;
    static final int WORST = 20;
    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 100;

    private final PeakEndQueries queries;
    private final RatingScales ratingScales;
    private final CustomerDirectory customers;
    private final Clock clock;

    PeakEndAnalysis(PeakEndQueries queries, RatingScales ratingScales, CustomerDirectory customers, Clock clock) {
        this.queries = queries;
        this.ratingScales = ratingScales;
        this.customers = customers;
        this.clock = clock;
    }

    PeakEndReport report(PeakEndQuery q) {
        boolean byGap = q.grouping() == JourneyGrouping.GAP;
        JourneySql.Scope scope = withScales(new JourneySql.Scope(byGap ? q.from().minus(LOOKBACK) : q.from(),
                byGap ? q.to().plus(q.gap()) : q.to(), q.gap(), q.channel(), q.touchpoint(), q.segment(), null, q.from(), q.to(),
                q.horizon(), q.purchaseType(), clock.instant(), List.of()));
        PeakEndQueries.Aggregates a = queries.aggregates(scope);
        List<PeakEndQueries.Cell> cells = a.nps().n() == 0 ? List.of() : queries.scatter(scope);
        List<PeakEndQueries.JourneyRow> worst = a.journeys() == 0 ? List.of() : queries.worst(scope, WORST);
        Map<Long, String> names = customers.names(worst.stream().map(PeakEndQueries.JourneyRow::customerId).distinct().toList());

        PeakEndReport.Summary summary = new PeakEndReport.Summary(a.journeys(), a.customers(), a.moments(),
                PeakEndReport.round(a.meanPeakEnd()), PeakEndReport.round(a.meanAverage()), a.peakEndBelowAverage());
        List<PeakEndReport.Bin> histogram = new ArrayList<>();
        double width = 2.0 / PeakEndQueries.BINS;
        for (int b = 0; b < PeakEndQueries.BINS; b++) {
            histogram.add(new PeakEndReport.Bin(PeakEndReport.round(-1 + b * width), PeakEndReport.round(-1 + (b + 1) * width), a.bins()[b]));
        }
        PeakEndReport.Prediction prediction = new PeakEndReport.Prediction(nextNps(a.nps(), cells), repurchase(a.auc()));
        return new PeakEndReport(q.from(), q.to(), q.grouping().key(), PeakEndRequestReader.text(q.gap()),
                PeakEndRequestReader.text(q.horizon()), q.purchaseType(), q.channel(), q.touchpoint(), q.segment(), summary, histogram,
                prediction, worst.stream().map(j -> journey(j, names.get(j.customerId()))).toList());
    }

    private static PeakEndReport.NextNps nextNps(PeakEndQueries.NpsFit f, List<PeakEndQueries.Cell> cells) {
        PeakEndReport.Cells scatter = new PeakEndReport.Cells(cells(cells, "peakEnd"), cells(cells, "average"));
        if (f.n() < MIN_NPS_JOURNEYS) {
            return new PeakEndReport.NextNps(f.n(), MIN_NPS_JOURNEYS, false, PeakEndReport.round(f.meanNps()), null, null, null, null, scatter);
        }
        PeakEndReport.Fit peakEnd = new PeakEndReport.Fit(PredictorStatistics.pearson(f.rPeakEnd(), f.n()),
                PredictorStatistics.spearman(f.rhoPeakEnd(), f.n()), PeakEndReport.round(f.slopePeakEnd()),
                PeakEndReport.round(f.interceptPeakEnd()), PeakEndReport.round(f.maePeakEnd()));
        PeakEndReport.Fit average = new PeakEndReport.Fit(PredictorStatistics.pearson(f.rAverage(), f.n()),
                PredictorStatistics.spearman(f.rhoAverage(), f.n()), PeakEndReport.round(f.slopeAverage()),
                PeakEndReport.round(f.interceptAverage()), PeakEndReport.round(f.maeAverage()));
        Double maeDifference = f.maeAverage() == null || f.maePeakEnd() == null ? null : PeakEndReport.round(f.maeAverage() - f.maePeakEnd());
        double[] ci = PredictorStatistics.zouDifference(f.rPeakEnd(), f.rAverage(), f.rPredictors(), f.n());
        PeakEndReport.Comparison comparison;
        if (ci == null) {
            comparison = new PeakEndReport.Comparison("neither", f.rPeakEnd() == null || f.rAverage() == null ? null
                    : PeakEndReport.round(f.rPeakEnd() - f.rAverage()), null, null, null, maeDifference);
        } else {
            comparison = new PeakEndReport.Comparison(PredictorStatistics.better(ci[0], ci[1]), PeakEndReport.round(f.rPeakEnd() - f.rAverage()),
                    PeakEndReport.round(ci[0]), PeakEndReport.round(ci[1]), null, maeDifference);
        }
        return new PeakEndReport.NextNps(f.n(), MIN_NPS_JOURNEYS, true, PeakEndReport.round(f.meanNps()), peakEnd, average,
                PeakEndReport.round(f.maeBaseline()), comparison, scatter);
    }

    private static List<PeakEndReport.Cell> cells(List<PeakEndQueries.Cell> cells, String predictor) {
        return cells.stream().filter(c -> c.predictor().equals(predictor)).map(c -> new PeakEndReport.Cell(c.x(), c.nps(), c.journeys())).toList();
    }

    private static PeakEndReport.Repurchase repurchase(PeakEndQueries.AucFit f) {
        long positives = f.positives();
        long negatives = f.n() - f.positives();
        if (positives < MIN_PER_GROUP || negatives < MIN_PER_GROUP) {
            return new PeakEndReport.Repurchase(f.n(), positives, negatives, MIN_PER_GROUP, false, null, null, null);
        }
        return new PeakEndReport.Repurchase(f.n(), positives, negatives, MIN_PER_GROUP, true,
                PredictorStatistics.auc(f.aucPeakEnd(), f.s10PeakEnd(), f.s01PeakEnd(), positives, negatives),
                PredictorStatistics.auc(f.aucAverage(), f.s10Average(), f.s01Average(), positives, negatives),
                PredictorStatistics.aucDifference(f));
    }

    private static PeakEndReport.Journey journey(PeakEndQueries.JourneyRow j, String name) {
        return new PeakEndReport.Journey(j.customerId(), name, j.firstAt(), j.lastAt(), j.moments(), j.peakEnd(), j.average(), j.peak(), j.end(),
                j.nextNps(), j.nextNpsAt(), j.repurchased());
    }

    /** One customer's journeys, latest first, with their moments; a merged customer's id answers for the profile it merged into. */
    record CustomerJourneys(long customerId, String gap, String horizon, String purchaseType, List<CustomerJourney> items, String nextCursor) {
    }

    /**
     * A journey with all its moments in time order; {@code peakIndex} and {@code endIndex} point into
     * {@code moments}. Outcomes as in {@link PeakEndReport.Journey}.
     */
    record CustomerJourney(Instant firstAt, Instant lastAt, int momentCount, double peakEnd, double average, PeakEndReport.Moment peak,
                           PeakEndReport.Moment end, Integer nextNps, Instant nextNpsAt, Boolean repurchased, int peakIndex, int endIndex,
                           List<PeakEndReport.Moment> moments) {
    }

    CustomerJourneys ofCustomer(long requestedId, Duration gap, Duration horizon, String purchaseType, String cursor, Integer limit) {
        int size = Cursors.limit(limit, DEFAULT_LIMIT, MAX_LIMIT);
        Instant before = null;
        if (cursor != null && !cursor.isBlank()) {
            try {
                before = Instant.parse(Cursors.decode(cursor));
            } catch (DateTimeParseException e) {
                throw InvalidInputException.of("cursor", "is not a cursor returned by this API");
            }
        }
        long customerId = customers.liveId(requestedId).orElseThrow(() -> new NotFoundException("No customer with id " + requestedId));
        JourneySql.Scope scope = withScales(new JourneySql.Scope(null, null, gap, null, null, null, customerId, null, null, horizon,
                purchaseType, clock.instant(), List.of()));
        List<PeakEndQueries.JourneyWithMoments> rows = queries.ofCustomer(scope, before, size + 1);
        boolean more = rows.size() > size;
        List<CustomerJourney> items = new ArrayList<>();
        for (PeakEndQueries.JourneyWithMoments row : rows.subList(0, Math.min(size, rows.size()))) {
            PeakEndQueries.JourneyRow j = row.journey();
            items.add(new CustomerJourney(j.firstAt(), j.lastAt(), j.moments(), j.peakEnd(), j.average(), j.peak(), j.end(), j.nextNps(),
                    j.nextNpsAt(), j.repurchased(), row.peakIndex(), row.endIndex(), row.moments()));
        }
        String next = more ? Cursors.encode(items.get(items.size() - 1).lastAt().toString()) : null;
        return new CustomerJourneys(customerId, PeakEndRequestReader.text(gap), PeakEndRequestReader.text(horizon), purchaseType, items, next);
    }

    /** The scope with the scales of the rating questions its moments answered. */
    private JourneySql.Scope withScales(JourneySql.Scope s) {
        List<RatingScales.Scale> scales = ratingScales.of(queries.ratingVersions(s));
        return new JourneySql.Scope(s.momentsFrom(), s.momentsTo(), s.gap(), s.channel(), s.touchpoint(), s.segment(), s.customerId(),
                s.endedFrom(), s.endedTo(), s.horizon(), s.purchaseType(), s.now(), scales);
    }
}
