package org.hamsafar.analytics.forecast;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hamsafar.shared.InvalidInputException;
import org.springframework.stereotype.Service;

/**
 * Forecasts a platform metric: reads its daily or weekly series from the store, checks that the
 * data can carry a model, and runs {@link SeriesForecaster}. Computed on request (a few
 * milliseconds to a second); nothing is stored.
 */
@Service
class Forecasts {
    static final String INITIALISATION = "classical decomposition of the first two seasons (Holt without a season: y2 and y2 - y1)";
    private final MetricSeriesReader reader;
    private final Clock clock;

    Forecasts(MetricSeriesReader reader, Clock clock) {
        this.reader = reader;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), reader.zone());
    }

    /**
     * The first period with data. Periods before it (before the data begin) are not history: leading
     * zeros or gaps would otherwise teach the model a level of nothing. A score has a gap where it has
     * no answers, so its zero (an NPS of 0) is data; a count or sum has 0 where it has none.
     * {@code values.length} when no period has data.
     */
    static int firstWithData(double[] values, MetricKind kind) {
        int start = 0;
        while (start < values.length && (Double.isNaN(values[start]) || !kind.score() && values[start] == 0)) {
            start++;
        }
        return start;
    }

    ForecastReport forecast(ForecastRequest asked) {
        ForecastRequest request = asked;
        MetricSeriesReader.Series series = reader.series(request.metric(), request.granularity(), request.first(), request.end());
        String unit = request.granularity().key() + "s";
        List<String> notes = new ArrayList<>();
        int start = firstWithData(series.values(), request.metric().kind());
        if (start == series.values().length) {
            throw InvalidInputException.of(request.metric().kind() == MetricKind.EVENTS || request.metric().kind() == MetricKind.REVENUE
                    ? "metric.eventType" : "metric", "nothing to forecast: no " + describe(request.metric()) + " between "
                    + request.first() + " and " + request.end());
        }
        if (start > 0) {
            series = series.from(start);
            request = request.from(series.periods().get(0));
            notes.add("the history starts at " + request.first() + ", the first of the " + unit + " asked for with data (" + start
                    + " before it had none)");
        }
        double[] y = series.values();
        int observed = series.observed();
        if (observed * 2 < y.length) {
            throw InvalidInputException.of("metric", "only " + observed + " of the " + y.length + " " + unit
                    + " from the first with data have answers or texts; at least half must have some: "
                    + (request.granularity() == Granularity.DAY ? "use weekly periods or a wider filter" : "widen the filter"));
        }
        SeriesForecaster.Result result;
        try {
            result = SeriesForecaster.forecast(y, request.plan());
        } catch (ForecastFailure e) {
            String field = switch (e.reason()) {
                case TOO_SHORT -> "from";
                case TOO_FEW_OBSERVED -> "metric";
                case UNSUITABLE, NO_FIT -> "model";
            };
            throw InvalidInputException.of(field, e.getMessage() + " (" + y.length + " " + unit + " with data from " + request.first() + ")");
        }
        if (result.seasonNote() != null) {
            notes.add(result.seasonNote());
        }
        if (observed < y.length) {
            notes.add((y.length - observed) + " of " + y.length + " " + unit + " had no data; the model carried its states over them");
        }
        return ForecastViews.report(request, series, result, reader.zone().getId(), notes);
    }

    static String describe(MetricDefinition metric) {
        return switch (metric.kind()) {
            case EVENTS -> metric.eventType() == null ? "events" : "events of type '" + metric.eventType() + "'";
            case REVENUE -> "value on events of type '" + metric.eventType() + "'";
            case CASES -> "cases";
            default -> metric.kind().key();
        } + filters(metric);
    }

    private static String filters(MetricDefinition metric) {
        Map<String, Object> map = new LinkedHashMap<>(metric.asMap());
        map.remove("kind");
        map.remove("eventType");
        return map.isEmpty() ? "" : " with " + map;
    }
}
